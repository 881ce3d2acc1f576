import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType } from '../types';
import { withoutWordPieces } from './word-pieces';
import { mentionsAt } from './mentions-at';

const cases: { label: string; text: string; mentions: Array<[string, EntityType]>; expected: string[] }[] = [
  { label: 'a piece of a longer word is dropped', text: '在福州和闽南生活。', mentions: [['福州', 'Place'], ['闽', 'Place']], expected: ['福州/Place'] },
  { label: 'two one-character names side by side are a shredded name', text: '（简称蓝弗）家用电器', mentions: [['蓝', 'Place'], ['弗', 'Place']], expected: [] },
  { label: 'a one-character place beside function words stays', text: '园区就在京与蓝湾公司签约。', mentions: [['京', 'Place']], expected: ['京/Place'] },
  { label: 'a one-character place in a list stays', text: '产品出口日、韩两国。', mentions: [['韩', 'Place']], expected: ['韩/Place'] },
  { label: 'a longer name is left alone', text: '在闽南生活。', mentions: [['闽南', 'Place']], expected: ['闽南/Place'] },
];

for (const c of cases) {
  test(`withoutWordPieces: ${c.label}`, () => {
    assert.deepEqual(withoutWordPieces(c.text, mentionsAt(c.text, c.mentions)).map((m) => `${m.text}/${m.type}`), c.expected);
  });
}
