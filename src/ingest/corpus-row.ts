import { z } from 'zod';
import { readJson } from '../shared/data';
import { findDate, makeArticle } from './article';
import { CORPUS_FIELDS, type CorpusField, type CorpusFieldNames } from './corpus-fields';
import type { Article } from './types';


const candidates = readJson(new URL('./data/corpus-fields.json', import.meta.url), z.object({
  comment: z.string(),
  ...Object.fromEntries(CORPUS_FIELDS.map((field) => [field, z.array(z.string().min(1)).min(1)])) as Record<CorpusField, z.ZodArray<z.ZodString>>,
}), 'ingest');

/** The names a field is looked for under, for messages: the flag's name, or the detected ones. */
export function fieldNames(field: CorpusField, chosen: CorpusFieldNames): string[] {
  return chosen[field] !== undefined ? [chosen[field]] : candidates[field];
}

/**
 * Which of `keys` holds each field: the chosen name exactly, else the first candidate matching
 * case-insensitively. A field with no key is absent.
 */
export function detectFields(keys: readonly string[], chosen: CorpusFieldNames): Partial<Record<CorpusField, string>> {
  const byLower = new Map<string, string>();
  for (const key of keys) if (!byLower.has(key.trim().toLowerCase())) byLower.set(key.trim().toLowerCase(), key);
  const found: Partial<Record<CorpusField, string>> = {};
  for (const field of CORPUS_FIELDS) {
    const named = chosen[field];
    const key = named !== undefined ? (keys.includes(named) ? named : undefined) : candidates[field].map((c) => byLower.get(c)).find((k) => k !== undefined);
    if (key !== undefined) found[field] = key;
  }
  return found;
}

/** Where a row sits: the corpus file (the article's source), its place among the rows, its first line. */
export interface RowPlace {
  source: string;
  index: number;
  line: number;
}

const scalar = (value: unknown): string | undefined =>
  typeof value === 'string' ? value.trim() || undefined : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;

/** A date field: an ISO or Chinese date in text, or Unix time in seconds or milliseconds (as a number or digits). */
function publishedOf(value: unknown): string | undefined {
  if (typeof value === 'string' && /^\d{9,13}$/u.test(value.trim())) return publishedOf(Number(value));
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
    // Below 10^11 a number is seconds (up to the year 5138), above it milliseconds.
    return new Date(value < 1e11 ? value * 1000 : value).toISOString().slice(0, 10);
  }
  return typeof value === 'string' ? findDate(value) : undefined;
}

/**
 * One row (JSON object, or CSV record keyed by its header) as an article, or the reason it cannot
 * be one. The text's lines become paragraphs; a row without a title takes its first line as one.
 * The article id is computed from the content as for files, so an edited row gets a new id and
 * an unchanged one keeps its own whatever its row id.
 */
export function rowArticle(row: Record<string, unknown>, fields: Partial<Record<CorpusField, string>>, chosen: CorpusFieldNames, place: RowPlace): Article | string {
  const value = (field: CorpusField): unknown => (fields[field] === undefined ? undefined : row[fields[field]]);
  const text = value('text');
  if (typeof text !== 'string' || text.trim() === '') {
    const names = fieldNames('text', chosen).join(', ');
    return fields.text === undefined ? `no text field (looked for ${names})` : `no text in field ${fields.text}`;
  }
  const lines = text.split(/\r\n|\r|\n/u).map((line) => line.trim()).filter((line) => line !== '');
  const title = scalar(value('title'))?.replace(/\s+/gu, ' ') ?? lines.shift()!;
  const article = makeArticle({ title, lines, authors: [], published: publishedOf(value('date')), source: place.source, index: place.index });
  const id = scalar(value('id'));
  const url = scalar(value('url'));
  const publisher = scalar(value('source'));
  article.corpus = { ...(id !== undefined ? { id } : {}), ...(url !== undefined ? { url } : {}), ...(publisher !== undefined ? { publisher } : {}), line: place.line };
  return article;
}
