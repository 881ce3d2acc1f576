import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType } from '../types';
import { withKindNamedPlaces } from './kind-named-places';
import { mentionsAt } from './mentions-at';

const cases: { label: string; text: string; mentions: Array<[string, EntityType]>; expected: string[] }[] = [
  { label: 'a village jieba cuts into a name and a noun', text: '下游的蓝石村的村民。', mentions: [], expected: ['蓝石村/Place'] },
  { label: 'a reservoir named by two names', text: '贷款将支持蓝石洞水库建设。', mentions: [], expected: ['蓝石洞水库/Place'] },
  { label: 'a scenic area of three pieces', text: '来到了青禾谷景区附近。', mentions: [], expected: ['青禾谷景区/Place'] },
  { label: 'a river after a verb', text: '废水流入青禾河。', mentions: [], expected: ['青禾河/Place'] },
  { label: 'a street after 位于', text: '位于禾苑街的超市。', mentions: [], expected: ['禾苑街/Place'] },
  { label: 'a count before makes a sort of reservoir', text: '用于两座病险水库加固。', mentions: [], expected: [] },
  { label: 'a size before makes a sort of reservoir', text: '用于小型病险水库除险。', mentions: [], expected: [] },
  { label: 'a sort written after a size once is a sort in the title too', text: '病险水库除险\n今年将加固小型病险水库。', mentions: [], expected: [] },
  { label: 'the kind with the character before is a word: a mine', text: '对稀土矿山和企业整治。', mentions: [], expected: [] },
  { label: 'a verb ends the pieces', text: '常年租住禾湖的屋。', mentions: [], expected: [] },
  { label: 'a common word before the kind is no name', text: '我们走过城市广场。', mentions: [], expected: [] },
  { label: 'a name the tagger read is left as it is', text: '在桂禾村投资。', mentions: [['桂禾村', 'Place']], expected: ['桂禾村/Place'] },
];

for (const c of cases) {
  test(`withKindNamedPlaces: ${c.label}`, () => {
    assert.deepEqual(withKindNamedPlaces(c.text, mentionsAt(c.text, c.mentions)).map((m) => `${m.text}/${m.type}`), c.expected);
  });
}
