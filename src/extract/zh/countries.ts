import type { Mention } from '../types';
import { countryNames } from './gazetteer';
import { insideCampaign } from './refine';
import { segmentWords, type Word } from './segment';
import { SpanIndex } from '../spans';

const JOINERS = '、和与及';

/**
 * Countries the tagger left out (俄罗斯 in 进入俄罗斯、哈萨克斯坦等国): a word jieba cuts whole
 * that is a country's name is that country where it stands in a list with a place, or anywhere in
 * print news, which names every place it mentions. Web news (CLUENER) marks a country only where it
 * is an address, so there a country alone is left to the tagger.
 */
export function withCountryNames(text: string, mentions: Mention[], everywhere: boolean, words: readonly Word[] = segmentWords(text)): Mention[] {
  const countries = countryNames();
  const added: Mention[] = [];
  const spans = new SpanIndex(mentions);
  // Where places end and start, the countries added among them.
  const placeEnds = new Set<number>();
  const placeStarts = new Set<number>();
  const place = (m: Mention): void => {
    if (m.type !== 'Place') return;
    placeEnds.add(m.end);
    placeStarts.add(m.start);
  };
  mentions.forEach(place);
  const placeAt = (at: number): boolean => placeEnds.has(at) || placeStarts.has(at + 1);
  for (const { word, start, end } of words) {
    if (!countries.has(word) || spans.some(start, end) || insideCampaign(text, start, end)) continue;
    const listed = (JOINERS.includes(text[end] ?? '') && placeAt(end)) || (JOINERS.includes(text[start - 1] ?? '') && placeAt(start - 1));
    if (!everywhere && !listed) continue;
    const country: Mention = { text: text.slice(start, end), type: 'Place', start, end, rule: 'country-name' };
    added.push(country);
    place(country);
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start);
}
