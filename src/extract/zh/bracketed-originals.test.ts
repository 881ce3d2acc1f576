import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType } from '../types';
import { withBracketedOriginals } from './bracketed-originals';
import { mentionsAt } from './mentions-at';

const cases: { label: string; text: string; mentions: Array<[string, EntityType]>; expected: string[] }[] = [
  {
    label: "a person's original in brackets is a person",
    text: '首席分析师迪恩·麦卡伦(DeanMcCallan)表示。',
    mentions: [['迪恩·麦卡伦', 'Person'], ['DeanMcCallan', 'Company']],
    expected: ['迪恩·麦卡伦/Person', 'DeanMcCallan/Person'],
  },
  {
    label: 'full-width brackets and a name with a space',
    text: '发言人瑞贝卡-史密斯（Rebecca Smith）拒绝置评。',
    mentions: [['史密斯', 'Person'], ['Rebecca Smith', 'Institution']],
    expected: ['史密斯/Person', 'Rebecca Smith/Person'],
  },
  {
    label: "a firm's original stays a firm",
    text: '青禾矿业公司(Qinghe Mining)表示。',
    mentions: [['青禾矿业公司', 'Company'], ['Qinghe Mining', 'Company']],
    expected: ['青禾矿业公司/Company', 'Qinghe Mining/Company'],
  },
  {
    label: 'a bracket holding more than the name is no original',
    text: '钱立刚(CEO of Qinghe)表示。',
    mentions: [['钱立刚', 'Person'], ['Qinghe', 'Company']],
    expected: ['钱立刚/Person', 'Qinghe/Company'],
  },
  {
    label: 'a Latin name with no Chinese name right before the bracket keeps its type',
    text: '据报道(Qinghe Mining)表示。',
    mentions: [['Qinghe Mining', 'Company']],
    expected: ['Qinghe Mining/Company'],
  },
];

for (const c of cases) {
  test(`withBracketedOriginals: ${c.label}`, () => {
    assert.deepEqual(withBracketedOriginals(c.text, mentionsAt(c.text, c.mentions)).map((m) => `${m.text}/${m.type}`), c.expected);
  });
}
