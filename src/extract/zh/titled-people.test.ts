import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType } from '../types';
import { unifiedTypes } from './consistency';
import { withTitledPeople } from './titled-people';
import { mentionsAt } from './mentions-at';

const cases: { label: string; text: string; mentions: Array<[string, EntityType, number?]>; expected: string[] }[] = [
  {
    label: 'a foreign name after a post is a person',
    text: '蓝湾公司国际总裁Tom Reed表示。',
    mentions: [['蓝湾公司', 'Company'], ['Tom Reed', 'Company']],
    expected: ['蓝湾公司/Company', 'Tom Reed/Person'],
  },
  {
    label: "an analyst's or a spokesperson's foreign name is a person",
    text: '蓝湾经纪公司的分析师Jonathan Reed称，青禾集团发言人Mary Lee拒绝置评。',
    mentions: [['蓝湾经纪公司', 'Company'], ['Jonathan Reed', 'Company'], ['青禾集团', 'Company'], ['Mary Lee', 'Company']],
    expected: ['蓝湾经纪公司/Company', 'Jonathan Reed/Person', '青禾集团/Company', 'Mary Lee/Person'],
  },
  {
    label: 'a name before a word of address is a person',
    text: '知名学者Alan教授到访。',
    mentions: [['Alan', 'Company']],
    expected: ['Alan/Person'],
  },
  {
    label: 'a university before 教授 stays an institution',
    text: '江城大学教授邹明轩说。',
    mentions: [['江城大学', 'Institution'], ['邹明轩', 'Person']],
    expected: ['江城大学/Institution', '邹明轩/Person'],
  },
  {
    label: 'a firm with its suffix after a post stays a firm',
    text: '兼任董事长蓝湾科技公司成立。',
    mentions: [['蓝湾科技公司', 'Company']],
    expected: ['蓝湾科技公司/Company'],
  },
  {
    label: 'the post types every reading of the name in the article, however many read a firm',
    text: '总裁兼CEO盖瑞克说，盖瑞克透露，盖瑞克介绍。',
    mentions: [['盖瑞克', 'Person'], ['盖瑞克', 'Company', 1], ['盖瑞克', 'Company', 2]],
    expected: ['盖瑞克/Person', '盖瑞克/Person', '盖瑞克/Person'],
  },
];

for (const c of cases) {
  test(`withTitledPeople then unifiedTypes: ${c.label}`, () => {
    const out = unifiedTypes(withTitledPeople(c.text, mentionsAt(c.text, c.mentions)));
    assert.deepEqual(out.map((m) => `${m.text}/${m.type}`), c.expected);
  });
}
