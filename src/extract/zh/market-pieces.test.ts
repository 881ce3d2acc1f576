import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType } from '../types';
import { withoutMarketPieces } from './market-pieces';
import { mentionsAt } from './mentions-at';

const cases: { label: string; text: string; mentions: Array<[string, EntityType]>; expected: string[] }[] = [
  {
    label: "a firm cut before an exchange's or an index's head is dropped",
    text: '青禾在桂阳证券交易所上市，蓝湾工业平均指数上涨。',
    mentions: [['青禾', 'Company'], ['桂阳证券', 'Company'], ['蓝湾', 'Company']],
    expected: ['青禾/Company'],
  },
  {
    label: 'a place before an exchange and a firm elsewhere stay',
    text: '新禾集团的股票在桂阳交易所交易。',
    mentions: [['新禾集团', 'Company'], ['桂阳', 'Place']],
    expected: ['新禾集团/Company', '桂阳/Place'],
  },
];

for (const c of cases) {
  test(`withoutMarketPieces: ${c.label}`, () => {
    assert.deepEqual(withoutMarketPieces(c.text, mentionsAt(c.text, c.mentions)).map((m) => `${m.text}/${m.type}`), c.expected);
  });
}
