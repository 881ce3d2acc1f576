import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType } from '../types';
import { decide, groupFeatures, MENTION_CLASSES, MENTION_MODEL, mentionGroups, NO_ENTITY, verifyMentions, VERIFIER_RULE, type GroupReader } from './mention-verifier';
import { mentionsAt } from './mentions-at';
import { segmentWords } from './segment';

const thresholds = { classes: [...MENTION_CLASSES], drop: 0.8, retype: 0.6 };
// Probabilities in the order of MENTION_CLASSES: none, Company, Institution, Person, Place.
const decisions: { label: string; probabilities: number[]; type: EntityType; expected: string }[] = [
  { label: 'a name the model is sure is no entity is dropped', probabilities: [0.85, 0.15, 0, 0, 0], type: 'Company', expected: NO_ENTITY },
  { label: 'one it only leans to dropping is kept', probabilities: [0.7, 0.3, 0, 0, 0], type: 'Company', expected: 'Company' },
  { label: 'a name sure to be of another type takes it', probabilities: [0.05, 0.25, 0.7, 0, 0], type: 'Company', expected: 'Institution' },
  { label: 'another type short of the threshold leaves the type', probabilities: [0.1, 0.4, 0.5, 0, 0], type: 'Company', expected: 'Company' },
  { label: 'its own type, however sure, is no retyping', probabilities: [0, 0, 0, 0, 1], type: 'Place', expected: 'Place' },
];
for (const c of decisions) test(`decide: ${c.label}`, () => assert.equal(decide(c.probabilities, c.type, thresholds), c.expected));

test('mentionGroups: one name per surface and type, nested mentions left out', () => {
  const text = '青禾集团与蓝湾公司签约，青禾集团投资桂阳。';
  const mentions = [...mentionsAt(text, [['青禾集团', 'Company'], ['蓝湾公司', 'Company'], ['青禾集团', 'Company', 1], ['桂阳', 'Place']]), { text: '青禾', type: 'Company' as const, start: 0, end: 2, nested: true as const }];
  assert.deepEqual(mentionGroups(mentions).map((g) => `${g.text}/${g.type}×${g.indices.length}`), ['青禾集团/Company×2', '蓝湾公司/Company×1', '桂阳/Place×1']);
});

test('groupFeatures: shapes, never the surface, each also with the type', () => {
  const text = '青禾、蓝湾公司与桂阳签约。';
  const mentions = mentionsAt(text, [['青禾', 'Company'], ['蓝湾公司', 'Company'], ['桂阳', 'Place']]);
  const groups = mentionGroups(mentions);
  const features = groupFeatures(text, segmentWords(text), mentions, groups[1]!, groups);
  for (const f of ['last2:公司', 'list:、', 'after:与', 'len:4', 'last2:公司|Company']) assert.ok(features.includes(f), f);
  assert.ok(!features.some((f) => f.includes('蓝湾公司')), 'no feature spells the name');
});

/** A reader that drops, retypes or keeps names by their surface, as a stand-in for the model. */
const byName = (decided: Record<string, EntityType | typeof NO_ENTITY>): GroupReader => (group) => decided[group.text] ?? group.type;
const verified: { label: string; text: string; mentions: Array<[string, EntityType, number?]>; reader: GroupReader; expected: string[] }[] = [
  {
    label: 'a dropped name loses every mention, a retyped one takes the type and the rule',
    text: '蓝湾公司与新材料签约，新材料项目落户桂阳，蓝湾公司投资。',
    mentions: [['蓝湾公司', 'Company'], ['新材料', 'Company'], ['新材料', 'Company', 1], ['桂阳', 'Company'], ['蓝湾公司', 'Company', 1]],
    reader: byName({ 新材料: NO_ENTITY, 桂阳: 'Place' }),
    expected: ['蓝湾公司/Company', `桂阳/Place/${VERIFIER_RULE}`, '蓝湾公司/Company'],
  },
];
for (const c of verified) {
  test(`verifyMentions: ${c.label}`, () => {
    const found = verifyMentions(c.text, segmentWords(c.text), mentionsAt(c.text, c.mentions), c.reader);
    assert.deepEqual(found.map((m) => [m.text, m.type, ...(m.rule === VERIFIER_RULE ? [m.rule] : [])].join('/')), c.expected);
  });
}

// The shipped model on sentences of our own, each name as the news tagger reads it: what it learnt of unseen news.
const model: { label: string; text: string; mentions: Array<[string, EntityType, number?]>; expected: string[] }[] = [
  {
    label: 'an industry read as a firm is dropped, the two firms that sign are kept',
    text: '青禾集团与蓝湾科技签署合作协议，双方将在新能源汽车领域展开合作。',
    mentions: [['青禾集团', 'Company'], ['蓝湾科技', 'Company'], ['新能源汽车', 'Company']],
    expected: ['青禾集团/Company', '蓝湾科技/Company'],
  },
  {
    label: 'a product read as a firm is dropped, a place and a person kept',
    text: '桂阳县长钱立刚说，今年以来智能手机销量大增。',
    mentions: [['桂阳', 'Place'], ['钱立刚', 'Person'], ['智能手机', 'Company']],
    expected: ['桂阳/Place', '钱立刚/Person'],
  },
];
for (const c of model) {
  test(`the shipped verifier: ${c.label}`, () => {
    const mentions = mentionsAt(c.text, c.mentions).map((m) => ({ ...m, rule: 'tagger:news' }));
    const found = verifyMentions(c.text, segmentWords(c.text), mentions, MENTION_MODEL);
    assert.deepEqual([...new Set(found.map((m) => `${m.text}/${m.type}`))], c.expected);
  });
}
