import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType } from '../types';
import { personShaped, withPersonLists } from './person-lists';
import { mentionsAt } from './mentions-at';

const listCases: { label: string; text: string; mentions: Array<[string, EntityType, number?]>; expected: string[] }[] = [
  {
    label: 'a roll read mostly as people: the names read as firms are people',
    text: '嘉宾邹明轩、贺雨桐、祁向东、鲁晓峰出席了仪式。',
    mentions: [['邹明轩', 'Person'], ['贺雨桐', 'Company'], ['祁向东', 'Person'], ['鲁晓峰', 'Company']],
    expected: ['邹明轩/Person', '贺雨桐/Person', '祁向东/Person', '鲁晓峰/Person'],
  },
  {
    label: 'a name a roll reads as a person is a person where the tagger read it as a firm alone',
    text: '捐赠人为邹明轩、贺雨桐、祁向东。贺雨桐则表示支持。',
    mentions: [['邹明轩', 'Person'], ['贺雨桐', 'Company'], ['祁向东', 'Person'], ['贺雨桐', 'Company', 1]],
    expected: ['邹明轩/Person', '贺雨桐/Person', '祁向东/Person', '贺雨桐/Person'],
  },
  {
    label: 'a name the tagger skipped inside the roll is added',
    text: '捐赠人为邹明轩、贺雨桐、祁向东。',
    mentions: [['邹明轩', 'Person'], ['祁向东', 'Person']],
    expected: ['邹明轩/Person', '贺雨桐/Person', '祁向东/Person'],
  },
  {
    label: 'two names with the 、 left out are still one roll',
    text: '获奖者邹明轩、贺雨桐祁向东、鲁晓峰。',
    mentions: [['邹明轩', 'Person'], ['贺雨桐', 'Person'], ['祁向东', 'Company'], ['鲁晓峰', 'Person']],
    expected: ['邹明轩/Person', '贺雨桐/Person', '祁向东/Person', '鲁晓峰/Person'],
  },
  {
    label: "a byline's spaced roll: a name read across the space is two people, the names before it are added",
    text: '电（邹明轩 贺雨桐 祁向东 鲁晓峰）进入腊月。',
    mentions: [['祁向东 鲁晓峰', 'Person']],
    expected: ['邹明轩/Person', '贺雨桐/Person', '祁向东/Person', '鲁晓峰/Person'],
  },
  {
    label: 'one person in a list of firms changes nothing',
    text: '邹明轩、华岳科技、青禾药业参加。',
    mentions: [['邹明轩', 'Person'], ['华岳科技', 'Company'], ['青禾药业', 'Company']],
    expected: ['邹明轩/Person', '华岳科技/Company', '青禾药业/Company'],
  },
  {
    label: 'a list with more firms than people keeps its firms',
    text: '邹明轩、贺雨桐、华岳科技、青禾药业、蓝湾物流参加。',
    mentions: [['邹明轩', 'Person'], ['贺雨桐', 'Person'], ['华岳科技', 'Company'], ['青禾药业', 'Company'], ['蓝湾物流', 'Company']],
    expected: ['邹明轩/Person', '贺雨桐/Person', '华岳科技/Company', '青禾药业/Company', '蓝湾物流/Company'],
  },
  {
    label: 'a firm with a type suffix in a roll of people stays a firm',
    text: '邹明轩、贺雨桐、周氏公司出席。',
    mentions: [['邹明轩', 'Person'], ['贺雨桐', 'Person'], ['周氏公司', 'Company']],
    expected: ['邹明轩/Person', '贺雨桐/Person', '周氏公司/Company'],
  },
];

for (const c of listCases) {
  test(`withPersonLists: ${c.label}`, () => {
    const out = withPersonLists(c.text, mentionsAt(c.text, c.mentions));
    assert.deepEqual(out.map((m) => `${m.text}/${m.type}`), c.expected);
    for (const m of out) assert.equal(c.text.slice(m.start, m.end), m.text);
  });
}

const shapeCases: { label: string; name: string; expected: boolean }[] = [
  { label: 'surname and two-character given name', name: '贺雨桐', expected: true },
  { label: 'compound surname', name: '欧阳雨桐', expected: true },
  { label: 'no surname first', name: '雨桐', expected: false },
  { label: 'a type suffix', name: '周氏公司', expected: false },
  { label: 'too long for a name', name: '贺雨桐桐桐', expected: false },
  { label: 'Latin letters', name: '贺AB', expected: false },
];

for (const c of shapeCases) {
  test(`personShaped: ${c.label}`, () => assert.equal(personShaped(c.name), c.expected));
}
