import type { Mention } from '../types';
import { countryNames } from './gazetteer';
import { insideCampaign } from './refine';
import { tagWords } from './segment';
import { foldWidth } from './text';

const JOINERS = '、和与及';

/**
 * Countries the tagger left out (俄罗斯 in 进入俄罗斯、哈萨克斯坦等国): a word jieba cuts whole
 * that is a country's name is that country where it stands in a list with a place, or anywhere in
 * print news, which names every place it mentions. Web news (CLUENER) marks a country only where it
 * is an address, so there a country alone is left to the tagger.
 */
export function withCountryNames(text: string, mentions: Mention[], everywhere: boolean): Mention[] {
  const countries = countryNames();
  const added: Mention[] = [];
  const placeAt = (at: number): boolean => [...mentions, ...added].some((m) => m.type === 'Place' && (m.end === at || m.start === at + 1));
  for (const { word, start, end } of tagWords(foldWidth(text))) {
    if (!countries.has(word) || mentions.some((m) => m.start < end && start < m.end) || insideCampaign(text, start, end)) continue;
    const listed = (JOINERS.includes(text[end] ?? '') && placeAt(end)) || (JOINERS.includes(text[start - 1] ?? '') && placeAt(start - 1));
    if (everywhere || listed) added.push({ text: text.slice(start, end), type: 'Place', start, end });
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start);
}
