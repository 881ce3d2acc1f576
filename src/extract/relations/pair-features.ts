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
// By the code of the first UTF-16 unit: indexing a text by character made a string per position.
const WORDS_BY_FIRST = new Map<number, string[]>();
for (const word of PAIR_WORDS) WORDS_BY_FIRST.set(word.charCodeAt(0), [...(WORDS_BY_FIRST.get(word.charCodeAt(0)) ?? []), word]);

/**
 * What a sentence holds that every pair in it reads again: the pair words starting at each
 * position (longest first) and every trigger word with its type, worked out once per sentence.
 */
interface SentenceIndex {
  wordsAt: Map<number, string[]>;
  triggers: Array<{ type: string; at: number; end: number }>;
}

/**
 * What one text's sentences hold, by sentence: the link model reads the pairs of an article in the
 * order the passes proposed them, which goes back to sentences read before, and the pattern pass
 * reads the same sentences first; keeping only the last sentence made each read them again.
 */
interface SentenceMemo {
  text: string;
  indexes: Map<string, SentenceIndex>;
  keywords: Map<string, { masks: Float64Array; found: string[] }>;
  clauses: Map<string, { masks: Float64Array; numbers: Uint16Array }>;
  shapes: Map<string, { masks: Float64Array; shape: ListShape }>;
  /** pairFeatures by sentence and pair, for the very mentions it read: the pattern pass's pair model and the link model read many pairs alike. */
  pairs: Map<string, { x: Mention; y: Mention; others: Mention[]; features: string[] }>;
}

let memo: SentenceMemo | undefined;

/** The memo of this text's sentences; a new text starts a new one, so one article's at most is held. */
function memoOf(text: string): SentenceMemo {
  if (memo?.text !== text) memo = { text, indexes: new Map(), keywords: new Map(), clauses: new Map(), shapes: new Map(), pairs: new Map() };
  return memo;
}

const spanKey = (span: SentenceSpan): string => `${span.start}:${span.end}`;

/** A mention's span as one number, start·2^26 + end: exact for any chunk of text (far below 2^26 characters). */
const spanNumber = (m: Mention): number => m.start * 67_108_864 + m.end;

/**
 * A set of mentions as the sorted numbers of their spans: the same mentions in any order give the
 * same array, and comparing two costs no strings.
 */
function maskKey(masks: readonly Mention[]): Float64Array {
  const key = new Float64Array(masks.length);
  for (let k = 0; k < masks.length; k++) key[k] = spanNumber(masks[k]!);
  return key.sort();
}

