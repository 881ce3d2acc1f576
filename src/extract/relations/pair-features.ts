import type { Mention } from '../types';
import type { SentenceSpan } from './sentences';
import { PATTERNS, POSTS } from './table';
import { zh } from '../../lexicon';

const JOINERS = new Set(['、', '和', '与', '及', ',', '，', '/']);
const NEAR = 12;
// Sentence-wide words are kept only when they are trigger words of the pattern table.
const KEYWORDS = new Set(PATTERNS.filter((r) => r.lang === 'zh').flatMap((r) => r.triggers.flatMap((t) => [...t].slice(1).map((ch, i) => t[i] + ch))));
const FAR = 40;
// Longest first, so 控股股东 is read before 控股 and 股东.
const PAIR_WORDS = zh('pairWords');
const WORDS_BY_FIRST = new Map<string, string[]>();
for (const word of PAIR_WORDS) WORDS_BY_FIRST.set(word[0]!, [...(WORDS_BY_FIRST.get(word[0]!) ?? []), word]);

/**
 * What a sentence holds that every pair in it reads again: the pair words starting at each
 * position (longest first) and every trigger word with its type. Pairs of one sentence come one
 * after another, so the last sentence's index is kept.
 */
interface SentenceIndex {
  text: string;
  start: number;
  end: number;
  wordsAt: Map<number, string[]>;
  triggers: Array<{ type: string; at: number; end: number }>;
}

let lastIndex: SentenceIndex | undefined;

function sentenceIndex(text: string, sentence: SentenceSpan): SentenceIndex {
  if (lastIndex !== undefined && lastIndex.text === text && lastIndex.start === sentence.start && lastIndex.end === sentence.end) return lastIndex;
  const wordsAt = new Map<number, string[]>();
  for (let i = sentence.start; i < sentence.end; i++) {
    const here = (WORDS_BY_FIRST.get(text[i]!) ?? []).filter((word) => text.startsWith(word, i));
    if (here.length > 0) wordsAt.set(i, here);
  }
  const triggers: SentenceIndex['triggers'] = [];
  // Searched in the sentence alone: a word it lacks must not send the search through the rest of the article.
  const said = text.slice(sentence.start, sentence.end);
  for (const [type, words] of TRIGGERS_BY_TYPE) {
    for (const w of words) {
      for (let at = said.indexOf(w); at >= 0; at = said.indexOf(w, at + 1)) triggers.push({ type, at: sentence.start + at, end: sentence.start + at + w.length });
    }
  }
  lastIndex = { text, start: sentence.start, end: sentence.end, wordsAt, triggers };
  return lastIndex;
}

/** The pair words in a stretch of text, left to right, each character read once. */
function wordsIn(index: SentenceIndex, from: number, to: number): string[] {
  const found: string[] = [];
  for (let i = from; i < to; ) {
    const w = index.wordsAt.get(i)?.find((word) => i + word.length <= to);
    if (w === undefined) i += 1;
    else {
      found.push(w);
      i += w.length;
    }
  }
  return found;
}

/** Which pair words stand between, before and after the pair; the first and last between, and the 被 of a passive. */
function wordFeatures(index: SentenceIndex, sentence: SentenceSpan, x: Mention, y: Mention, f: Set<string>): void {
  const between = wordsIn(index, x.end, y.start);
  for (const w of between) f.add(`wb:${w}`);
  if (between.length > 0) {
    f.add(`wb1:${between[0]}`);
    f.add(`wbn:${between[between.length - 1]}`);
    if (between.includes('被')) for (const w of between) f.add(`wbp:${w}`);
  }
  for (const w of wordsIn(index, Math.max(sentence.start, x.start - NEAR), x.start)) f.add(`wl:${w}`);
  for (const w of wordsIn(index, y.end, Math.min(sentence.end, y.end + NEAR))) f.add(`wr:${w}`);
  const after = wordsIn(index, y.end, Math.min(sentence.end, y.end + 4));
  if (after.length > 0) f.add(`wr1:${after[0]}`);
}

