import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityType } from '../types';
import { entityLexicon, entityMarks, mineEntities } from './entity-lexicon';

describe('mineEntities', () => {
  const mined = mineEntities([
    { text: '华为在深圳', spans: [{ start: 0, end: 2, type: 'Company' }, { start: 3, end: 5, type: 'Place' }] },
    { text: '华为公司', spans: [{ start: 0, end: 2, type: 'Company' }] },
    { text: '华为说', spans: [{ start: 0, end: 2, type: 'Institution' }] },
    { text: '李在', spans: [{ start: 0, end: 1, type: 'Person' }] },
    { text: 'ＡＢ公司', spans: [{ start: 0, end: 4, type: 'Company' }] },
  ]);
  const cases: Array<[string, string, EntityType | undefined]> = [
    ['keeps the type given most often', '华为', 'Company'],
    ['keeps a surface seen once', '深圳', 'Place'],
    ['drops single characters', '李', undefined],
    ['stores surfaces width-folded', 'AB公司', 'Company'],
  ];
  for (const [label, surface, type] of cases) it(label, () => assert.equal(mined.get(surface), type));
});

describe('entityMarks', () => {
  const lex = entityLexicon(new Map<string, EntityType>([['北京', 'Place'], ['北京大学', 'Institution'], ['王小明', 'Person']]));
  const cases: Array<[string, string, number[]]> = [
    ['marks the longest surface with its type and place in the match', '在北京大学', [0, 16, 17, 17, 18]],
    ['marks a shorter surface where the longer does not match', '北京的', [8, 10, 0]],
    ['marks nothing in unknown text', '今天下雨', [0, 0, 0, 0]],
    ['marks a name at the end of the text', '我是王小明', [0, 0, 4, 5, 6]],
  ];
  for (const [label, text, expected] of cases) it(label, () => assert.deepEqual([...entityMarks(text, lex, text.length)], expected));
});
