import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType, Mention } from '../types';
import { alignShortNames } from './consistency';
import { namesNaturalFeature } from './names';

/** The rule as it was written before the names read so far were indexed: each name against all before it. */
function byScan(mentions: Mention[]): Mention[] {
  const aligned: Mention[] = [];
  for (const mention of mentions) {
    const word = new RegExp(`(?:^|\\s)${mention.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\s|$)`, 'u');
    const named = (types: string[]): Mention | undefined => aligned.find((m) => types.includes(m.type) && word.test(m.text));
    const oneWord = !/\s/.test(mention.text);
    const organisation = mention.type === 'Person' && oneWord ? named(['Company', 'Institution']) : undefined;
    const opens = (types: string[]): boolean => aligned.some((m) => types.includes(m.type) && m.text.startsWith(`${mention.text} `) && (m.type !== 'Place' || namesNaturalFeature(m.text)));
    const place = mention.type !== 'Place' && oneWord && opens(['Place']) && !opens(['Company', 'Institution', 'Person']);
    aligned.push(place ? { ...mention, type: 'Place', rule: 'en-natural-feature' } : organisation && !named(['Person']) ? { ...mention, type: organisation.type, rule: 'en-short-name' } : mention);
  }
  return aligned;
}

const TYPES: Record<string, EntityType> = { C: 'Company', I: 'Institution', P: 'Person', L: 'Place' };

/** `Kessler Antriebstechnik GmbH/C` → a mention; offsets do not matter to the rule. */
const mention = (spec: string, k: number): Mention => {
  const [text, t] = spec.split('/') as [string, string];
  return { text, type: TYPES[t]!, start: k * 100, end: k * 100 + text.length };
};

const cases: Array<{ label: string; mentions: string[]; types: string[] }> = [
  { label: "a one-word person after an organisation holding the word is that organisation", mentions: ['Kessler Antriebstechnik GmbH/C', 'Kessler/P'], types: ['C', 'C'] },
  { label: 'unless a person of that name came first', mentions: ['Markus Kessler/P', 'Kessler Antriebstechnik GmbH/C', 'Kessler/P'], types: ['P', 'C', 'P'] },
  { label: 'the first of two organisations holding the word decides', mentions: ['Hunan Normal University/I', 'Hunan Yunfan Co./C', 'Hunan/P'], types: ['I', 'C', 'I'] },
  { label: 'a word opening a river is that river', mentions: ['Yangtze River/L', 'Yangtze/C'], types: ['L', 'L'] },
  { label: 'unless an organisation opens with it too', mentions: ['Yangtze River/L', 'Yangtze Logistics/C', 'Yangtze/C'], types: ['L', 'C', 'C'] },
  { label: 'a place that is no natural feature gives nothing', mentions: ['Yueyang County/L', 'Yueyang/C'], types: ['L', 'C'] },
  { label: 'a word with characters a pattern would read', mentions: ['A.B. (Holdings) Ltd/C', '(Holdings)/P', 'A.B./P'], types: ['C', 'C', 'C'] },
  { label: 'a name split by other white space', mentions: ['Xinghe\tMotors/C', 'Motors/P', 'Xinghe\u00a0Robotics/L', 'Xinghe/P'], types: ['C', 'C', 'L', 'C'] },
  { label: 'a later name aligned by an aligned one', mentions: ['Weber Antriebe GmbH/C', 'Weber/P', 'Weber/P'], types: ['C', 'C', 'C'] },
];

for (const c of cases) {
  test(`alignShortNames: ${c.label}`, () => {
    const mentions = c.mentions.map(mention);
    const aligned = alignShortNames(mentions);
    assert.deepEqual(aligned, byScan(mentions), 'as each name read against all before it');
    assert.deepEqual(aligned.map((m) => Object.entries(TYPES).find(([, t]) => t === m.type)![0]), c.types);
  });
}

test('alignShortNames: the names above all in one article, in every rotation, as the scan gives them', () => {
  const all = cases.flatMap((c) => c.mentions);
  for (let shift = 0; shift < all.length; shift++) {
    const mentions = [...all.slice(shift), ...all.slice(0, shift)].map(mention);
    assert.deepEqual(alignShortNames(mentions), byScan(mentions));
  }
});
