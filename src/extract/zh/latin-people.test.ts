import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType } from '../types';
import { withLatinPeople } from './latin-people';
import { mentionsAt } from './mentions-at';

const cases: { label: string; text: string; mentions: Array<[string, EntityType, number?]>; expected: string[] }[] = [
  {
    label: "a person's Latin name read as a firm is a person, every reading of it",
    text: '青禾公司任命George Harris为北美总裁。George Harris表示将扩大投资。',
    mentions: [['青禾公司', 'Company'], ['George Harris', 'Company'], ['George Harris', 'Company', 1]],
    expected: ['青禾公司/Company', 'George Harris/Person', 'George Harris/Person'],
  },
  {
    label: 'names run together are read too, and the Chinese name the Latin is the bracketed original of',
    text: '蓝湾矿业的哈里斯(MarkHarris)表示，产量将翻番。',
    mentions: [['蓝湾矿业', 'Company'], ['哈里斯', 'Company'], ['MarkHarris', 'Company']],
    expected: ['蓝湾矿业/Company', '哈里斯/Person', 'MarkHarris/Person'],
  },
  {
    label: 'a word English uses (Sugar, Foods) or a legal form makes the name a firm\'s',
    text: '参照Grange Sugar、Hart Foods和Trina SolarLtd的成本。',
    mentions: [['Grange Sugar', 'Company'], ['Hart Foods', 'Company'], ['Trina SolarLtd', 'Company']],
    expected: ['Grange Sugar/Company', 'Hart Foods/Company', 'Trina SolarLtd/Company'],
  },
  {
    label: 'a name the article frames as a firm stays one: a kind of firm before it, a firm\'s word after it',
    text: '青禾收购了瑞士电表制造商George Harris。Mark Wilson公司也在其列。',
    mentions: [['青禾', 'Company'], ['George Harris', 'Company'], ['Mark Wilson', 'Company']],
    expected: ['青禾/Company', 'George Harris/Company', 'Mark Wilson/Company'],
  },
];

for (const c of cases) {
  test(`withLatinPeople: ${c.label}`, () => {
    assert.deepEqual(withLatinPeople(c.text, mentionsAt(c.text, c.mentions)).map((m) => `${m.text}/${m.type}`), c.expected);
  });
}
