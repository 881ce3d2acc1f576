import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType } from '../types';
import { withoutBuiltWorks } from './built-works';
import { mentionsAt } from './mentions-at';

const cases: { label: string; text: string; mentions: Array<[string, EntityType]>; expected: string[] }[] = [
  {
    label: 'bridges, sluices and pumping stations read as firms are dropped',
    text: '青禾路桥公司加固了桂阳大桥、蓝湾闸和新禾泵站。',
    mentions: [['青禾路桥公司', 'Company'], ['桂阳大桥', 'Company'], ['蓝湾闸', 'Institution'], ['新禾泵站', 'Company']],
    expected: ['青禾路桥公司/Company'],
  },
  {
    label: 'a power station is a firm and stays, as do a two-character short form, a person and a place',
    text: '桂阳核电站、金桥和钱立桥都在蓝湾桥。',
    mentions: [['桂阳核电站', 'Company'], ['金桥', 'Company'], ['钱立桥', 'Person'], ['蓝湾桥', 'Place']],
    expected: ['桂阳核电站/Company', '金桥/Company', '钱立桥/Person', '蓝湾桥/Place'],
  },
];

for (const c of cases) {
  test(`withoutBuiltWorks: ${c.label}`, () => {
    assert.deepEqual(withoutBuiltWorks(mentionsAt(c.text, c.mentions)).map((m) => `${m.text}/${m.type}`), c.expected);
  });
}