function bucket(n: number): string {
  if (n <= 3) return String(n);
  if (n <= 6) return '4-6';
  if (n <= 12) return '7-12';
  if (n <= 25) return '13-25';
  return '26+';
}

// Trigger words of the pattern table by relation type, so the model can weigh a type as a whole.
const TRIGGERS_BY_TYPE = new Map<string, string[]>();
for (const row of PATTERNS) {
  if (row.lang !== 'zh') continue;
  TRIGGERS_BY_TYPE.set(row.type, [...(TRIGGERS_BY_TYPE.get(row.type) ?? []), ...row.triggers]);
}

/** Where each type's trigger words occur relative to the pair: between, before, after, anywhere. */
function triggerFeatures(index: SentenceIndex, x: Mention, y: Mention, alone: boolean, f: Set<string>): void {
  for (const { type, at, end } of index.triggers) {
    if ((at < x.end && end > x.start) || (at < y.end && end > y.start)) continue;
    f.add(`t:${type}`);
    if (alone) f.add(`two:${type}`);
    if (at >= x.end && end <= y.start) f.add(`tb:${type}`);
    else if (end <= x.start && x.start - at <= NEAR) f.add(`tl:${type}`);
    else if (at >= y.end && at - y.end <= NEAR) f.add(`tr:${type}`);
  }
}

/** A stretch of text with every mention replaced by one placeholder character and every digit by 0. */
export function maskedText(text: string, from: number, to: number, masks: Mention[]): string {
  let s = '';
  for (let i = from; i < to; ) {
    const m = masks.find((x) => x.start <= i && i < x.end);
    if (m !== undefined) {
      s += 'E';
      i = m.end;
    } else {
      s += /\d/.test(text[i]!) ? '0' : text[i]!;
      i += 1;
    }
  }
  return s;
}

/** Character bigrams of a stretch of text, mentions and digits masked. */
function bigrams(text: string, from: number, to: number, masks: Mention[]): string[] {
  const s = maskedText(text, from, to, masks);
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i += 1) out.push(s.slice(i, i + 2));
  return out;
}

let lastKeywords: { text: string; start: number; end: number; masks: string; found: string[] } | undefined;

/**
 * The trigger bigrams of a sentence outside every mention, in text order: the bigrams of its masked
 * text that can be keywords are pairs of neighbouring characters no mention covers (a keyword holds
 * neither the mask nor a digit). Every pair of a sentence masks the same mentions, so the last
 * sentence's answer is kept: reading the sentence once per pair made a long one cost its length
 * times its pairs.
 */
function sentenceKeywords(text: string, sentence: SentenceSpan, masks: Mention[]): string[] {
  const key = masks.map((m) => `${m.start}:${m.end}`).sort().join(',');
  if (lastKeywords !== undefined && lastKeywords.text === text && lastKeywords.start === sentence.start && lastKeywords.end === sentence.end && lastKeywords.masks === key) return lastKeywords.found;
  const covered = new Uint8Array(Math.max(0, sentence.end - sentence.start));
  for (const m of masks) covered.fill(1, Math.max(0, m.start - sentence.start), Math.max(0, m.end - sentence.start));
  const found: string[] = [];
  const seen = new Set<string>();
  for (let i = sentence.start; i + 1 < sentence.end; i++) {
    if (covered[i - sentence.start] === 1 || covered[i + 1 - sentence.start] === 1) continue;
    const b = text[i]! + text[i + 1]!;
    if (!KEYWORDS.has(b) || seen.has(b)) continue;
    seen.add(b);
    found.push(b);
  }
  lastKeywords = { text, start: sentence.start, end: sentence.end, masks: key, found };
  return found;
}

function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/**
 * Features of an ordered pair of mentions (x written before y) in one sentence: the words between,
 * around and anywhere in the sentence (as character bigrams), the distance, list structure and how
 * the two names relate.
 */
