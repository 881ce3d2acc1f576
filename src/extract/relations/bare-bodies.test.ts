import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType, Relation } from '../types';
import { mentionsAt } from '../zh/mentions-at';
import { withBareBodiesNamed } from './bare-bodies';

const cases: { label: string; text: string; mentions: Array<[string, EntityType, number?]>; drawn: Array<[number, number, string]>; expected: string[] }[] = [
  {
    label: 'a bare word goes to the one body named in full with that ending',
    text: '青禾理工学院举行典礼，学院院长张明致辞。',
    mentions: [['青禾理工学院', 'Institution'], ['学院', 'Institution', 1], ['张明', 'Person']],
    drawn: [[2, 1, 'WORKS_AT']],
    expected: ['张明 WORKS_AT 青禾理工学院 bare-body(link-model)'],
  },
  {
    label: 'with several such bodies the link falls back to a co-mention',
    text: '甲厂党支部与乙厂党支部联建，党支部书记张明发言。',
    mentions: [['甲厂党支部', 'Institution'], ['乙厂党支部', 'Institution'], ['党支部', 'Institution', 2], ['张明', 'Person']],
    drawn: [[3, 2, 'WORKS_AT']],
    expected: ['张明 CO_MENTIONED 党支部 bare-body(link-model)'],
  },
  {
    label: 'a named body is left alone',
    text: '青禾理工学院院长张明致辞。',
    mentions: [['青禾理工学院', 'Institution'], ['张明', 'Person']],
    drawn: [[1, 0, 'WORKS_AT']],
    expected: ['张明 WORKS_AT 青禾理工学院 link-model'],
  },
];

for (const c of cases) {
  test(`withBareBodiesNamed: ${c.label}`, () => {
    const mentions = mentionsAt(c.text, c.mentions);
    const drawn: Relation[] = c.drawn.map(([source, target, type]) => ({ source, target, type, start: 0, end: c.text.length, confidence: 0.8, rule: 'link-model' }));
    assert.deepEqual(withBareBodiesNamed(mentions, drawn).map((r) => `${mentions[r.source]!.text} ${r.type} ${mentions[r.target]!.text} ${r.rule}`), c.expected);
  });
}
