import type { Mention } from '../types';

/**
 * A one-name "person" that repeats a word of an organisation named earlier in the article is that
 * organisation's short name ("Kessler" after "Kessler Antriebstechnik GmbH"), unless a person with
 * that name came first ("Markus Kessler" … "Kessler").
 */
export function alignShortNames(mentions: Mention[]): Mention[] {
  const aligned: Mention[] = [];
  for (const mention of mentions) {
    const word = new RegExp(`(?:^|\\s)${mention.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\s|$)`, 'u');
    const named = (types: string[]): Mention | undefined => aligned.find((m) => types.includes(m.type) && word.test(m.text));
    const organisation = mention.type === 'Person' && !/\s/.test(mention.text) ? named(['Company', 'Institution']) : undefined;
    aligned.push(organisation && !named(['Person']) ? { ...mention, type: organisation.type } : mention);
  }
  return aligned;
}
