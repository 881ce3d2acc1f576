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
  {
    label: 'an unclosed list with an item naming a model lists models: its makers and models are no firms',
    text: '入门车型基本上是青禾X6、蓝湾7系列、新禾锐行，豪华品牌销量大增。',
    mentions: [['青禾', 'Company'], ['蓝湾', 'Company'], ['新禾锐行', 'Company']],
    expected: [],
  },
  {
    label: 'a firm opening a clause that lists models stays: much more than a model stands after it',
    text: '青禾集团今年推出桂阳X5、蓝湾S6。',
    mentions: [['青禾集团', 'Company'], ['桂阳', 'Company'], ['蓝湾', 'Company']],
    expected: ['青禾集团/Company'],
  },
  {
    label: 'a business model (B2B) or a plant\'s unit numbers (3、4号机组) name no model: the firms stay',
    text: '青禾B2B、蓝湾、新禾等平台发展迅速，桂阳核电站3、4号机组投产。',
    mentions: [['蓝湾', 'Company'], ['新禾', 'Company'], ['桂阳核电站', 'Company']],
    expected: ['蓝湾/Company', '新禾/Company', '桂阳核电站/Company'],
  },
];

for (const c of cases) {
  test(`withoutProductLists: ${c.label}`, () => {
    assert.deepEqual(withoutProductLists(c.text, mentionsAt(c.text, c.mentions)).map((m) => `${m.text}/${m.type}`), c.expected);
  });
}
