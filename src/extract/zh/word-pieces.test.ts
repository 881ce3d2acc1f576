import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType, Mention } from '../types';
import { withoutWordPieces } from './word-pieces';

/** Mentions at the first occurrence of each name in the text. */
function at(text: string, pairs: Array<[string, EntityType]>): Mention[] {
  return pairs.map(([name, type]) => {
    const start = text.indexOf(name);
    return { text: name, type, start, end: start + name.length };
  });
}

const cases: { label: string; text: string; mentions: Array<[string, EntityType]>; expected: string[] }[] = [
  { label: 'a piece of a longer word is dropped', text: '在延安和陕北生活。', mentions: [['延安', 'Place'], ['陕', 'Place']], expected: ['延安/Place'] },
  { label: 'two one-character names side by side are a shredded name', text: '（简称博西）家用电器', mentions: [['博', 'Place'], ['西', 'Place']], expected: [] },
  { label: 'a one-character place beside function words stays', text: '漳州就在京与首钢公司签约。', mentions: [['漳州', 'Place'], ['京', 'Place']], expected: ['漳州/Place', '京/Place'] },
  { label: 'a one-character place in a list stays', text: '销往欧洲及日、韩等地。', mentions: [['欧洲', 'Place'], ['韩', 'Place']], expected: ['欧洲/Place', '韩/Place'] },
  { label: 'a longer name is left alone', text: '在陕北生活。', mentions: [['陕北', 'Place']], expected: ['陕北/Place'] },
];

for (const c of cases) {
  test(`withoutWordPieces: ${c.label}`, () => {
    assert.deepEqual(withoutWordPieces(c.text, at(c.text, c.mentions)).map((m) => `${m.text}/${m.type}`), c.expected);
  });
}
