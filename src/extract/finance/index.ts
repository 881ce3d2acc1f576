import type { EntityType, Mention } from '../types';
import { financeLexicon } from './lexicon';
import { hasLegalForm, shapeNames, splitAtConnectors } from './shapes';

export interface FinanceMentions {
  /** New company mentions, in text order. */
  add: Mention[];
  /** Mentions of `existing` that an added one replaces (the very objects passed in). */
  remove: Mention[];
}

interface Candidate {
  start: number;
  end: number;
  /** From the lexicon of known names, which may cut a longer tagged name; a shape may not. */
  known: boolean;
}

const COMPANY: EntityType = 'Company';
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/** Lexicon names and name shapes, the longer winning where two overlap (加多宝集团 over 加多宝). */
function candidates(text: string): Candidate[] {
  const lexicon = financeLexicon();
  const all: Candidate[] = [
    ...lexicon.scan(text).map((h) => ({ ...h, known: true })),
    ...shapeNames(text, lexicon).map((h) => ({ ...h, known: lexicon.has(text.slice(h.start, h.end)) })),
  ].sort((a, b) => b.end - b.start - (a.end - a.start) || Number(b.known) - Number(a.known) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of all) if (!kept.some((k) => overlaps(k, c))) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Whether candidate c should replace the existing mention e it overlaps. Rule:
 * - c covers e, or they cross, and e is a Place or Person (青岛 in 青岛啤酒): c wins;
 * - c covers e, a Company/Institution, and is longer (加多宝 → 加多宝集团): c wins;
 * - c is a known name inside a longer tagged name that is neither known nor a registered full name
 *   (电力央企华能集团 → 华能集团, 华菱钢铁子公司 → 华菱钢铁): c wins;
 * - otherwise the tagger's mention stands and c is dropped.
 */
function replaces(c: Candidate, e: Mention, text: string): boolean {
  const covers = c.start <= e.start && c.end >= e.end;
  if (e.type === 'Place' || e.type === 'Person') return covers || c.known || !(e.start <= c.start && e.end >= c.end);
  if (covers) return c.end - c.start > e.end - e.start;
  const inside = e.start <= c.start && e.end >= c.end;
  return inside && c.known && !financeLexicon().has(e.text) && !hasLegalForm(text.slice(e.start, e.end));
}

/**
 * Company mentions that finance news names the short way (海螺水泥, 中石油, ST松辽, Uber) and a general
 * tagger misses: known names from a lexicon mined from finance news, plus name shapes (stem +
 * industry word, a name before its stock code, an ST mark, a Latin brand). Each is added only where
 * it does not clash with `existing`, or replaces the existing mentions it overlaps by the rule of
 * `replaces`.
 */
export function financeMentions(text: string, existing: Mention[]): FinanceMentions {
  const remove = new Set<Mention>();
  const split: Mention[] = [];
  for (const e of existing) {
    if (e.type !== 'Company' && e.type !== 'Institution') continue;
    const parts = splitAtConnectors(text, ...trimmedDateline(text, e));
    if (parts.length === 0 && trimmedDateline(text, e)[0] === e.start) continue;
    remove.add(e);
    const kept = parts.length > 0 ? parts : [{ start: trimmedDateline(text, e)[0], end: e.end }];
    split.push(...kept.map((p) => ({ text: text.slice(p.start, p.end), type: e.type, start: p.start, end: p.end })));
  }
  const current = [...existing.filter((e) => !remove.has(e)), ...split];
  const add: Mention[] = [];
  for (const c of candidates(text)) {
    const clashing = current.filter((e) => overlaps(e, c));
    if (clashing.length > 0 && !clashing.every((e) => replaces(c, e, text))) continue;
    if (clashing.some((e) => e.start === c.start && e.end === c.end && (e.type === 'Company' || e.type === 'Institution'))) continue;
    for (const e of clashing) remove.add(e);
    add.push({ text: text.slice(c.start, c.end), type: COMPANY, start: c.start, end: c.end });
  }
  // Pieces of a split span that a finance name then replaced were never in `existing`.
  const pieces = split.filter((p) => !remove.has(p));
  return { add: [...pieces, ...add].sort((a, b) => a.start - b.start), remove: existing.filter((e) => remove.has(e)) };
}

/** A dateline's 日 or 日电 that the tagger glued to the next name (…月7日电东星集团). */
function trimmedDateline(text: string, e: Mention): [number, number] {
  const m = /^日电?/.exec(e.text);
  const afterDate = m !== null && /[\d>]/.test(text[e.start - 1] ?? '') && e.text.length - m[0].length >= 2;
  return [afterDate ? e.start + m[0].length : e.start, e.end];
}

/** `existing` with the finance mentions merged in, in text order. */
export function withFinanceMentions(text: string, existing: Mention[]): Mention[] {
  const { add, remove } = financeMentions(text, existing);
  const gone = new Set(remove);
  return [...existing.filter((e) => !gone.has(e)), ...add].sort((a, b) => a.start - b.start || b.end - a.end);
}
