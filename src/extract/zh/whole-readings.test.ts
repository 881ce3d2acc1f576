import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType } from '../types';
import { withPersonExtents } from './person-extents';
import { withWholeReadings } from './whole-readings';
import { mentionsAt } from './mentions-at';

const cases: { label: string; text: string; mentions: Array<[string, EntityType, number?]>; expected: string[] }[] = [
  {
    label: 'a firm\'s name cut where the text writes it whole is whole',
    text: '青禾飞鸿中标后，青禾飞鸿股价上涨。',
    mentions: [['青禾飞鸿', 'Company'], ['青禾', 'Company', 1]],
    expected: ['青禾飞鸿/Company@0-4', '青禾飞鸿/Company@8-12'],
  },
  {
    label: 'a piece read at the end of the name takes the name\'s type',
    text: '蓝湾物流商会成立，蓝湾物流商会会长钱立刚讲话。',
    mentions: [['蓝湾物流商会', 'Institution'], ['物流商会', 'Company', 1], ['钱立刚', 'Person']],
    expected: ['蓝湾物流商会/Institution@0-6', '蓝湾物流商会/Institution@9-15', '钱立刚/Person@17-20'],
  },
  {
    label: 'a person cut short where the text writes the name whole is whole',
    text: '副会长钱立刚表示，钱立刚于上周出席论坛。',
    mentions: [['钱立刚', 'Person'], ['钱立', 'Person', 1]],
    expected: ['钱立刚/Person@3-6', '钱立刚/Person@9-12'],
  },
  {
    label: 'a piece where the text writes something else stays',
    text: '青禾飞鸿中标后，青禾集团回应。',
    mentions: [['青禾飞鸿', 'Company'], ['青禾', 'Company', 1]],
    expected: ['青禾飞鸿/Company@0-4', '青禾/Company@8-10'],
  },
  {
    label: 'the whole name may not cross another mention',
    text: '青禾飞鸿中标后，青禾飞鸿业公司回应。',
    mentions: [['青禾飞鸿', 'Company'], ['青禾', 'Company', 1], ['飞鸿业公司', 'Company']],
    expected: ['青禾飞鸿/Company@0-4', '青禾/Company@8-10', '飞鸿业公司/Company@10-15'],
  },
  {
    label: 'a place read alone stays a place before an industry word',
    text: '桂阳风电签约，桂阳风电资源丰富。',
    mentions: [['桂阳风电', 'Company'], ['桂阳', 'Place', 1]],
    expected: ['桂阳风电/Company@0-4', '桂阳/Place@7-9'],
  },
  {
    label: 'a place cut where the text writes a longer place read elsewhere is that place',
    text: '桂阳新城开园，桂阳新城招商。',
    mentions: [['桂阳新城', 'Place'], ['桂阳', 'Place', 1]],
    expected: ['桂阳新城/Place@0-4', '桂阳新城/Place@7-11'],
  },
];

for (const c of cases) {
  test(`withWholeReadings: ${c.label}`, () => {
    const out = withWholeReadings(c.text, mentionsAt(c.text, c.mentions));
    assert.deepEqual(out.map((m) => `${m.text}/${m.type}@${m.start}-${m.end}`), c.expected);
    for (const m of out) assert.equal(c.text.slice(m.start, m.end), m.text);
  });
}

test('withPersonExtents then withWholeReadings: a run-on reading is cut back before pieces are made whole', () => {
  const text = '董事长邹明说，邹明却认为成本偏高，邹明却步。';
  const out = withWholeReadings(text, withPersonExtents(text, mentionsAt(text, [['邹明', 'Person'], ['邹明却', 'Person'], ['邹明', 'Person', 2]])));
  assert.deepEqual(out.map((m) => `${m.text}@${m.start}`), ['邹明@3', '邹明@7', '邹明@17']);
});
