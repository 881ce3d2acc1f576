import { readFileSync } from 'node:fs';
import type { EntityType } from '../types';
import type { TokenSpan } from './organisations';
import type { Token } from './tokenize';

const table = JSON.parse(readFileSync(new URL('./names.json', import.meta.url), 'utf8')) as {
  titles: string[];
  chineseSuffixes: Array<[string, EntityType]>;
  naturalFeatures: string[];
};
const titles = new Set(table.titles);
const naturalFeatures = new Set(table.naturalFeatures);

/** Whether a place's name ends in a river's, lake's or mountain's word (Yangtze River, Dongting Lake). */
export function namesNaturalFeature(name: string): boolean {
  return naturalFeatures.has(name.split(/\s+/).pop() ?? '');
}
const suffixes = [...table.chineseSuffixes].sort((a, b) => b[0].length - a[0].length);
const HAN = /^\p{Script=Han}{2,}$/u;

/** A person span without the courtesy title in front ("Dr. Wang" → "Wang"), as CoNLL marks it. */
export function withoutTitle(tokens: Token[], span: TokenSpan): TokenSpan {
  let start = span.start;
  while (start < span.end - 1 && titles.has(tokens[start].text)) start++;
  return { ...span, start };
}

/** Names written in Chinese characters inside English text, typed by their last characters (…有限公司, …医院, …县). */
export function chineseNameSpans(tokens: Token[]): TokenSpan[] {
  return tokens.flatMap((token, i) => {
    if (!HAN.test(token.text)) return [];
    const suffix = suffixes.find(([ending]) => token.text.endsWith(ending) && token.text.length > ending.length);
    return suffix ? [{ type: suffix[1], start: i, end: i + 1, decisive: true }] : [];
  });
}
