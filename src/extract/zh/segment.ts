import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

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
 * jieba drops nothing, but offsets are found by searching forward from the previous word so that a
 * word jieba ever rewrites cannot shift every later offset.
 */
export function tagWords(text: string): Word[] {
  const words: Word[] = [];
  let cursor = 0;
  for (const { word, tag } of getJieba().tag(text)) {
    if (word.length === 0) continue;
    const at = text.startsWith(word, cursor) ? cursor : text.indexOf(word, cursor);
    if (at < 0) continue;
    words.push({ word, tag, start: at, end: at + word.length });
    cursor = at + word.length;
  }
  return words;
}
