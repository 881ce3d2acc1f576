import type { Relation, RelationProps } from '../types';
import type { SentenceContext } from './context';
import { postCandidates } from './posts';
import { findAmount, findDate } from './props';
import { adjacent, attr, pair, svo, type Candidate, type Span } from './shapes';
import { PATTERNS, type Lang, type PatternRow } from './table';

const SHAPES = { svo, pair, attr };

/** Typed relations the pattern table reads in one sentence: at most one per pair of mentions, the surest. */
export function typedRelations(ctx: SentenceContext, published: string | undefined): Relation[] {
  const best = new Map<string, Relation>();
  const date = findDate(ctx.text, ctx.sentence.start, ctx.sentence.end, published);
  for (const row of PATTERNS) {
    if (row.lang !== ctx.lang) continue;
    for (const { candidate, at, props } of readings(ctx, row)) {
      const oriented = orient(ctx, row, candidate);
      if (oriented === undefined) continue;
      const [source, target] = oriented;
      const key = source < target ? `${source}:${target}` : `${target}:${source}`;
      const confidence = Math.round(row.confidence * candidate.scale * 100) / 100;
      const held = best.get(key);
      if (held !== undefined && held.confidence >= confidence) continue;
      const allProps: RelationProps = { ...row.props, ...props };
      if (row.capture?.includes('amount')) Object.assign(allProps, findAmount(ctx.text, ctx.sentence.start, ctx.sentence.end, at, ctx.lang));
      if (date !== undefined) allProps.date = date;
      const relation: Relation = { source, target, type: row.type, start: ctx.sentence.start, end: ctx.sentence.end, confidence, rule: row.id };
      if (Object.keys(allProps).length > 0) relation.props = allProps;
      best.set(key, relation);
    }
  }
  return [...best.values()];
}

function readings(ctx: SentenceContext, row: PatternRow): { candidate: Candidate; at: number; props?: RelationProps }[] {
  if (row.shape === 'post') return postCandidates(ctx).map((c) => ({ candidate: c, at: ctx.m(c.a).start, props: c.props }));
  if (row.shape === 'adjacent') return adjacent(ctx).map((c) => ({ candidate: c, at: ctx.m(c.b).start }));
  const shape = SHAPES[row.shape];
  return triggers(ctx, row).flatMap((t) => shape(ctx, t, row.carry, row.hostObject).map((candidate) => ({ candidate, at: t.start })));
}

/**
 * Every row's triggers by the code of their first UTF-16 unit, per language: a sentence is read once
 * for all rows, and by code, since indexing it by character made a string per position.
 */
const TRIGGERS_BY_FIRST = new Map<Lang, Map<number, Array<{ row: PatternRow; needle: string; rank: number }>>>();
for (const row of PATTERNS) {
  const byFirst = TRIGGERS_BY_FIRST.get(row.lang) ?? new Map<number, Array<{ row: PatternRow; needle: string; rank: number }>>();
  TRIGGERS_BY_FIRST.set(row.lang, byFirst);
  row.triggers.forEach((trigger, rank) => {
    const needle = row.lang === 'en' ? trigger.toLowerCase() : trigger;
    byFirst.set(needle.charCodeAt(0), [...(byFirst.get(needle.charCodeAt(0)) ?? []), { row, needle, rank }]);
  });
}

interface Occurrence { rank: number; start: number; end: number }
const occurrencesByContext = new WeakMap<SentenceContext, Map<PatternRow, Occurrence[]>>();

/** Where each row's triggers occur in the context's sentence, found in one pass over it. */
function occurrences(ctx: SentenceContext): Map<PatternRow, Occurrence[]> {
  let byRow = occurrencesByContext.get(ctx);
  if (byRow !== undefined) return byRow;
  byRow = new Map();
  const { start, end } = ctx.sentence;
  const hay = ctx.lang === 'en' ? ctx.text.slice(start, end).toLowerCase() : ctx.text.slice(start, end);
  const byFirst = TRIGGERS_BY_FIRST.get(ctx.lang);
  for (let at = 0; at < hay.length; at++) {
    for (const { row, needle, rank } of byFirst?.get(hay.charCodeAt(at)) ?? []) {
      if (!hay.startsWith(needle, at) || (ctx.lang === 'en' && !wordBounded(hay, at, needle.length))) continue;
      const list = byRow.get(row) ?? [];
      list.push({ rank, start: start + at, end: start + at + needle.length });
      byRow.set(row, list);
    }
  }
  occurrencesByContext.set(ctx, byRow);
  return byRow;
}

/** Where the row's triggers occur in the sentence, outside every mention, longest trigger first. */
function triggers(ctx: SentenceContext, row: PatternRow): Span[] {
  const found: Span[] = [];
  const candidates = [...(occurrences(ctx).get(row) ?? [])].sort((a, b) => a.rank - b.rank || a.start - b.start);
  for (const span of candidates) {
    if (found.some((f) => f.start < span.end && span.start < f.end)) continue;
    if (ctx.article.overlaps(span.start, span.end)) continue;
    found.push({ start: span.start, end: span.end });
  }
  return found;
}

function wordBounded(hay: string, at: number, length: number): boolean {
  const isWord = (ch: string | undefined): boolean => ch !== undefined && /[a-z0-9]/i.test(ch);
  return !isWord(hay[at - 1]) && !isWord(hay[at + length]);
}

/** Source and target by the row's direction, or undefined when the argument types do not fit. */
function orient(ctx: SentenceContext, row: PatternRow, c: Candidate): [number, number] | undefined {
  if (c.a === c.b || ctx.m(c.a).text === ctx.m(c.b).text) return undefined;
  const fits = (s: number, t: number): boolean => row.source.includes(ctx.m(s).type) && row.target.includes(ctx.m(t).type);
  const [s, t] = row.direction === 'reverse' ? [c.b, c.a] : [c.a, c.b];
  if (fits(s, t)) return [s, t];
  if (row.direction === 'symmetric' && fits(t, s)) return [t, s];
  return undefined;
}
