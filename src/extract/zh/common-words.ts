import { readFileSync } from 'node:fs';

let commonWords: ReadonlySet<string> | undefined;

/**
 * Whether a surface is a common word of general Chinese: a jieba word the labelled NER corpora
 * (MSRA, CLUENER, Weibo, Resume) write often and seldom as a name (models/zh-common-words.txt,
 * mined by scripts/mine-common-words.ts). Read once, on first use.
 */
export function isCommonWord(surface: string): boolean {
  commonWords ??= new Set(readFileSync(new URL('../../../models/zh-common-words.txt', import.meta.url), 'utf8').split('\n').filter((line) => line && !line.startsWith('#')));
  return commonWords.has(surface);
}
