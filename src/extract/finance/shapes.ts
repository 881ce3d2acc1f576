import { z } from 'zod';
import { zh } from '../../lexicon';
import { readJson } from '../../shared/data';
import type { NameLexicon } from './lexicon';
import { SpanIndex } from '../spans';

const shapeSchema = z.object({
  comment: z.string(),
  stopChars: z.string(),
  stockCode: z.string(),
  listedPrefix: z.string(),
  maxPrefix: z.number().int().positive(),
  holdingTails: z.string(),
  maxContextName: z.number().int().positive(),
  /** An industry word that is not part of the name when the given characters follow (控股子公司). */
  danglingSuffix: z.record(z.string(), z.string()),
  /**
   * A whole industry word that is no part of the name before the given words: finance news writes
   * X控股股东 and X控股子公司 for X's controlling holder and X's subsidiary (13 and 14 times in FinRE,
   * against none and one where the name ends in 控股).
   */
  detachedSuffix: z.record(z.string(), z.array(z.string())),
  maxStockName: z.number().int().positive(),
  /** The end of a list of projects, as a pattern (等6个重大项目). */
  projectListEnd: z.string(),
  /** The end of a list of projects before its verb, a count optional (诺唯赞等前沿项目入驻). */
  projectListEndBefore: z.string(),
});

/** The settings and patterns of shapes.json, read once (frames.ts reads them too). */
export const SHAPE_SETTINGS = readJson(new URL('./shapes.json', import.meta.url), shapeSchema, 'extract');

export interface ShapeHit {
  start: number;
  end: number;
}

const TABLE = SHAPE_SETTINGS;
const STOP = new Set(TABLE.stopChars);
const LATIN_STOP = zh('latinStop');
const LEFT_WORDS = zh('leftWords');
const TRAILING_JUNK = zh('trailingJunk');
const LEGAL_FORMS = zh('financeLegalForms');
const HAN = /[\u4e00-\u9fff]/;
// A run of industry words is one suffix (商业银行, 国际投资).
const SUFFIX = new RegExp(`(?:${zh('financeSuffixes').alternation()})+`, 'g');
const STOCK = new RegExp(TABLE.stockCode, 'g');
const LISTED = new RegExp(`(?:${TABLE.listedPrefix})(?=[\\u4e00-\\u9fff])`, 'g');
const LATIN = /[A-Za-z][A-Za-z0-9&'.-]*(?: [A-Z][A-Za-z0-9&'.-]*)*/g;
const CHINA = '中国';
const GENERIC_STEMS = zh('genericStems');
const isGenericStem = (word: string): boolean => GENERIC_STEMS.has(word) || LEFT_WORDS.has(word);

/** Where a name that ends at `end` may start: back over Han characters, stopping at function words. */
function nameStart(text: string, end: number, most: number): number {
  let start = end;
  while (start > end - most && start > 0 && HAN.test(text[start - 1]!) && !STOP.has(text[start - 1]!)) start -= 1;
  // A verb or time word written right before the name (收购荣事达) is not part of it.
  for (let at = start + 1; at < end - 1; at += 1) if (LEFT_WORDS.endingAt(text, at) !== undefined) start = at;
  return start;
}

/** A name opens the text, a clause, or follows a function character or a verb such as 收购. */
function opensName(text: string, start: number): boolean {
  const before = text[start - 1];
  if (before === undefined || !HAN.test(before) || STOP.has(before)) return true;
  return LEFT_WORDS.endingAt(text, start) !== undefined;
}

