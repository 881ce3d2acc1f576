import { en } from '../../lexicon';
import { typeSuffixes } from '../zh/lexicon';
import type { TokenSpan } from './organisations';
import type { Token } from './tokenize';

const titles = en('courtesyTitles');
const naturalFeatures = en('naturalFeatures');

/** Whether a place's name ends in a river's, lake's or mountain's word (Yangtze River, Dongting Lake). */
export function namesNaturalFeature(name: string): boolean {
  return naturalFeatures.has(name.split(/\s+/).pop() ?? '');
}
const HAN = /^\p{Script=Han}{2,}$/u;

/** A person span without the courtesy title in front ("Dr. Wang" → "Wang"), as CoNLL marks it. */
export function withoutTitle(tokens: Token[], span: TokenSpan): TokenSpan {
  let start = span.start;
  while (start < span.end - 1 && titles.has(tokens[start].text)) start++;
  return { ...span, start };
}

/**
 * Names written in Chinese characters inside English text, typed by their last characters (…有限公司,
 * …医院, …县) as the Chinese extractor types them (src/lexicon/zh: companySuffixes, institutionSuffixes, placeSuffixes).
 */
export function chineseNameSpans(tokens: Token[]): TokenSpan[] {
  const { suffixes } = typeSuffixes();
  return tokens.flatMap((token, i) => {
    if (!HAN.test(token.text)) return [];
    const suffix = suffixes.find(({ suffix }) => token.text.endsWith(suffix) && token.text.length > suffix.length);
    return suffix ? [{ type: suffix.type, start: i, end: i + 1, decisive: true }] : [];
  });
}
