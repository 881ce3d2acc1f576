import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { isAsciiDigit, isLatinLetter } from './text';

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

let dictionaryTags: Map<string, string> | undefined;

/** Lines of jieba's dictionary are `word frequency tag`; the first entry of a word wins, as in jieba. */
function readDictionaryTags(): Map<string, string> {
  const tags = new Map<string, string>();
  const text = Buffer.from(dict).toString('utf8');
  for (let at = 0; at < text.length; ) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const first = text.indexOf(' ', at);
    const second = first < 0 ? -1 : text.indexOf(' ', first + 1);
    if (second > 0 && second < end) {
      const word = text.slice(at, first);
      const tag = text.slice(second + 1, end).trim();
      if (tag && !tags.has(word)) tags.set(word, tag);
    }
    at = end + 1;
  }
  return tags;
}

/**
 * The part of speech jieba's tag() gives a word of its dictionary-only cut: the dictionary's tag,
 * else m for digits, eng for other ASCII letters and digits, x for the rest. tag() itself returns an
 * object per word across the native boundary and costs two and a half times cut(); this reads the
 * same tags (checked word for word on 650k words of news) for the price of a map lookup.
 */
function partOfSpeech(word: string): string {
  dictionaryTags ??= readDictionaryTags();
  const known = dictionaryTags.get(word);
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
 * The last text segmented and its words: the tagger's features and the finance layer after it read
 * the same text, and jieba is a quarter of the extractor's time. Callers must not change the array.
 */
let lastText: string | undefined;
let lastWords: readonly Word[] = [];

/** Drops the remembered segmentation, so that a benchmark's sides each pay for their own jieba run. */
export function forgetLastSegmentation(): void {
  lastText = undefined;
  lastWords = [];
}

/**
 * jieba drops nothing, but offsets are found by searching forward from the previous word so that a
 * word jieba ever rewrites cannot shift every later offset.
 */
export function tagWords(text: string): readonly Word[] {
  if (text === lastText) return lastWords;
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
  lastText = text;
  lastWords = words;
  return words;
}