/** Short listed-company names: a stem and an industry word (海螺水泥, 中国平安 …). */
function suffixNames(text: string, lexicon: NameLexicon, hits: ShapeHit[]): void {
  for (const m of text.matchAll(SUFFIX)) {
    const at = m.index!;
    let end = at + m[0].length;
    for (const [word, next] of Object.entries(TABLE.danglingSuffix)) {
      if (text.slice(end - word.length, end) === word && next.includes(text[end] ?? '') && end - word.length > at) end -= word.length;
    }
    end -= detachedLength(text, at, end);
    if (end === at) continue;
    const known = lexicon.endingAt(text, at, 8);
    let start = known ?? nameStart(text, at, TABLE.maxPrefix);
    if (known === undefined && text.slice(start - CHINA.length, start) === CHINA) start -= CHINA.length;
    const opens = known !== undefined || opensName(text, start);
    if (at - start >= 2 && opens && !isGenericStem(text.slice(start, at))) hits.push({ start, end });
  }
}

/** A name right before its stock code: 经纬纺机（000666）. */
function stockNames(text: string, hits: ShapeHit[]): void {
  for (const m of text.matchAll(STOCK)) {
    const end = m.index!;
    const start = nameStart(text, end, TABLE.maxStockName);
    if (end - start >= 2 && opensName(text, start)) hits.push({ start, end });
  }
}

/** ST-marked listed names stand without the mark (ST松辽 → 松辽, S上石化 → 上石化). */
function listedNames(text: string, hits: ShapeHit[]): void {
  for (const m of text.matchAll(LISTED)) {
    if (/[A-Za-z*]/.test(text[m.index! - 1] ?? '') && m[0] !== '*ST') continue;
    const start = m.index! + m[0].length;
    const length = m[0] === 'S' ? 3 : 2;
    if ([...text.slice(start, start + length)].every((ch) => HAN.test(ch) && !STOP.has(ch))) hits.push({ start, end: start + length });
  }
}

