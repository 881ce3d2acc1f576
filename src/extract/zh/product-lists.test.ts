import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType } from '../types';
import { mentionsAt } from './mentions-at';
import { withoutProductLists } from './product-lists';

const cases: { label: string; text: string; mentions: Array<[string, EntityType]>; expected: string[] }[] = [
  {
    label: "a maker's models closing on 等车型 are no firms",
    text: '青禾锐行、蓝湾星逸等车型降价两万元。',
    mentions: [['青禾锐行', 'Company'], ['蓝湾星逸', 'Company']],
    expected: [],
  },
  {
    label: 'a count and a modifier may stand between 等 and the noun',
    text: '展厅里停着青禾、蓝湾等十款世界顶级车型。',
    mentions: [['青禾', 'Company'], ['蓝湾', 'Company']],
    expected: [],
  },
  {
    label: 'fields closing on 等领域 are no firms',
    text: '产品广泛应用于航空、船舶、机床等众多领域。',
    mentions: [['船舶', 'Company'], ['机床', 'Company']],
    expected: [],
  },
  {
    label: 'a product noun before a kind noun lists firms',
    text: '青禾、蓝湾等手机厂商纷纷减产。',
    mentions: [['青禾', 'Company'], ['蓝湾', 'Company']],
    expected: ['青禾/Company', '蓝湾/Company'],
  },
  {
    label: 'a list closing on 等企业 lists firms',
    text: '青禾、蓝湾等企业签约入驻桂阳。',
    mentions: [['青禾', 'Company'], ['蓝湾', 'Company'], ['桂阳', 'Place']],
    expected: ['青禾/Company', '蓝湾/Company', '桂阳/Place'],
  },
  {
    label: 'a place in the list is left alone, and a name outside any list too',
    text: '青禾集团在桂阳、蓝湾等线路投放新车。',
    mentions: [['青禾集团', 'Company'], ['桂阳', 'Place'], ['蓝湾', 'Company']],
    expected: ['青禾集团/Company', '桂阳/Place'],
  },
];

for (const c of cases) {
  test(`withoutProductLists: ${c.label}`, () => {
    assert.deepEqual(withoutProductLists(c.text, mentionsAt(c.text, c.mentions)).map((m) => `${m.text}/${m.type}`), c.expected);
  });
}
