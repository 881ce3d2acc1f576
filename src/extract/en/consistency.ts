import type { Mention } from '../types';
import { namesNaturalFeature } from './names';

/**
 * A one-name "person" that repeats a word of an organisation named earlier in the article is that
 * organisation's short name ("Kessler" after "Kessler Antriebstechnik GmbH"), unless a person with
 * that name came first ("Markus Kessler" … "Kessler"). A one-word name that opens a river, lake or
 * mountain named earlier is that place ("the Yangtze" after "the Yangtze River"), unless an
 * organisation or a person opens so too.
 */
export function alignShortNames(mentions: Mention[]): Mention[] {
  const aligned: Mention[] = [];
  for (const mention of mentions) {
    const word = new RegExp(`(?:^|\\s)${mention.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\s|$)`, 'u');
    const named = (types: string[]): Mention | undefined => aligned.find((m) => types.includes(m.type) && word.test(m.text));
    const oneWord = !/\s/.test(mention.text);
    const organisation = mention.type === 'Person' && oneWord ? named(['Company', 'Institution']) : undefined;
    const opens = (types: string[]): boolean => aligned.some((m) => types.includes(m.type) && m.text.startsWith(`${mention.text} `) && (m.type !== 'Place' || namesNaturalFeature(m.text)));
    const place = mention.type !== 'Place' && oneWord && opens(['Place']) && !opens(['Company', 'Institution', 'Person']);
    aligned.push(place ? { ...mention, type: 'Place' } : organisation && !named(['Person']) ? { ...mention, type: organisation.type } : mention);
  }
  return aligned;
}
