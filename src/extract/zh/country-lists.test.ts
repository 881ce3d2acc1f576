import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType } from '../types';
import { withCountryLists } from './country-lists';
import { mentionsAt } from './mentions-at';
import { segmentWords } from './segment';

const show = (ms: { text: string; type: string }[]) => ms.map((m) => `${m.text}/${m.type}`);

const cases: { label: string; text: string; mentions: Array<[string, EntityType, number?]>; expected: string[] }[] = [
  {
    label: 'firms listed by country, one of them read: every item is a firm',
    text: '展会吸引了芬兰沃森、卡拉维，日本的矢田部、大仓井，德国科瑞等厂商参展。',
    mentions: [['芬兰', 'Place'], ['沃森', 'Company'], ['日本', 'Place']],
    expected: ['芬兰/Place', '沃森/Company', '卡拉维/Company', '日本/Place', '矢田部/Company', '大仓井/Company', '德国/Place', '科瑞/Company'],
  },
  {
    label: 'one country and 等 close an enumeration too; a piece of an item read as a known brand is the item',
    text: '采购商如美国贝森、蓝海尔、柯德等纷纷到场。',
    mentions: [['美国', 'Place'], ['贝森', 'Company'], ['海尔', 'Company']],
    expected: ['美国/Place', '贝森/Company', '蓝海尔/Company', '柯德/Company'],
  },
  {
    label: 'no item read as a firm: nothing changes',
    text: '游客来自日本的矢田部、大仓井，德国科瑞等地。',
    mentions: [['日本', 'Place'], ['德国', 'Place']],
    expected: ['日本/Place', '德国/Place'],
  },
  {
    label: 'an item the gazetteer knows makes it an enumeration of places',
    text: '客户来自美国贝森、郴州，日本青禾等。',
    mentions: [['美国', 'Place'], ['贝森', 'Company'], ['郴州', 'Place'], ['日本', 'Place']],
    expected: ['美国/Place', '贝森/Company', '郴州/Place', '日本/Place'],
  },
  {
    label: 'a kind noun after the country is no name',
    text: '夏普、松下等日本品牌，而蓝湾、青禾等国产品牌崛起。',
    mentions: [['夏普', 'Company'], ['松下', 'Company'], ['日本', 'Place'], ['蓝湾', 'Company'], ['青禾', 'Company']],
    expected: ['夏普/Company', '松下/Company', '日本/Place', '蓝湾/Company', '青禾/Company'],
  },
];

for (const c of cases) {
  test(`withCountryLists: ${c.label}`, () => {
    const mentions = mentionsAt(c.text, c.mentions);
    assert.deepEqual(show(withCountryLists(c.text, mentions, segmentWords(c.text))), c.expected);
  });
}
