import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { FeatureTable } from '../../tagger/index';
import { foldWidth, isAsciiDigit, isLatinLetter, wordHash } from './text';

/** A jieba word with its offsets in the text that was segmented. */
export interface Word {
  word: string;
  tag: string;
  start: number;
  end: number;
}

let jieba: Jieba | undefined;

/** The dictionary takes a quarter of a second to load, so it is built on first use only. */
export function getJieba(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/**
 * jieba's dictionary tags by two 32-bit hashes of the word: the first finds the row, 24 bits of
 * the second confirm it, so a word outside the dictionary passes for one about once in 10^11 looks.
 * A later word whose first hash is taken is kept by name (no two of jieba's 350k words share all
 * 56 bits). A Map of 350k strings took three times as long to read and twice as long to build.
 */
interface DictionaryTags {
  rows: FeatureTable;
  names: string[];
  collided: Map<string, string>;
}

const TAG_BITS = 7;
const CHECK_MASK = 0xffffff;
const DICTIONARY_WORDS = 380_000;

let dictionaryTags: DictionaryTags | undefined;

function checkHash(word: string): number {
  let h = 0x9747b28c;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x5bd1e995) ^ (h >>> 13);
  return (h >>> 0) & CHECK_MASK;
}

/** Lines of jieba's dictionary are `word frequency tag`; the first entry of a word wins, as in jieba. */
function readDictionaryTags(): DictionaryTags {
  const rows = new FeatureTable(DICTIONARY_WORDS);
  const names: string[] = [];
  const tagIds = new Map<string, number>();
  const collided = new Map<string, string>();
  const text = Buffer.from(dict).toString('utf8');
  for (let at = 0; at < text.length; ) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const first = text.indexOf(' ', at);
    const second = first < 0 ? -1 : text.indexOf(' ', first + 1);
    const tag = second > 0 && second < end ? text.slice(second + 1, end).trim() : '';
    if (tag) {
      const word = text.slice(at, first);
      let id = tagIds.get(tag);
      if (id === undefined) tagIds.set(tag, (id = names.push(tag) - 1));
      const check = checkHash(word);
      const h = wordHash(word);
      const row = rows.get(h);
      if (row < 0) rows.set(h, (check << TAG_BITS) | id);
      // The same check bits mean the same word met again: its first entry stands.
      else if (row >>> TAG_BITS !== check && !collided.has(word)) collided.set(word, tag);
    }
    at = end + 1;
  }
  return { rows, names, collided };
}

/**
 * The part of speech jieba's tag() gives a word of its dictionary-only cut: the dictionary's tag,
 * else m for digits, eng for other ASCII letters and digits, x for the rest. tag() itself returns an
 * object per word across the native boundary and costs two and a half times cut(); this reads the
 * same tags (checked word for word on all 9.5M words of the Sina news set) for the price of a hash lookup.
 */
function partOfSpeech(word: string): string {
  dictionaryTags ??= readDictionaryTags();
  const { rows, names, collided } = dictionaryTags;
  const row = rows.get(wordHash(word));
  if (row >= 0 && row >>> TAG_BITS === checkHash(word)) return names[row & ((1 << TAG_BITS) - 1)]!;
  const known = collided.size > 0 ? collided.get(word) : undefined;
  if (known !== undefined) return known;
  let letters = 0;
  let digits = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (isAsciiDigit(code)) digits++;
    else if (!isLatinLetter(code)) continue;
    letters++;
  }
  return letters === 0 ? 'x' : letters === digits ? 'm' : 'eng';
}

/**
 * jieba drops nothing, but offsets are found by searching forward from the previous word so that a
 * word jieba ever rewrites cannot shift every later offset.
 */
export function tagWords(text: string): readonly Word[] {
  const words: Word[] = [];
  let cursor = 0;
  // Handing jieba UTF-8 bytes spares the native side a conversion: a third of cut()'s time.
  for (const word of getJieba().cut(Buffer.from(text, 'utf8'), false)) {
    if (word.length === 0) continue;
    const tag = partOfSpeech(word);
    const at = text.startsWith(word, cursor) ? cursor : text.indexOf(word, cursor);
    if (at < 0) continue;
    words.push({ word, tag, start: at, end: at + word.length });
    cursor = at + word.length;
  }
  return words;
}

/**
 * The words every pass reads a text by: jieba's, of its width-folded form (offsets unchanged).
 * jieba is a quarter of the extractor's time, so an article's context segments once and hands the
 * words to each pass; this is for a caller that holds no context (a test, a training script).
 */
export function segmentWords(text: string): readonly Word[] {
  return tagWords(foldWidth(text));
}

/** The index of the first word starting at or after `pos`, by binary search. */
export function firstWordFrom(words: readonly Word[], pos: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
