import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType, Relation } from '../types';
import { mentionsAt } from '../zh/mentions-at';
import { withRollPosts } from './roll-posts';

type Drawn = [number, number, string];
const cases: { label: string; text: string; mentions: Array<[string, EntityType, number?]>; drawn: Drawn[]; expected: string[] }[] = [
  {
    label: 'posts alone after a body and its first person work at that body',
    text: '青禾学院院长张明、党委书记李华、副院长王强出席。',
    mentions: [['青禾学院', 'Institution'], ['张明', 'Person'], ['李华', 'Person'], ['王强', 'Person']],
    drawn: [[1, 0, 'WORKS_AT'], [2, 0, 'CO_MENTIONED'], [3, 0, 'CO_MENTIONED']],
    expected: ['张明 WORKS_AT 青禾学院', '李华 WORKS_AT 青禾学院', '王强 WORKS_AT 青禾学院'],
  },
  {
    label: 'a comma roll keeps the body of the item before, not the one a later item names',
    text: '青禾集团董事长张明，总经理李华，蓝湾公司总裁王强出席。',
    mentions: [['青禾集团', 'Company'], ['张明', 'Person'], ['李华', 'Person'], ['蓝湾公司', 'Company'], ['王强', 'Person']],
    drawn: [[1, 0, 'WORKS_AT'], [4, 3, 'WORKS_AT'], [2, 3, 'WORKS_AT'], [2, 0, 'CO_MENTIONED']],
    expected: ['张明 WORKS_AT 青禾集团', '王强 WORKS_AT 蓝湾公司', '李华 CO_MENTIONED 蓝湾公司', '李华 WORKS_AT 青禾集团'],
  },
  {
    label: 'a roll opens only with a link the sentence typed',
    text: '青禾学院院长张明、副院长李华出席。',
    mentions: [['青禾学院', 'Institution'], ['张明', 'Person'], ['李华', 'Person']],
    drawn: [[1, 0, 'CO_MENTIONED'], [2, 0, 'CO_MENTIONED']],
    expected: ['张明 CO_MENTIONED 青禾学院', '李华 CO_MENTIONED 青禾学院'],
  },
  {
    label: "a level's official post is left to the official-posts pass",
    text: '桂阳县委书记张明、县长李华出席。',
    mentions: [['桂阳县委', 'Institution'], ['张明', 'Person'], ['李华', 'Person']],
    drawn: [[1, 0, 'WORKS_AT']],
    expected: ['张明 WORKS_AT 桂阳县委'],
  },
  {
    label: 'an item that writes no post before its name ends the roll',
    text: '青禾学院院长张明、特邀嘉宾李华出席。',
    mentions: [['青禾学院', 'Institution'], ['张明', 'Person'], ['李华', 'Person']],
    drawn: [[1, 0, 'WORKS_AT']],
    expected: ['张明 WORKS_AT 青禾学院'],
  },
  {
    label: 'a post held in a department or a field of the body, after a word of address',
    text: '桂阳医院院长张明先生、保健部主任李华、运营总监王强出席。',
    mentions: [['桂阳医院', 'Institution'], ['张明', 'Person'], ['李华', 'Person'], ['王强', 'Person']],
    drawn: [[1, 0, 'WORKS_AT']],
    expected: ['张明 WORKS_AT 桂阳医院', '李华 WORKS_AT 桂阳医院', '王强 WORKS_AT 桂阳医院'],
  },
  {
    label: "a department's post is left to the department pass, which keeps the department",
    text: '桂阳医院院长张明、骨科主任李华出席。',
    mentions: [['桂阳医院', 'Institution'], ['张明', 'Person'], ['李华', 'Person']],
    drawn: [[1, 0, 'WORKS_AT']],
    expected: ['张明 WORKS_AT 桂阳医院'],
  },
  {
    label: 'a department named as another body is no department of this one',
    text: '青禾集团总裁张明、蓝湾公司总经理李华出席。',
    mentions: [['青禾集团', 'Company'], ['张明', 'Person'], ['李华', 'Person']],
    drawn: [[1, 0, 'WORKS_AT']],
    expected: ['张明 WORKS_AT 青禾集团'],
  },
  {
    label: "names with the first's word of address and no post hold the first's post",
    text: '青禾学会副理事长张明教授、李华教授、王强教授出席。',
    mentions: [['青禾学会', 'Institution'], ['张明', 'Person'], ['李华', 'Person'], ['王强', 'Person']],
    drawn: [[1, 0, 'WORKS_AT']],
    expected: ['张明 WORKS_AT 青禾学会', '李华 WORKS_AT 青禾学会', '王强 WORKS_AT 青禾学会'],
  },
  {
    label: 'a name with another word of address joins no roll',
    text: '青禾学会副理事长张明教授、李华先生出席。',
    mentions: [['青禾学会', 'Institution'], ['张明', 'Person'], ['李华', 'Person']],
    drawn: [[1, 0, 'WORKS_AT']],
    expected: ['张明 WORKS_AT 青禾学会'],
  },
];

for (const c of cases) {
  test(`withRollPosts: ${c.label}`, () => {
    const mentions = mentionsAt(c.text, c.mentions);
    const drawn: Relation[] = c.drawn.map(([source, target, type]) => ({ source, target, type, start: 0, end: c.text.length, confidence: 0.8, rule: 'link-model' }));
    const sentences = [{ start: 0, end: c.text.length }];
    assert.deepEqual(withRollPosts(c.text, mentions, drawn, sentences).map((r) => `${mentions[r.source]!.text} ${r.type} ${mentions[r.target]!.text}`), c.expected);
  });
}
