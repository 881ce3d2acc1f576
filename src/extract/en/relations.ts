import { readFileSync } from 'node:fs';
import type { EntityType, Mention, Relation } from '../types';

interface RelationPattern {
  type: string;
  source: EntityType[];
  target: EntityType[];
  between: RegExp;
  after?: RegExp;
  reverse: boolean;
}

interface PatternRow {
  type: string;
  source: EntityType[];
  target: EntityType[];
  between: string;
  after?: string;
  reverse?: boolean;
}

const rows = (JSON.parse(readFileSync(new URL('./relations.json', import.meta.url), 'utf8')) as { patterns: PatternRow[] }).patterns;
const patterns: RelationPattern[] = rows.map((row) => ({
  ...row,
  between: new RegExp(row.between, 'iu'),
  after: row.after === undefined ? undefined : new RegExp(row.after, 'iu'),
  reverse: row.reverse ?? false,
}));

const TYPED_CONFIDENCE = 0.8;
const CO_MENTION_CONFIDENCE = 0.3;

/**
 * Relations between the mentions of one sentence: the first pattern that matches the text between
 * an ordered pair types it; pairs no pattern covers get CO_MENTIONED. `indices` are positions in
 * the extraction's entity list, in text order.
 */
export function sentenceRelations(text: string, sentence: { start: number; end: number }, mentions: Mention[], indices: number[]): Relation[] {
  const relations: Relation[] = [];
  const evidence = { start: sentence.start, end: sentence.end };
  for (let a = 0; a < indices.length; a++) {
    for (let b = a + 1; b < indices.length; b++) {
      const [first, second] = [mentions[indices[a]], mentions[indices[b]]];
      if (first.text === second.text) continue;
      const between = text.slice(first.end, second.start);
      const after = text.slice(second.end, sentence.end);
      const typed = patterns.find((pattern) => {
        const [source, target] = pattern.reverse ? [second, first] : [first, second];
        return pattern.source.includes(source.type) && pattern.target.includes(target.type) &&
          pattern.between.test(between) && (pattern.after === undefined || pattern.after.test(after));
      });
      if (!typed) {
        relations.push({ source: indices[a], target: indices[b], type: 'CO_MENTIONED', ...evidence, confidence: CO_MENTION_CONFIDENCE });
        continue;
      }
      const post = typed.between.exec(between)?.groups?.post;
      const [source, target] = typed.reverse ? [indices[b], indices[a]] : [indices[a], indices[b]];
      relations.push({ source, target, type: typed.type, ...evidence, confidence: TYPED_CONFIDENCE, ...(post ? { props: { post } } : {}) });
    }
  }
  return relations;
}
