import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { WutongError } from '../../shared/errors';
import { FeatureTable } from '../../tagger/index';
import type { EntityType } from '../types';
import { DEFAULT_ENTITIES_PATH } from './model-path';
import { foldWidth } from './text';

/** Entity surfaces seen in the training corpora, each with the type most often given to it. */
export interface EntityLexicon {
  /** Forward hash of a surface → type number (1 Person, 2 Place, 3 Company, 4 Institution). */
  surfaces: FeatureTable;
  /** Quick reject: hashed first-two-character pairs of surfaces. */
  starts: Uint8Array;
}

const TYPES: readonly EntityType[] = ['Person', 'Place', 'Company', 'Institution'];
const MIN_LENGTH = 2;
export const MAX_ENTITY = 10;
const HASH_MASK = 0x3fffffff;
const PAIR_MASK = (1 << 20) - 1;

export function step(h: number, code: number): number {
  return (Math.imul(h ^ code, 0x01000193) >>> 0) & HASH_MASK;
}

export const HASH_START = 0x811c9dc5 & HASH_MASK;

export function pairSlot(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ b) & PAIR_MASK;
}

/** Surface → majority type over the labelled mentions of some sentences (width-folded). */
export function mineEntities(sentences: Iterable<{ text: string; spans: Array<{ start: number; end: number; type: EntityType }> }>): Map<string, EntityType> {
  const votes = new Map<string, number[]>();
  for (const { text, spans } of sentences) {
    for (const { start, end, type } of spans) {
      if (end - start < MIN_LENGTH || end - start > MAX_ENTITY) continue;
      const surface = foldWidth(text.slice(start, end));
      let counts = votes.get(surface);
      if (!counts) votes.set(surface, (counts = [0, 0, 0, 0]));
      counts[TYPES.indexOf(type)]++;
    }
  }
  const out = new Map<string, EntityType>();
  for (const [surface, counts] of votes) out.set(surface, TYPES[counts.indexOf(Math.max(...counts))]);
  return out;
}

export function entityLexicon(entries: ReadonlyMap<string, EntityType>): EntityLexicon {
  const surfaces = new FeatureTable(entries.size);
  const starts = new Uint8Array(PAIR_MASK + 1);
  for (const [surface, type] of entries) {
    let h = HASH_START;
    for (let i = 0; i < surface.length; i++) h = step(h, surface.charCodeAt(i));
    surfaces.set(h, TYPES.indexOf(type) + 1);
    starts[pairSlot(surface.charCodeAt(0), surface.charCodeAt(1))] = 1;
  }
  return { surfaces, starts };
}

/**
 * Per position: the entity surface covering it by forward maximum match, as type·4 + place in the
 * match (0 first, 1 inside, 2 last); 0 where none covers it.
 */
export function entityMarks(folded: string, lex: EntityLexicon, n: number): Int32Array {
  const { surfaces, starts } = lex;
  const marks = new Int32Array(n);
  for (let i = 0; i < n; ) {
    if (i + 1 >= n || !starts[pairSlot(folded.charCodeAt(i), folded.charCodeAt(i + 1))]) {
      i++;
      continue;
    }
    let matched = 0;
    let type = 0;
    let h = step(HASH_START, folded.charCodeAt(i));
    for (let len = 2; len <= MAX_ENTITY && i + len <= n; len++) {
      h = step(h, folded.charCodeAt(i + len - 1));
      const t = surfaces.get(h);
      if (t >= 0) {
        matched = len;
        type = t;
      }
    }
    if (!matched) {
      i++;
      continue;
    }
    for (let k = 0; k < matched; k++) marks[i + k] = type * 4 + (k === 0 ? 0 : k === matched - 1 ? 2 : 1);
    i += matched;
  }
  return marks;
}

/** One `surface<TAB>type` a line, gzipped: a few hundred kB. */
export function writeEntityFile(path: string, entries: ReadonlyMap<string, EntityType>): number {
  const lines = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([s, t]) => `${s}\t${t}`);
  const packed = gzipSync(Buffer.from(lines.join('\n'), 'utf8'), { level: 9 });
  writeFileSync(path, packed);
  return packed.length;
}

export function readEntityFile(path: string): Map<string, EntityType> {
  const out = new Map<string, EntityType>();
  for (const line of gunzipSync(readFileSync(path)).toString('utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) out.set(line.slice(0, tab), line.slice(tab + 1) as EntityType);
  }
  return out;
}

let runtime: EntityLexicon | undefined;

/** The lexicon mined from all training sentences, read on first use: the tagger was trained with it. */
export function defaultEntityLexicon(): EntityLexicon {
  if (runtime) return runtime;
  if (!existsSync(DEFAULT_ENTITIES_PATH)) throw new WutongError('extract/zh', 'ENTITIES_MISSING', `${DEFAULT_ENTITIES_PATH} is missing; run npm run train:zh`);
  runtime = entityLexicon(readEntityFile(DEFAULT_ENTITIES_PATH));
  return runtime;
}
