import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType, Relation } from '../types';
import { mentionsAt } from '../zh/mentions-at';
import { withinRollItems } from './roll-items';

const cases: { label: string; text: string; mentions: Array<[string, EntityType, number?]>; drawn: Array<[number, number]>; expected: string[] }[] = [
  {
    label: 'a link across items, each with its own body and person, falls back',
    text: '青禾大学校长张明、蓝湾医院院长李华出席。',
    mentions: [['青禾大学', 'Institution'], ['张明', 'Person'], ['蓝湾医院', 'Institution'], ['李华', 'Person']],
    drawn: [[1, 0], [3, 2], [3, 0]],
    expected: ['张明 WORKS_AT 青禾大学', '李华 WORKS_AT 蓝湾医院', '李华 CO_MENTIONED 青禾大学'],
  },
  {
    label: 'an item with no body of its own takes the one before',
    text: '青禾大学校长张明、副校长李华出席。',
    mentions: [['青禾大学', 'Institution'], ['张明', 'Person'], ['李华', 'Person']],
    drawn: [[1, 0], [2, 0]],
    expected: ['张明 WORKS_AT 青禾大学', '李华 WORKS_AT 青禾大学'],
  },
  {
    label: 'a person after the roll of bodies they work at keeps the links',
    text: '青禾大学、蓝湾医院聘请张明为顾问。',
    mentions: [['青禾大学', 'Institution'], ['蓝湾医院', 'Institution'], ['张明', 'Person']],
    drawn: [[2, 0], [2, 1]],
    expected: ['张明 WORKS_AT 青禾大学', '张明 WORKS_AT 蓝湾医院'],
  },
  {
    label: 'items in another clause are not one roll',
    text: '青禾大学校长张明出席，蓝湾医院院长李华、王强也到场。',
    mentions: [['青禾大学', 'Institution'], ['张明', 'Person'], ['蓝湾医院', 'Institution'], ['李华', 'Person'], ['王强', 'Person']],
    drawn: [[4, 2]],
    expected: ['王强 WORKS_AT 蓝湾医院'],
  },
];

for (const c of cases) {
  test(`withinRollItems: ${c.label}`, () => {
    const mentions = mentionsAt(c.text, c.mentions);
    const drawn: Relation[] = c.drawn.map(([source, target]) => ({ source, target, type: 'WORKS_AT', start: 0, end: c.text.length, confidence: 0.8, rule: 'link-model' }));
    assert.deepEqual(withinRollItems(c.text, mentions, drawn).map((r) => `${mentions[r.source]!.text} ${r.type} ${mentions[r.target]!.text}`), c.expected);
  });
}
