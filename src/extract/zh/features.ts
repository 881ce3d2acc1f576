import { FeatureTable, featureHash } from '../../tagger/index';
import { backwardHash, HashedNames, HASH_START, placeInMatch, step } from './dictionary';
import { defaultEntityLexicon, entityMarks, type EntityLexicon } from './entity-lexicon';
import { getLexicon, type Lexicon } from './lexicon';
import { transliterationMarks } from './runs';
import { segmentWords, type Word } from './segment';
import { foldWidth, isAsciiDigit, isHan, isHighSurrogate, isLatinLetter, isLowSurrogate, wordHash } from './text';

/** Feature hashes per character; changing templates means retraining, so the count is versioned. */
export const FEATURES_PER_POSITION = 26;
/**
 * The first features of each position, from the lexicons and word shapes alone: a few thousand
 * joint values cover nearly every position of news, so the model sums their weights once per value.
 */
export const SHARED_FEATURES = 9;
export const FEATURE_VERSION = 4;

/**
 * Annotation conventions differ between print news (People's Daily: every place is a mention), web
 * news (CLUENER: places only as addresses) and finance news (FinRE: every company and brand by its
 * short name). Features carry no style: the tagger is trained with a shared and a per-style copy of
 * each and ships one folded weight table per style.
 */
export type TextStyle = 'print' | 'web' | 'finance' | 'news';

const BOS = 1;
const EOS = 2;
const MAX_SUFFIX = 6;
const MAX_PLACE = 8;
const LOOKAHEAD = 15;
const posIds = new Map<string, number>();

function posId(tag: string): number {
  let id = posIds.get(tag);
  if (id === undefined) {
    id = featureHash(99, tag.length, tag.charCodeAt(0), tag.length > 1 ? tag.charCodeAt(1) * 65536 + (tag.charCodeAt(2) || 0) : 0);
    posIds.set(tag, id);
  }
  return id;
}

/** Digits fold to 0 and Latin to lower case so numbers and brand spellings share features. */
function featureCode(code: number): number {
  if (isAsciiDigit(code)) return 48;
  if (code >= 65 && code <= 90) return code + 32;
  if (isHighSurrogate(code) || isLowSurrogate(code)) return 0xd800;
  return code;
}

function charClass(code: number): number {
  if (isHan(code)) return 1;
  if (isAsciiDigit(code)) return 2;
  if (isLatinLetter(code)) return 3;
  if (code <= 0x7f || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef)) return 4;
  return 5;
}

const SUFFIX_TYPE: Record<string, number> = { Company: 1, Institution: 2, Place: 3 };
interface LexiconHashes {
  /** Place name → 1 full name, 2 county short form. */
  places: HashedNames;
  /** Hash of a suffix read backwards → suffix type. */
  suffixes: FeatureTable;
  /** Quick reject: characters that end some suffix. */
  suffixLastChar: Uint8Array;
}

let hashes: LexiconHashes | undefined;

function lexiconHashes(lex: Lexicon): LexiconHashes {
  if (hashes) return hashes;
  // First value wins: a full name stays a full name even where it is also a county's short form.
  const places = new HashedNames(lex.places.size + lex.countyShortForms.size);
  for (const name of lex.places) if (name.length <= MAX_PLACE) places.add(name, 1);
  for (const name of lex.countyShortForms) if (name.length <= MAX_PLACE) places.add(name, 2);
  const suffixes = new FeatureTable(lex.suffixes.length);
  const suffixLastChar = new Uint8Array(65536);
  for (const { suffix, type } of lex.suffixes) {
    suffixes.set(backwardHash(suffix), SUFFIX_TYPE[type]);
    suffixLastChar[suffix.charCodeAt(suffix.length - 1)] = 1;
  }
  hashes = { places, suffixes, suffixLastChar };
  return hashes;
}

/** Per position: which lexicon entries cover it (places by forward maximum match, suffixes ending anywhere). */
function lexiconMarks(folded: string, lex: Lexicon, n: number) {
  const { places, suffixes, suffixLastChar } = lexiconHashes(lex);
  const place = new Int32Array(n);
  places.forEachLongest(folded, n, MAX_PLACE, (start, length, kind) => {
    for (let k = 0; k < length; k++) place[start + k] = kind * 64 + length * 4 + placeInMatch(k, length);
  });
  const suffix = new Int32Array(n);
  const ahead = new Int32Array(n);
  let nextEnd = -1;
  let nextType = 0;
  for (let end = n - 1; end >= 0; end--) {
    let h = HASH_START;
    let best = 0;
    let bestType = 0;
    const probe = suffixLastChar[folded.charCodeAt(end)] ? MAX_SUFFIX : 0;
    for (let len = 1; len <= probe && end - len + 1 >= 0; len++) {
      h = step(h, folded.charCodeAt(end - len + 1));
      const t = suffixes.get(h);
      if (t >= 0) {
        best = len;
        bestType = t;
      }
    }
    if (best) {
      for (let k = 0; k < best; k++) if (!suffix[end - k]) suffix[end - k] = bestType * 256 + best * 16 + (best - 1 - k);
      nextEnd = end;
      nextType = bestType;
    }
    if (nextEnd >= 0 && nextEnd - end <= LOOKAHEAD) ahead[end] = nextType * 32 + (nextEnd - end);
  }
  return { place, suffix, ahead };
}

