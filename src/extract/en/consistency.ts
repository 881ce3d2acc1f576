import type { EntityType, Mention } from '../types';
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
  // What the names read so far offer, by type: their words (with the first position holding each) and their opening words.
  const words = new Map<EntityType, Map<string, number>>();
  const openings = new Map<EntityType, Set<string>>();
  const remember = (m: Mention, at: number): void => {
    const byWord = words.get(m.type) ?? new Map<string, number>();
    words.set(m.type, byWord);
    for (const word of m.text.split(/\s/)) if (!byWord.has(word)) byWord.set(word, at);
    const space = m.text.indexOf(' ');
    if (space >= 0 && (m.type !== 'Place' || namesNaturalFeature(m.text))) {
      const opening = openings.get(m.type) ?? new Set<string>();
      openings.set(m.type, opening.add(m.text.slice(0, space)));
    }
  };
  for (const mention of mentions) {
    // Only a one-word name is looked up: it is then a whole word of an earlier name, or its first word.
    const oneWord = !/\s/.test(mention.text);
    const named = (types: EntityType[]): Mention | undefined => {
      const first = Math.min(...types.map((t) => words.get(t)?.get(mention.text) ?? Infinity));
      return aligned[first];
    };
    const opens = (types: EntityType[]): boolean => types.some((t) => openings.get(t)?.has(mention.text) ?? false);
    const organisation = mention.type === 'Person' && oneWord ? named(['Company', 'Institution']) : undefined;
    const place = mention.type !== 'Place' && oneWord && opens(['Place']) && !opens(['Company', 'Institution', 'Person']);
    const kept = place ? { ...mention, type: 'Place' as const, rule: 'en-natural-feature' } : organisation && !named(['Person']) ? { ...mention, type: organisation.type, rule: 'en-short-name' } : mention;
    remember(kept, aligned.push(kept) - 1);
  }
  return aligned;
}
