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
    label: 'a kind noun right before it frames a firm',
    text: '根据市场调研机构QRC提供的数据。',
    mentions: [['QRC', 'Company']],
    expected: ['QRC/Company'],
  },
  {
    label: 'a firm beside it in a list frames a firm',
    text: '显示器厂商中，QRC、青禾和蓝湾都推出了新品。',
    mentions: [['QRC', 'Company'], ['青禾', 'Company'], ['蓝湾', 'Company']],
    expected: ['QRC/Company', '青禾/Company', '蓝湾/Company'],
  },
  {
    label: 'a source cited frames a firm, and so does an analyst after it',
    text: '据QRC统计，销量增长；MZT分析师表示乐观。',
    mentions: [['QRC', 'Company'], ['MZT', 'Company']],
    expected: ['QRC/Company', 'MZT/Company'],
  },
  {
    label: "a code with digits beside a firm is its product's model",
    text: '青禾的QX7、蓝湾的B70销量领先。',
    mentions: [['青禾', 'Company'], ['QX7', 'Company'], ['蓝湾', 'Company'], ['B70', 'Company']],
    expected: ['青禾/Company', '蓝湾/Company'],
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