let surnameCodes: { single: Uint8Array; compound: Set<number> } | undefined;

/** Surnames as character codes, so probing costs no substrings. */
function surnameTable(lex: Lexicon): { single: Uint8Array; compound: Set<number> } {
  if (surnameCodes) return surnameCodes;
  const single = new Uint8Array(65536);
  const compound = new Set<number>();
  for (const name of lex.surnames) {
    if (name.length === 1) single[name.charCodeAt(0)] = 1;
    else compound.add(name.charCodeAt(0) * 65536 + name.charCodeAt(1));
  }
  surnameCodes = { single, compound };
  return surnameCodes;
}

/** 1 where a single-character surname starts, 2 where a compound one does. */
function surnameMarks(folded: string, lex: Lexicon, n: number): Uint8Array {
  const { single, compound } = surnameTable(lex);
  const marks = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const code = folded.charCodeAt(i);
    if (i + 1 < n && compound.has(code * 65536 + folded.charCodeAt(i + 1))) marks[i] = 2;
    else if (single[code]) marks[i] = 1;
  }
  return marks;
}

/**
 * Feature hashes for every UTF-16 position of text: FEATURES_PER_POSITION per position, 0 = absent.
 * `entities` is the lexicon of entity surfaces; training passes one mined without the sentence's fold.
 * `into`, when long enough, is written instead of a new array: a tagger reading one text at a time
 * reuses one buffer rather than leave a hundred bytes a character to the garbage collector.
 */
/** `words` are the text's segmentWords when the caller holds them already (an article's context). */
export function chineseFeatures(text: string, entities: EntityLexicon = defaultEntityLexicon(), into?: Uint32Array, words: readonly Word[] = segmentWords(text)): Uint32Array {
  const n = text.length;
  const P = FEATURES_PER_POSITION;
  const out = into && into.length >= n * P ? into.subarray(0, n * P) : new Uint32Array(n * P);
  if (n === 0) return out;
  const folded = foldWidth(text);
  const lex = getLexicon();
  const c = new Int32Array(n + 4);
  c[0] = BOS;
  c[1] = BOS;
  c[n + 2] = EOS;
  c[n + 3] = EOS;
  const cls = new Int32Array(n + 2);
  for (let i = 0; i < n; i++) {
    const code = folded.charCodeAt(i);
    c[i + 2] = featureCode(code);
    cls[i + 1] = charClass(code);
  }
  const wordPos = new Int32Array(n);
  const wordPosTag = new Int32Array(n);
  const wordId = new Uint32Array(n);
  const prevWord = new Uint32Array(n);
  const nextWord = new Uint32Array(n);
  const prevTag = new Int32Array(n);
  const nextTag = new Int32Array(n);
  const ids = words.map(({ word }) => (word.length <= 8 ? wordHash(word) : 0));
  const tags = words.map(({ tag }) => posId(tag));
  for (let w = 0; w < words.length; w++) {
    const { start, end } = words[w];
    const before = w > 0 ? ids[w - 1] : BOS;
    const after = w + 1 < words.length ? ids[w + 1] : EOS;
    const beforeTag = w > 0 ? tags[w - 1] : BOS;
    const afterTag = w + 1 < words.length ? tags[w + 1] : EOS;
    for (let i = start; i < end; i++) {
      wordPos[i] = end - start === 1 ? 3 : i === start ? 0 : i === end - 1 ? 2 : 1;
      wordPosTag[i] = tags[w];
      wordId[i] = ids[w];
      prevWord[i] = before;
      nextWord[i] = after;
      prevTag[i] = beforeTag;
      nextTag[i] = afterTag;
    }
  }
  const { place, suffix, ahead } = lexiconMarks(folded, lex, n);
  const surnames = surnameMarks(folded, lex, n);
  const known = entityMarks(folded, entities, n);
  const foreign = transliterationMarks(folded, n);
  // Three loops of at most twelve hashes each: one loop of 26 calls outgrew what the compiler inlines.
  const marks: PositionMarks = { wordPos, wordPosTag, place, suffix, ahead, surnames, known, foreign, cls };
  sharedFeatures(out, n, marks);
  characterFeatures(out, n, c);
  wordFeatures(out, n, c, { wordPos, wordPosTag, wordId, prevWord, nextWord, prevTag, nextTag });
  return out;
}

