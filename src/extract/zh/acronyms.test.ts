import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType } from '../types';
import { withoutBareAcronyms } from './acronyms';
import { mentionsAt } from './mentions-at';

const cases: { label: string; text: string; mentions: Array<[string, EntityType, number?]>; expected: string[] }[] = [
  {
    label: 'a product code is no firm',
    text: '新建XQ-LCD面板生产线。',
    mentions: [['XQ-LCD', 'Company']],
    expected: [],
  },
  {
    label: 'a ticker in brackets is no firm',
    text: '收购了上市公司蓝湾(AU：BWX)15%股权。',
    mentions: [['蓝湾', 'Company'], ['AU', 'Company'], ['BWX', 'Company']],
    expected: ['蓝湾/Company'],
  },
  {
    label: 'an acronym the article writes before 集团 is a firm everywhere',
    text: 'XKL携手蓝湾建厂。XKL集团表示。',
    mentions: [['XKL', 'Company'], ['XKL集团', 'Company']],
    expected: ['XKL/Company', 'XKL集团/Company'],
  },
  {
    label: 'an acronym after a country is a foreign maker',
    text: '挪威VOLKA将入驻园区。',
    mentions: [['挪威', 'Place'], ['VOLKA', 'Company']],
    expected: ['挪威/Place', 'VOLKA/Company'],
  },
  {
    label: 'a longer acronym does not frame the shorter one',
    text: '新建XQ-LCD生产线，XQ面板投产。',
    mentions: [['XQ-LCD', 'Company'], ['XQ', 'Company', 1]],
    expected: [],
  },
  {
    label: 'a name in lower case is left to the tagger',
    text: 'Harvatek签约。',
    mentions: [['Harvatek', 'Company']],
    expected: ['Harvatek/Company'],
  },
];

for (const c of cases) {
  test(`withoutBareAcronyms: ${c.label}`, () => {
    assert.deepEqual(withoutBareAcronyms(c.text, mentionsAt(c.text, c.mentions)).map((m) => `${m.text}/${m.type}`), c.expected);
  });
}
