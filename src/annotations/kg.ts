import { readFileSync } from 'node:fs';
import type { EntityType } from '../extract/types';
import { WutongError } from '../shared/errors';

/**
 * The team's article-graph annotations of ../shared/data/kg-unlabelled (data/kg-train), made by the
 * rules of ../shared/data/kg/GUIDELINES.md. The repository holds offsets and ids only; the names
 * are read back from the article texts, so a record here is what gold.json would hold for it.
 */

type Span = [number, number];

interface StoredArticle {
  id: string;
  batch: string;
  entities: { type: EntityType; surfaces: Span[] }[];
  optional: { type: EntityType; surface: Span }[];
  links: { src: number; tgt: number; type: string; accept: string[] }[];
  /** Ends are `e<i>` (an entity) or `o<i>` (an optional record). */
  optionalLinks: { src: string; tgt: string; type: string; accept: string[] }[];
}

export interface AnnotatedEntity {
  type: EntityType;
  /** The fullest name first, then every other surface the article uses for it. */
  surfaces: string[];
}

export interface AnnotatedLink {
  /** Indexes into the article's entities. */
  src: number;
  tgt: number;
  type: string;
  accept: string[];
}

export interface AnnotatedArticle {
  id: string;
  /** The annotation batch: a unit of cross-validation, never split between folds. */
  batch: string;
  text: string;
  entities: AnnotatedEntity[];
  optional: { type: EntityType; name: string }[];
  links: AnnotatedLink[];
  optionalLinks: { src: string; tgt: string; type: string; accept: string[] }[];
}

const SYMMETRIC = new Set(['SIGNED_WITH', 'PARTNERS_WITH', 'COMPETES_WITH']);

/** The articles of a JSON-lines file such as kg-unlabelled's (`{"id", "text", …}` per line). */
export function readArticleTexts(articlesPath: string): { id: string; text: string }[] {
  return readFileSync(articlesPath, 'utf8').split('\n').flatMap((line, n) => {
    if (line.trim() === '') return [];
    const { id, text } = JSON.parse(line) as { id?: unknown; text?: unknown };
    if (typeof id !== 'string' || typeof text !== 'string') throw new WutongError('annotations', 'ANNOTATIONS_ARTICLE', `${articlesPath}:${n + 1}: an article needs an "id" and a "text" string`);
    return [{ id, text }];
  });
}

/** The annotated articles, each with its text from `articlesPath` (kg-unlabelled's articles.jsonl). */
export function readKgAnnotations(annotationsPath: string, articlesPath: string): AnnotatedArticle[] {
  const texts = new Map(readArticleTexts(articlesPath).map((a) => [a.id, a.text]));
  return readFileSync(annotationsPath, 'utf8').split('\n').filter((l) => l.trim() !== '').map((line, n) => {
    const stored = JSON.parse(line) as StoredArticle;
    const text = texts.get(stored.id);
    if (text === undefined) throw new WutongError('annotations', 'ANNOTATIONS_NO_TEXT', `${annotationsPath}:${n + 1}: article ${stored.id} is not in ${articlesPath}`);
    const read = ([start, end]: Span): string => {
      if (start < 0 || end > text.length || start >= end) throw new WutongError('annotations', 'ANNOTATIONS_SPAN', `${annotationsPath}:${n + 1}: span ${start}-${end} outside article ${stored.id}`);
      return text.slice(start, end);
    };
    return {
      id: stored.id, batch: stored.batch, text,
      entities: stored.entities.map((e) => ({ type: e.type, surfaces: e.surfaces.map(read) })),
      optional: stored.optional.map((o) => ({ type: o.type, name: read(o.surface) })),
      links: stored.links,
      optionalLinks: stored.optionalLinks,
    };
  });
}