/** What the shared features of a position read: its word's shape and the lexicon marks. */
interface PositionMarks {
  wordPos: Int32Array;
  wordPosTag: Int32Array;
  place: Int32Array;
  suffix: Int32Array;
  ahead: Int32Array;
  surnames: Uint8Array;
  known: ArrayLike<number>;
  foreign: Int32Array;
  cls: Int32Array;
}

/** Features 0 to SHARED_FEATURES-1 of every position: they take few joint values, and the model caches their summed weights. */
function sharedFeatures(out: Uint32Array, n: number, marks: PositionMarks): void {
  const P = FEATURES_PER_POSITION;
  const { wordPos, wordPosTag, place, suffix, ahead, surnames, known, foreign, cls } = marks;
  const bias = featureHash(0, 1);
  for (let i = 0; i < n; i++) {
    const o = i * P;
    const wp = wordPos[i];
    const surname = surnames[i];
    // Outside a run, only its edges matter: whether a name's run ends right before or after here.
    const before = i > 0 ? foreign[i - 1] : 0;
    const after = i + 1 < n ? foreign[i + 1] : 0;
    out[o] = bias;
    out[o + 1] = featureHash(13, wp, wordPosTag[i]);
    out[o + 2] = featureHash(19, place[i]);
    out[o + 3] = featureHash(20, suffix[i]);
    out[o + 4] = featureHash(21, ahead[i], cls[i + 1]);
    out[o + 5] = featureHash(22, surname, cls[i], wp);
    out[o + 6] = featureHash(23, cls[i], cls[i + 1], cls[i + 2]);
    out[o + 7] = featureHash(24, known[i]);
    out[o + 8] = foreign[i] || before || after ? featureHash(25, foreign[i], foreign[i] ? wp : before && 1 + (before & 3), foreign[i] ? 0 : after && 1 + (after & 3)) : 0;
  }
}

/** Features 9 to 20: the characters around a position, one, two and three at a time. */
function characterFeatures(out: Uint32Array, n: number, c: Int32Array): void {
  const P = FEATURES_PER_POSITION;
  for (let i = 0; i < n; i++) {
    const o = i * P;
    const m2 = c[i];
    const m1 = c[i + 1];
    const c0 = c[i + 2];
    const p1 = c[i + 3];
    const p2 = c[i + 4];
    out[o + 9] = featureHash(1, c0);
    out[o + 10] = featureHash(2, m1);
    out[o + 11] = featureHash(3, p1);
    out[o + 12] = featureHash(4, m2);
    out[o + 13] = featureHash(5, p2);
    out[o + 14] = featureHash(6, m2, m1);
    out[o + 15] = featureHash(7, m1, c0);
    out[o + 16] = featureHash(8, c0, p1);
    out[o + 17] = featureHash(9, p1, p2);
    out[o + 18] = featureHash(10, m2, m1, c0);
    out[o + 19] = featureHash(11, m1, c0, p1);
    out[o + 20] = featureHash(12, c0, p1, p2);
  }
}

/** Features 21 to 25: the jieba word a position is in, and the words and tags beside it. */
function wordFeatures(out: Uint32Array, n: number, c: Int32Array, w: { wordPos: Int32Array; wordPosTag: Int32Array; wordId: Uint32Array; prevWord: Uint32Array; nextWord: Uint32Array; prevTag: Int32Array; nextTag: Int32Array }): void {
  const P = FEATURES_PER_POSITION;
  const { wordPos, wordPosTag, wordId, prevWord, nextWord, prevTag, nextTag } = w;
  for (let i = 0; i < n; i++) {
    const o = i * P;
    const wp = wordPos[i];
    out[o + 21] = featureHash(14, wp, wordPosTag[i], c[i + 2]);
    out[o + 22] = wordId[i] ? featureHash(15, wp, wordId[i]) : 0;
    out[o + 23] = featureHash(16, wp, prevTag[i], nextTag[i]);
    out[o + 24] = wp === 0 || wp === 3 ? featureHash(17, prevWord[i]) : 0;
    out[o + 25] = wp === 2 || wp === 3 ? featureHash(18, nextWord[i]) : 0;
  }
}
