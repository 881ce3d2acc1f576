import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType } from '../types';
import { withPersonExtents } from './person-extents';
import { mentionsAt } from './mentions-at';

const cases: { label: string; text: string; mentions: Array<[string, EntityType, number?]>; expected: string[] }[] = [
  {
    label: 'a name run on into an adverb is cut back to the name written alone',
    text: '桂阳公司董事长邹明说，邹明却认为成本偏高。',
    mentions: [['桂阳公司', 'Company'], ['邹明', 'Person'], ['邹明却', 'Person']],
    expected: ['桂阳公司/Company', '邹明/Person', '邹明/Person'],
  },
  {
    label: 'a firm one character longer than a person is no reading of the name',
    text: '钱立说，钱立刚公司签约。',
    mentions: [['钱立', 'Person'], ['钱立刚', 'Company']],
    expected: ['钱立/Person', '钱立刚/Company'],
  },
  {
    label: 'a shorter reading always written before the longer one\'s last character is a piece of it, and stays for whole-readings',
    text: '副会长钱立刚表示，钱立刚于上周出席论坛。',
    mentions: [['钱立刚', 'Person'], ['钱立', 'Person', 1]],
    expected: ['钱立刚/Person', '钱立/Person'],
  },
];

for (const c of cases) {
  test(`withPersonExtents: ${c.label}`, () => {
    const out = withPersonExtents(c.text, mentionsAt(c.text, c.mentions));
    assert.deepEqual(out.map((m) => `${m.text}/${m.type}`), c.expected);
    for (const m of out) assert.equal(c.text.slice(m.start, m.end), m.text);
  });
}
