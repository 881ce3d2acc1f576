import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType } from '../types';
import { withFramedNames } from './framed-names';
import { mentionsAt } from './mentions-at';

const cases: { label: string; text: string; mentions: Array<[string, EntityType]>; expected: string[] }[] = [
  {
    label: "a coined name before a firm's post and a person, repeated, is a company everywhere",
    text: '近日，云帆快修与江城医院签约。从云帆快修CEO邹明轩口中得知，云帆快修将扩张。',
    mentions: [['江城医院', 'Institution'], ['邹明轩', 'Person']],
    expected: ['云帆快修/Company', '江城医院/Institution', '云帆快修/Company', '邹明轩/Person', '云帆快修/Company'],
  },
  {
    label: 'a name quoted after an acquisition verb is a company',
    text: '该集团收购“蓝鲸在线”后扩张。',
    mentions: [],
    expected: ['蓝鲸在线/Company'],
  },
  {
    label: 'a quote after a speech verb or a time word is what was said, no name',
    text: '经理表示“蓝鲸在线”，去年“青禾快修”今年又变。',
    mentions: [],
    expected: [],
  },
  {
    label: 'a piece of the name read alone gives way to it',
    text: '收购“蓝鲸在线”后，蓝鲸在线扩张。',
    mentions: [['蓝鲸', 'Company']],
    expected: ['蓝鲸在线/Company', '蓝鲸在线/Company'],
  },
  {
    label: 'a common word before a post is no name',
    text: '集团公司董事长邹明轩说，集团公司将扩张。',
    mentions: [['邹明轩', 'Person']],
    expected: ['邹明轩/Person'],
  },
  {
    label: 'a post with no person after it frames nothing',
    text: '云帆快修董事长一职空缺，云帆快修将扩张。',
    mentions: [],
    expected: [],
  },
  {
    label: 'a quoted slogan or numbered plan is no name',
    text: '列为“十三五”重点，推广“电动车”平台。',
    mentions: [],
    expected: [],
  },
  {
    label: 'a name mentioned once before a post is not spread',
    text: '从云帆快修CEO邹明轩口中得知。',
    mentions: [['邹明轩', 'Person']],
    expected: ['邹明轩/Person'],
  },
];

for (const c of cases) {
  test(`withFramedNames: ${c.label}`, () => {
    const out = withFramedNames(c.text, mentionsAt(c.text, c.mentions));
    assert.deepEqual(out.map((m) => `${m.text}/${m.type}`), c.expected);
    for (const m of out) assert.equal(c.text.slice(m.start, m.end), m.text);
  });
}