export function pairFeatures(text: string, sentence: SentenceSpan, x: Mention, y: Mention, others: Mention[]): string[] {
  const masks = [x, y, ...others];
  const f = new Set<string>(['bias']);
  const gap = y.start - x.end;
  f.add(`g:${bucket(gap)}`);
  const between = text.slice(x.end, y.start).trim();
  if (between.length === 1 && JOINERS.has(between)) f.add(`j:${between}`);
  if (gap <= FAR) for (const b of bigrams(text, x.end, y.start, masks)) f.add(`b:${b}`);
  for (const b of bigrams(text, Math.max(sentence.start, x.start - NEAR), x.start, masks)) f.add(`l:${b}`);
  for (const b of bigrams(text, y.end, Math.min(sentence.end, y.end + NEAR), masks)) f.add(`r:${b}`);
  for (const b of sentenceKeywords(text, sentence, masks)) f.add(`s:${b}`);
  const index = sentenceIndex(text, sentence);
  wordFeatures(index, sentence, x, y, f);
  triggerFeatures(index, x, y, others.every((m) => m.text === x.text || m.text === y.text), f);
  f.add(`n:${bucket(others.length + 2)}`);
  const inside = others.filter((m) => m.start >= x.end && m.end <= y.start).length;
  f.add(`inside:${bucket(inside)}`);
  if (inside === 0 && gap <= NEAR) f.add(`near:${between}`);
  const shared = sharedPrefix(x.text, y.text);
  if (shared >= 2) f.add('name:prefix');
  if (x.text.includes(y.text) || y.text.includes(x.text)) f.add(x.text.length > y.text.length ? 'name:x-contains' : 'name:y-contains');
  f.add(`xs:${x.text.slice(-1)}`);
  f.add(`ys:${y.text.slice(-1)}`);
  return [...f];
}

// What joins two members of one list (A、B和C, A与B): the only text between neighbouring names.
const LIST_JOINERS = new Set(['、', '和', '与', '及', '以及', '、以及', '或']);
const CLAUSE_BREAKS = new Set(['，', ',', '；', ';', '：', ':']);

let lastClauses: { text: string; start: number; end: number; masks: string; numbers: Uint16Array } | undefined;

/**
 * The clause number of every offset of a sentence (the clause breaks before it outside every
 * mention). Every pair of a sentence reads the same mentions, so the last sentence's answer is kept.
 */
function clauseNumbers(text: string, sentence: SentenceSpan, mentions: Mention[]): Uint16Array {
  const key = mentions.map((m) => `${m.start}:${m.end}`).sort().join(',');
  const c = lastClauses;
  if (c !== undefined && c.text === text && c.start === sentence.start && c.end === sentence.end && c.masks === key) return c.numbers;
  const covered = new Uint8Array(Math.max(0, sentence.end - sentence.start));
  for (const m of mentions) covered.fill(1, Math.max(0, m.start - sentence.start), Math.max(0, m.end - sentence.start));
  const numbers = new Uint16Array(covered.length + 1);
  for (let k = 0, n = 0; k <= covered.length; k++) {
    numbers[k] = n;
    if (k < covered.length && covered[k] === 0 && CLAUSE_BREAKS.has(text[sentence.start + k]!)) n += 1;
  }
  lastClauses = { text, start: sentence.start, end: sentence.end, masks: key, numbers };
  return numbers;
}

/** Where a mention stands in the list it belongs to, if any. */
function listPlace(joinedLeft: boolean, joinedRight: boolean): string {
  if (joinedLeft) return joinedRight ? 'mid' : 'last';
  return joinedRight ? 'first' : 'none';
}

/**
 * The structure a pair stands in, beyond the words between it: how many clause breaks part the two
 * names, where each stands in a list (A与B、C、D: the head A is joined by 与 to a list B、C、D whose
 * members are no pair of their own), the joiners along the list from x to y, and in whose clause
 * each type's trigger words stand. `mentions` are the sentence's mentions, x and y among them.
 */
