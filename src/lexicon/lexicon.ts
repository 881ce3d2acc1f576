import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { readJson } from '../shared/data';
import { WutongError } from '../shared/errors';
import { WordList } from './word-list';

export type Language = 'zh' | 'en';
export const LANGUAGES: readonly Language[] = ['zh', 'en'];

/**
 * One list as a data file writes it. `include` names lists whose members this one holds too (of the
 * same language, or `zh/name` of another): a list that holds another's members includes it rather
 * than copying them, so each word is written once.
 */
const listSchema = z.object({
  comment: z.string().min(1, 'every list says what it is for'),
  words: z.array(z.string()).default([]),
  include: z.array(z.string()).default([]),
});

const fileSchema = z.object({
  comment: z.string().min(1),
  lists: z.record(z.string().regex(/^[a-z][A-Za-z0-9]*$/u, 'a list name is camelCase'), listSchema),
});

export interface ListSource {
  /** `zh/legalForms`. */
  name: string;
  /** The data file it is written in, relative to src/lexicon. */
  file: string;
  comment: string;
  /** Its own members, as written. */
  words: string[];
  /** `zh/name` of every list it includes. */
  include: string[];
}

const fail = (file: string, message: string): WutongError => new WutongError('lexicon', 'LEXICON_LIST', `${file}: ${message}`);

/** Every list of one language folder: JSON files of named lists, and TXT files of one list each (its name is the file's). */
function readLanguage(root: URL, lang: Language): ListSource[] {
  const dir = new URL(`${lang}/`, root);
  const sources: ListSource[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const file = `${lang}/${entry}`;
    if (entry.endsWith('.json')) {
      const data = readJson(new URL(entry, dir), fileSchema, 'lexicon', 'LEXICON_LIST');
      for (const [name, list] of Object.entries(data.lists)) {
        sources.push({ name: `${lang}/${name}`, file, comment: list.comment, words: list.words, include: list.include.map((i) => (i.includes('/') ? i : `${lang}/${i}`)) });
      }
    } else if (entry.endsWith('.txt')) {
      const lines = readFileSync(new URL(entry, dir), 'utf8').split('\n');
      const comment = lines.filter((l) => l.startsWith('#')).map((l) => l.slice(1).trim()).join(' ');
      if (comment === '') throw fail(file, 'a word file opens with # lines saying what the list is for');
      const words = lines.filter((l) => !l.startsWith('#')).flatMap((l) => l.split(/\s+/u)).filter((w) => w !== '');
      sources.push({ name: `${lang}/${entry.slice(0, -4)}`, file, comment, words, include: [] });
    }
  }
  return sources;
}

/** Every list source of the lexicon, checked: names unique, no empty word, no word twice in a list, includes that exist and do not loop. */
export function readSources(root: URL): Map<string, ListSource> {
  const sources = new Map<string, ListSource>();
  for (const lang of LANGUAGES) {
    for (const source of readLanguage(root, lang)) {
      const other = sources.get(source.name);
      if (other) throw fail(source.file, `list ${source.name} is defined twice (also in ${other.file})`);
      sources.set(source.name, source);
    }
  }
  for (const source of sources.values()) {
    const at = `${source.file}: ${source.name}`;
    for (const included of source.include) if (!sources.has(included)) throw fail(source.file, `${source.name} includes ${included}, which no file defines`);
    if (source.words.length === 0 && source.include.length === 0) throw fail(source.file, `${source.name} is empty`);
    const seen = new Set<string>();
    for (const word of source.words) {
      if (word.trim() !== word || word === '') throw fail(source.file, `${source.name}: "${word}" has spaces around it or is empty`);
      if (seen.has(word)) throw new WutongError('lexicon', 'LEXICON_LIST', `${at}: "${word}" is listed twice`);
      seen.add(word);
    }
  }
  return sources;
}

/** A list's members with its includes', in file order; a word also held by an included list is an error (it is written twice). */
function members(name: string, sources: Map<string, ListSource>, path: string[] = []): string[] {
  const source = sources.get(name)!;
  if (path.includes(name)) throw fail(source.file, `${[...path, name].join(' includes ')}: lists include one another in a loop`);
  const inherited = source.include.flatMap((included) => members(included, sources, [...path, name]));
  const held = new Set(inherited);
  for (const word of source.words) if (held.has(word)) throw fail(source.file, `${name}: "${word}" is already held by an included list`);
  return [...new Set(inherited), ...source.words];
}

/** Every list of the lexicon, read, checked and built into word lists. */
export function loadLexicon(root: URL): Map<string, WordList> {
  const sources = readSources(root);
  return new Map([...sources.keys()].map((name) => [name, new WordList(name, members(name, sources))]));
}

let lists: Map<string, WordList> | undefined;

/**
 * The named list of a language, from the lexicon read once per process. Callers look their lists
 * up when their module loads, so a list renamed or removed fails at start, naming it.
 */
export function wordList(lang: Language, name: string): WordList {
  lists ??= loadLexicon(new URL('./', import.meta.url));
  const list = lists.get(`${lang}/${name}`);
  if (list === undefined) throw new WutongError('lexicon', 'LEXICON_UNKNOWN_LIST', `no list ${lang}/${name} in src/lexicon (see src/lexicon/README.md)`);
  return list;
}

/** Shorthands: `zh('legalForms')`. */
export const zh = (name: string): WordList => wordList('zh', name);
export const en = (name: string): WordList => wordList('en', name);