/** The record score.mjs reads from gold.json for this article. */
export function goldRecord(article: AnnotatedArticle): unknown {
  const nameOf = (ref: string): string => {
    const index = Number(ref.slice(1));
    return ref.startsWith('e') ? article.entities[index]!.surfaces[0]! : article.optional[index]!.name;
  };
  const link = (src: string, tgt: string, type: string, accept: string[]) => ({ src, tgt, type, accept, sym: SYMMETRIC.has(type) });
  return {
    entities: article.entities.map((e) => ({ name: e.surfaces[0], type: e.type, variants: e.surfaces.slice(1) })),
    links: article.links.map((l) => link(article.entities[l.src]!.surfaces[0]!, article.entities[l.tgt]!.surfaces[0]!, l.type, l.accept)),
    optional: [
      ...article.optional,
      ...article.optionalLinks.map((l) => link(nameOf(l.src), nameOf(l.tgt), l.type, l.accept)),
    ],
  };
}

export interface CharSpan {
  start: number;
  end: number;
  type: EntityType;
  /** The record the occurrence is of: `e<i>` an entity, `o<i>` an optional record (as optionalLinks name them). */
  ref: string;
}

/**
 * Every occurrence of every annotated surface, longest first, none overlapping: what a tagger
 * should tag. `unsure` are the stretches of optional surfaces not inside an entity's occurrence,
 * which a tagger is neither taught to tag nor to leave.
 */
export function mentionSpans(article: AnnotatedArticle): { spans: CharSpan[]; unsure: CharSpan[] } {
  const candidates: (CharSpan & { sure: boolean })[] = [];
  const find = (surface: string, type: EntityType, ref: string, sure: boolean): void => {
    for (let at = article.text.indexOf(surface); at >= 0; at = article.text.indexOf(surface, at + 1)) {
      candidates.push({ start: at, end: at + surface.length, type, ref, sure });
    }
  };
  article.entities.forEach((e, i) => { for (const s of new Set(e.surfaces)) find(s, e.type, `e${i}`, true); });
  article.optional.forEach((o, i) => find(o.name, o.type, `o${i}`, false));
  // Longest first; a sure surface before an optional one of the same length.
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || Number(b.sure) - Number(a.sure) || a.start - b.start);
  const taken = new Uint8Array(article.text.length);
  const spans: CharSpan[] = [];
  const unsure: CharSpan[] = [];
  for (const { sure, ...span } of candidates) {
    if (taken.subarray(span.start, span.end).some((x) => x !== 0)) continue;
    taken.fill(1, span.start, span.end);
    (sure ? spans : unsure).push(span);
  }
  spans.sort((a, b) => a.start - b.start);
  unsure.sort((a, b) => a.start - b.start);
  return { spans, unsure };
}

/**
 * The annotation batches a list such as `1-16,25-32` names (ranges and single numbers, commas
 * between): the training scripts take sets of batches, so a tagger can learn some batches while
 * another reads them unseen (cross-fitting).
 */
export function parseBatches(list: string): Set<number> {
  const batches = new Set<number>();
  for (const part of list.split(',')) {
    const match = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(part);
    const first = Number(match?.[1]);
    const last = Number(match?.[2] ?? match?.[1]);
    if (match === null || first < 1 || last < first) throw new WutongError('annotations', 'ANNOTATIONS_BATCHES', `"${list}" is no list of batches (such as 1-16,25-32)`);
    for (let b = first; b <= last; b++) batches.add(b);
  }
  return batches;
}

/**
 * A model per batch range, as `17-24=/tmp/b.bin,25-32=/tmp/a.bin` names them: each batch mapped to
 * the file named for its range. A batch named twice is an error, as two models cannot both read it.
 */
export function parseBatchModels(list: string): Map<number, string> {
  const models = new Map<number, string>();
  for (const part of list.split(',')) {
    const at = part.indexOf('=');
    const file = part.slice(at + 1).trim();
    if (at < 0 || file === '') throw new WutongError('annotations', 'ANNOTATIONS_BATCH_MODELS', `"${part}" names no model (such as 17-24=/tmp/b.bin)`);
    for (const b of parseBatches(part.slice(0, at))) {
      if (models.has(b)) throw new WutongError('annotations', 'ANNOTATIONS_BATCH_MODELS', `batch ${b} is given two models in "${list}"`);
      models.set(b, file);
    }
  }
  return models;
}
