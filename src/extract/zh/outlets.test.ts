import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType } from '../types';
import { mentionsAt } from './mentions-at';
import { withOutlets } from './outlets';

const cases: { label: string; text: string; mentions: Array<[string, EntityType]>; expected: string[] }[] = [
  { label: 'a magazine in book marks is a firm', text: '位列美国《青禾》杂志全球500强。', mentions: [], expected: ['青禾/Company'] },
  { label: "a newspaper's reporter names the newspaper", text: '《蓝湾商报》记者走访了园区。', mentions: [], expected: ['蓝湾商报/Company'] },
  { label: 'a document in book marks is no firm', text: '双方签署了《战略合作协议》。', mentions: [], expected: [] },
  { label: 'a programme reporting is no outlet', text: '据《蓝湾新闻》报道，项目开工。', mentions: [], expected: [] },
  { label: 'a name the tagger read is left as it is', text: '《蓝湾商报》记者走访。', mentions: [['蓝湾商报', 'Institution']], expected: ['蓝湾商报/Institution'] },
];

for (const c of cases) {
  test(`withOutlets: ${c.label}`, () => {
    assert.deepEqual(withOutlets(c.text, mentionsAt(c.text, c.mentions)).map((m) => `${m.text}/${m.type}`), c.expected);
  });
}