function sameKey(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** Each trigger word of the pattern table by its first character, with the order of its type and of the word in the type's list. */
const TRIGGER_WORDS_BY_FIRST = new Map<number, Array<{ type: string; word: string; rank: number }>>();

function sentenceIndex(text: string, sentence: SentenceSpan): SentenceIndex {
  const indexes = memoOf(text).indexes;
  const known = indexes.get(spanKey(sentence));
  if (known !== undefined) return known;
  const wordsAt = new Map<number, string[]>();
  for (let i = sentence.start; i < sentence.end; i++) {
    const starting = WORDS_BY_FIRST.get(text.charCodeAt(i));
    if (starting === undefined) continue;
    const here = starting.filter((word) => text.startsWith(word, i));
    if (here.length > 0) wordsAt.set(i, here);
  }
  // One pass over the sentence finds every trigger; they are listed by type, then word, then place.
  const found: Array<{ type: string; at: number; end: number; rank: number }> = [];
  for (let i = sentence.start; i < sentence.end; i++) {
    for (const { type, word, rank } of TRIGGER_WORDS_BY_FIRST.get(text.charCodeAt(i)) ?? []) {
      if (i + word.length <= sentence.end && text.startsWith(word, i)) found.push({ type, at: i, end: i + word.length, rank });
    }
  }
  found.sort((a, b) => a.rank - b.rank || a.at - b.at);
  const index = { wordsAt, triggers: found.map(({ type, at, end }) => ({ type, at, end })) };
  indexes.set(spanKey(sentence), index);
  return index;
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
let triggerRank = 0;
for (const [type, words] of TRIGGERS_BY_TYPE) {
  for (const word of words) TRIGGER_WORDS_BY_FIRST.set(word.charCodeAt(0), [...(TRIGGER_WORDS_BY_FIRST.get(word.charCodeAt(0)) ?? []), { type, word, rank: triggerRank++ }]);
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
  return maskedCodes(text, from, to, masks)
    .map((code) => String.fromCharCode(code))
    .join('');
}

const MASK = 'E'.charCodeAt(0);
const DIGIT = '0'.charCodeAt(0);

/** maskedText as UTF-16 code units: its bigrams are then made without building the text first. */
function maskedCodes(text: string, from: number, to: number, masks: Mention[]): number[] {
  // Only the masks that reach into the stretch can cover a character of it; their order is kept.
  const near = masks.filter((x) => x.start < to && x.end > from);
  const codes: number[] = [];
  for (let i = from; i < to; ) {
    const m = near.length === 0 ? undefined : near.find((x) => x.start <= i && i < x.end);
    if (m !== undefined) {
      codes.push(MASK);
      i = m.end;
    } else {
      const code = text.charCodeAt(i);
      codes.push(code >= 48 && code <= 57 ? DIGIT : code);
      i += 1;
    }
  }
  return codes;
}

/** Character bigrams of a stretch of text, mentions and digits masked. */
function bigrams(text: string, from: number, to: number, masks: Mention[]): string[] {
  const codes = maskedCodes(text, from, to, masks);
  const out: string[] = [];
  for (let i = 0; i + 1 < codes.length; i += 1) out.push(String.fromCharCode(codes[i]!, codes[i + 1]!));
  return out;
}

/**
 * The trigger bigrams of a sentence outside every mention, in text order: the bigrams of its masked
 * text that can be keywords are pairs of neighbouring characters no mention covers (a keyword holds
 * neither the mask nor a digit). Every pair of a sentence masks the same mentions, so each
 * sentence's answer is kept for its mentions: reading the sentence once per pair made a long one
 * cost its length times its pairs.
 */
function sentenceKeywords(text: string, sentence: SentenceSpan, masks: Mention[]): string[] {
  const keywords = memoOf(text).keywords;
  const key = maskKey(masks);
  const known = keywords.get(spanKey(sentence));
  if (known !== undefined && sameKey(known.masks, key)) return known.found;
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
  keywords.set(spanKey(sentence), { masks: key, found });
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
  const read = memoOf(text).pairs;
  const key = `${sentence.start}:${sentence.end}:${x.start}:${x.end}:${y.start}:${y.end}`;
  const known = read.get(key);
  if (known !== undefined && known.x === x && known.y === y && known.others.length === others.length && known.others.every((m, k) => m === others[k])) return [...known.features];
  const features = readPairFeatures(text, sentence, x, y, others);
  // Callers hand a new list of others each time, so it is kept as given.
  read.set(key, { x, y, others, features });
  return [...features];
}

function readPairFeatures(text: string, sentence: SentenceSpan, x: Mention, y: Mention, others: Mention[]): string[] {
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

/**
 * The clause number of every offset of a sentence (the clause breaks before it outside every
 * mention). Every pair of a sentence reads the same mentions, so each sentence's answer is kept for its mentions.
 */
function clauseNumbers(text: string, sentence: SentenceSpan, mentions: Mention[], key: Float64Array): Uint16Array {
  const clauses = memoOf(text).clauses;
  const known = clauses.get(spanKey(sentence));
  if (known !== undefined && sameKey(known.masks, key)) return known.numbers;
  const covered = new Uint8Array(Math.max(0, sentence.end - sentence.start));
  for (const m of mentions) covered.fill(1, Math.max(0, m.start - sentence.start), Math.max(0, m.end - sentence.start));
  const numbers = new Uint16Array(covered.length + 1);
  for (let k = 0, n = 0; k <= covered.length; k++) {
    numbers[k] = n;
    if (k < covered.length && covered[k] === 0 && CLAUSE_BREAKS.has(text[sentence.start + k]!)) n += 1;
  }
  clauses.set(spanKey(sentence), { masks: key, numbers });
  return numbers;
}

interface ListShape {
  /** The mentions in text order. */
  ordered: Mention[];
  /** The list joiner after each mention in text order, if one is all that parts it from the next. */
  joinerAfter: Array<string | undefined>;
  /** Each mention's place in text order by its span, when no two share one. */
  places?: Map<number, number>;
}

/** A mention's place in text order (by span when the shape is kept for other pairs, whose mention objects may be others). */
function placeIn(shape: ListShape, m: Mention): number {
  return shape.places === undefined ? shape.ordered.indexOf(m) : (shape.places.get(spanNumber(m)) ?? -1);
}

/**
 * The sentence's mentions in text order and the joiners between them. Every pair of a sentence
 * reads the same mentions, so each sentence's answer is kept for its mentions, unless two of them
 * share a span: their order then follows the order they were given in, which differs by pair.
 */
function listShape(text: string, sentence: SentenceSpan, mentions: Mention[], key: Float64Array): ListShape {
  const shapes = memoOf(text).shapes;
  const known = shapes.get(spanKey(sentence));
  if (known !== undefined && sameKey(known.masks, key)) return known.shape;
  const ordered = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const joinerAfter = ordered.map((m, k) => {
    const next = ordered[k + 1];
    const between = next === undefined ? '' : text.slice(m.end, next.start).trim();
    return next !== undefined && LIST_JOINERS.has(between) ? between : undefined;
  });
  const shared = key.some((value, k) => k > 0 && value === key[k - 1]);
  if (shared) return { ordered, joinerAfter };
  const shape: ListShape = { ordered, joinerAfter, places: new Map(ordered.map((m, k) => [spanNumber(m), k])) };
  shapes.set(spanKey(sentence), { masks: key, shape });
  return shape;
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
  const key = maskKey(mentions);
  const clauses = clauseNumbers(text, sentence, mentions, key);
  f.add(`cl:${Math.min((clauses[y.start - sentence.start] ?? 0) - (clauses[x.end - sentence.start] ?? 0), 3)}`);
  const shape = listShape(text, sentence, mentions, key);
  const joinerAfter = shape.joinerAfter;
  const [i, j] = [placeIn(shape, x), placeIn(shape, y)];
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
  const [xClause, yClause] = [clauses[x.start - sentence.start] ?? 0, clauses[y.start - sentence.start] ?? 0];
  for (const { type, at } of sentenceIndex(text, sentence).triggers) {
    if ((at >= x.start && at < x.end) || (at >= y.start && at < y.end)) continue;
    const clause = clauses[at - sentence.start] ?? 0;
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
 * Whether a name of this type stands among `inside`, as the feature writes it. A function of the
 * module, not a closure per pair: tsx names every closure it makes, which cost more than the test.
 */
function blocked(inside: readonly Mention[], type: string): string {
  return inside.some((m) => m.type === type) ? '1' : '0';
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
  const f = [`blk:${blocked(inside, x.type)}${blocked(inside, y.type)}|${types}`];
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
