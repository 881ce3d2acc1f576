import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { WutongError } from '../../shared/errors';
import type { EntityType } from '../types';
import { HashedNames, placeInMatch } from './dictionary';
import { DEFAULT_ENTITIES_PATH } from './model-path';
import { foldWidth } from './text';

/** Entity surfaces seen in the training corpora, each with its type number (1 Person, 2 Place, 3 Company, 4 Institution). */
export type EntityLexicon = HashedNames;

const TYPES: readonly EntityType[] = ['Person', 'Place', 'Company', 'Institution'];
const MIN_LENGTH = 2;
const MAX_ENTITY = 10;

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
  const names = new HashedNames(entries.size);
  for (const [surface, type] of entries) names.add(surface, TYPES.indexOf(type) + 1);
  return names;
}

/**
 * Per position: the entity surface covering it by forward maximum match, as type·4 + place in the
 * match (0 first, 1 inside, 2 last); 0 where none covers it.
 */
export function entityMarks(folded: string, lex: EntityLexicon, n: number): Int32Array {
  const marks = new Int32Array(n);
  lex.forEachLongest(folded, n, MAX_ENTITY, (start, length, type) => {
    for (let k = 0; k < length; k++) marks[start + k] = type * 4 + placeInMatch(k, length);
  });
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