export function structureFeatures(text: string, sentence: SentenceSpan, x: Mention, y: Mention, mentions: Mention[]): string[] {
  const f = new Set<string>();
  const clauses = clauseNumbers(text, sentence, mentions);
  f.add(`cl:${Math.min((clauses[y.start - sentence.start] ?? 0) - (clauses[x.end - sentence.start] ?? 0), 3)}`);
  const ordered = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const joinerAfter = ordered.map((m, k) => {
    const next = ordered[k + 1];
    const between = next === undefined ? '' : text.slice(m.end, next.start).trim();
    return next !== undefined && LIST_JOINERS.has(between) ? between : undefined;
  });
  const place = (m: Mention): number => ordered.indexOf(m);
  const [i, j] = [place(x), place(y)];
  if (i >= 0 && j > i) {
    const xPlace = listPlace(joinerAfter[i - 1] !== undefined, joinerAfter[i] !== undefined);
    const yPlace = listPlace(joinerAfter[j - 1] !== undefined, joinerAfter[j] !== undefined);
    f.add(`xl:${xPlace}`);
    f.add(`yl:${yPlace}`);
    const joins = joinerAfter.slice(i, j);
    if (joins.every((w) => w !== undefined)) {
      // One list: the distinct joiners from x to y, in order (与、 is a star's head and a member).
      const distinct = joins.filter((w, k) => k === 0 || w !== joins[k - 1]).join('');
      f.add(`list:${distinct}`);
      f.add(`list:${xPlace}-${yPlace}`);
    }
  }
  const clauseOf = (pos: number): number => clauses[pos - sentence.start] ?? 0;
  const [xClause, yClause] = [clauseOf(x.start), clauseOf(y.start)];
  for (const { type, at } of sentenceIndex(text, sentence).triggers) {
    if ((at >= x.start && at < x.end) || (at >= y.start && at < y.end)) continue;
    const clause = clauseOf(at);
    if (clause === xClause) f.add(`tcx:${type}`);
    if (clause === yClause) f.add(`tcy:${type}`);
  }
  return [...f];
}

/** The post written from `at` (副院长, 首席执行官), after any of its prefixes, if any. */
function postAt(text: string, at: number): string | undefined {
  let from = at;
  for (let prefix = POSTS.zh.prefixes.at(text, from); prefix !== undefined; prefix = POSTS.zh.prefixes.at(text, from)) from += prefix.length;
  return POSTS.zh.posts.at(text, from);
}

/**
 * Who stands between the pair and what touches it, each read with the two types: whether a name of
 * x's (or y's) type stands between them (in a roll 甲大学张三教授、乙大学李四教授 the nearer member is
 * the pair), whether the two names touch, and a post written right after either or right before y.
 * `mentions` are the span's mentions, x and y among them.
 */
export function neighbourFeatures(text: string, x: Mention, y: Mention, mentions: Mention[]): string[] {
  const types = `${x.type}|${y.type}`;
  const inside = mentions.filter((m) => m !== x && m !== y && m.start >= x.end && m.end <= y.start);
  const blocked = (type: string): string => (inside.some((m) => m.type === type) ? '1' : '0');
  const f = [`blk:${blocked(x.type)}${blocked(y.type)}|${types}`];
  if (y.start === x.end) f.push(`touch|${types}`);
  if (postAt(text, x.end) !== undefined) f.push(`post-after-x|${types}`);
  if (postAt(text, y.end) !== undefined) f.push(`post-after-y|${types}`);
  if (POSTS.zh.posts.endingAt(text, y.start) !== undefined) f.push(`post-before-y|${types}`);
  // A phrase between two names with no name inside is read by its head, its last characters
  // (北京地产商X, 日本化工巨头X: a place that qualifies what the firm is).
  const between = text.slice(x.end, y.start);
  if (inside.length === 0 && between.length > 0 && between.length <= 12 && /^[\u4e00-\u9fff]+$/u.test(between)) {
    f.push(`head1:${between.slice(-1)}|${types}`);
    if (between.length >= 2) f.push(`head2:${between.slice(-2)}|${types}`);
  }
  return f;
}