/** Latin brand names written inside Chinese text (Uber, OPPO, ofo). */
function latinNames(text: string, hits: ShapeHit[]): void {
  for (const m of text.matchAll(LATIN)) {
    const name = m[0].replace(/[.'-]+$/, '');
    const start = m.index!;
    // A brand has a capital (Uber, OPPO); lower-case runs are words, links or lower-cased text.
    if (name.length < 2 || !/[A-Z]/.test(name) || LATIN_STOP.has(name) || /^\*?ST/.test(name) || text[start - 1] === '<') continue;
    if (text[start + m[0].length] === '股') continue;
    hits.push({ start, end: start + name.length });
  }
}

const HOLDING = new RegExp(`(?:${zh('holdingVerbs').alternation()})([\\u4e00-\\u9fffA-Za-z]{2,${TABLE.maxContextName}}?)(?=${TABLE.holdingTails})`, 'g');
const ANNOUNCE = new RegExp(`(?:${zh('announceWords').alternation()})`, 'g');

/** Names the sentence frames: the company whose stake changes hands, the one that announces. */
function framedNames(text: string, hits: ShapeHit[]): void {
  for (const m of text.matchAll(HOLDING)) {
    const start = m.index! + m[0].length - m[1]!.length;
    // What the stake is of (余下<N>%) is no part of the name.
    if (![...m[1]!].some((ch) => STOP.has(ch))) hits.push(trimmedName(text, start, start + m[1]!.length));
  }
  for (const m of text.matchAll(ANNOUNCE)) {
    // The time word of 潍柴动力昨日发布公告 is no part of the name.
    const { start, end } = trimmedName(text, nameStart(text, m.index!, TABLE.maxContextName), m.index!);
    // Only a whole clause opening, so that no word of a longer stretch is taken for a name.
    const before = text[start - 1] ?? '';
    if (end - start >= 2 && (start === 0 || !HAN.test(before) || STOP.has(before) || /[日讯]/.test(before))) hits.push({ start, end });
  }
}

/** Name-shaped spans found by the shape table, in text order, possibly overlapping. */
export function shapeNames(text: string, lexicon: NameLexicon): ShapeHit[] {
  const hits: ShapeHit[] = [];
  suffixNames(text, lexicon, hits);
  stockNames(text, hits);
  listedNames(text, hits);
  latinNames(text, hits);
  framedNames(text, hits);
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

const SUFFIX_END = new RegExp(`(?:${zh('financeSuffixes').alternation()})+$`, 'u');

/** The stem of a stem + industry word shape (海螺 of 海螺水泥), or the whole name when no industry word ends it. */
export function shapeStem(name: string): string {
  return name.replace(SUFFIX_END, '');
}

/** True when a name ends in a legal form (有限公司 …), i.e. it is a full registered name. */
export function hasLegalForm(name: string): boolean {
  return LEGAL_FORMS.endsText(name, 2);
}

const CONNECTOR = new RegExp(`(?:${zh('holdingConnectors').alternation()})`, 'g');

/** The company names inside a tagged span that runs several together over a relation word (X旗下Y, 股东X). */
export function splitAtConnectors(text: string, start: number, end: number): ShapeHit[] {
  const parts: ShapeHit[] = [];
  let from = start;
  for (const m of text.slice(start, end).matchAll(CONNECTOR)) {
    parts.push({ start: from, end: start + m.index! });
    from = start + m.index! + m[0].length;
  }
  if (from === start) return [];
  parts.push({ start: from, end });
  return parts.filter((p) => p.end - p.start >= 2);
}

/** How much of the end of text[start, end) is a whole industry word the words after it detach (长源电力控股|股东). */
function detachedLength(text: string, start: number, end: number): number {
  for (const [word, next] of Object.entries(TABLE.detachedSuffix)) {
    if (end - word.length >= start && text.startsWith(word, end - word.length) && next.some((w) => text.startsWith(w, end))) return word.length;
  }
  return 0;
}

/** A tagged name without the time words or quotes glued to its end, and without a dateline (…7日电) glued to its start. */
export function trimmedName(text: string, start: number, end: number): ShapeHit {
  let to = end;
  for (let cut = true; cut; ) {
    const junk = TRAILING_JUNK.suffixOf(text.slice(start, to), 2);
    cut = junk !== undefined;
    if (junk !== undefined) to -= junk.length;
  }
  // An industry word the tagger cut in two (凯马控|股权) is no part of the name when what follows it
  // says so; a whole one only before the words that detach it (湘投控股|股东).
  for (const [word, next] of Object.entries(TABLE.danglingSuffix)) {
    for (let k = word.length - 1; k >= 1; k -= 1) {
      const tail = word.slice(0, k);
      if (to - k - start < 2 || text.slice(to - k, to) !== tail || !text.startsWith(word.slice(k), to)) continue;
      if (next.includes(text[to - k + word.length] ?? '')) to -= k;
      break;
    }
  }
  const detached = detachedLength(text, start, to);
  if (to - start - detached >= 2) to -= detached;
  const dateline = /^日[电讯]?/.exec(text.slice(start, to));
  const afterDate = dateline !== null && /[\d>]/.test(text[start - 1] ?? '') && to - start - dateline[0].length >= 2;
  return { start: afterDate ? start + dateline[0].length : start, end: to };
}

const CUE = new RegExp(zh('financeCues').alternation());
const SENTENCE_END = /[。！？!?；;\n]/g;

/**
 * The sentences of a text that talk business, as spans: a cue word, two of the known names found
 * in it (阿里与高鑫零售…), or a slot only a company fills; names are looked for only inside them.
 */
export function businessSentences(text: string, known: ShapeHit[], slots: ShapeHit[] = []): ShapeHit[] {
  const spans: ShapeHit[] = [];
  const knownSpans = new SpanIndex(known);
  const slotSpans = new SpanIndex(slots);
  const inside = (from: number, end: number) => (h: ShapeHit) => h.start >= from && h.end <= end;
  let from = 0;
  for (const m of [...text.matchAll(SENTENCE_END), { index: text.length }]) {
    const end = Math.min(text.length, m.index! + 1);
    const twoKnown = end > from && knownSpans.overlapping(from, end).filter(inside(from, end)).length >= 2;
    const slot = end > from && slotSpans.some(from, end, inside(from, end));
    if (end > from && (twoKnown || slot || CUE.test(text.slice(from, end)))) spans.push({ start: from, end });
    from = end;
  }
  return spans;
}
