import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createExtractor } from '../index';
import type { Mention, Relation } from '../types';
import { candidatePairs, classOf, LINK_MODEL, linkModelPass, readProbabilities } from './link-model';
import { neighbourFeatures, structureFeatures } from './pair-features';
import type { PairModel } from './pair-model';

// A hand-made model: 收购 between the names votes ACQUIRES (x on y), 隶属 votes OWNS read backwards
// (y owns x), a pattern's SUPPLIES reading is trusted; everything else leans to none.
const model: PairModel = {
  classes: ['none', 'ACQUIRES>', 'OWNS<', 'SUPPLIES>'],
  threshold: 0.6,
  weights: { bias: { 0: 1 }, 'b:收购': { 1: 4 }, 'b:隶属': { 2: 4 }, 'rule:SUPPLIES>': { 3: 4 } },
};

function mentionsOf(text: string, names: string[]): Mention[] {
  return names.map((name) => ({ text: name, type: 'Company', start: text.indexOf(name), end: text.indexOf(name) + name.length }));
}

const co = (source: number, target: number, text: string): Relation => ({ source, target, type: 'CO_MENTIONED', start: 0, end: text.length, confidence: 0.3, rule: 'co-mention' });

const cases: { label: string; text: string; proposed: (text: string) => Relation[]; expected: Partial<Relation>[] }[] = [
  {
    label: 'a co-mention the model reads as a type becomes that type, named as the model\'s',
    text: '甲公司收购乙公司。',
    proposed: (t) => [co(0, 1, t)],
    expected: [{ source: 0, target: 1, type: 'ACQUIRES', rule: 'link-model' }],
  },
  {
    label: 'a backward class turns the link around',
    text: '甲公司隶属乙公司。',
    proposed: (t) => [co(0, 1, t)],
    expected: [{ source: 1, target: 0, type: 'OWNS', rule: 'link-model' }],
  },
  {
    label: 'a pattern\'s type the model does not confirm stays a co-mention that names what was declined',
    text: '甲公司和乙公司。',
    proposed: (t) => [{ source: 0, target: 1, type: 'PARTNERS_WITH', start: 0, end: t.length, confidence: 0.8, rule: 'partners-pattern' }],
    expected: [{ source: 0, target: 1, type: 'CO_MENTIONED', rule: 'link-model:declined(partners-pattern)' }],
  },
  {
    label: 'a pattern\'s type the model confirms keeps its facts and both rules',
    text: '甲公司向乙公司供货。',
    proposed: (t) => [{ source: 0, target: 1, type: 'SUPPLIES', start: 0, end: t.length, confidence: 0.7, props: { amount: 5 }, rule: 'supply-pattern' }],
    expected: [{ source: 0, target: 1, type: 'SUPPLIES', props: { amount: 5 }, rule: 'supply-pattern+link-model' }],
  },
  {
    label: 'a plain co-mention the model leaves alone keeps its own rule',
    text: '甲公司和乙公司。',
    proposed: (t) => [co(0, 1, t)],
    expected: [{ source: 0, target: 1, type: 'CO_MENTIONED', rule: 'co-mention' }],
  },
];

for (const c of cases) {
  test(`linkModelPass: ${c.label}`, () => {
    const mentions = mentionsOf(c.text, ['甲公司', '乙公司']);
    const out = linkModelPass(c.text, mentions, c.proposed(c.text), model);
    assert.deepEqual(out.map((r) => Object.fromEntries(Object.keys(c.expected[0]!).map((k) => [k, r[k as keyof Relation]]))), c.expected);
  });
}

test('linkModelPass: a type the registry does not allow between the ends stays a co-mention', () => {
  const text = '张三收购乙公司。';
  const mentions: Mention[] = [{ text: '张三', type: 'Person', start: 0, end: 2 }, { text: '乙公司', type: 'Company', start: 4, end: 7 }];
  const acquiring: PairModel = { ...model, weights: { ...model.weights, 'b:收购': { 3: 4 } } };
  const out = linkModelPass(text, mentions, [co(0, 1, text)], acquiring);
  assert.deepEqual(out.map((r) => r.type), ['CO_MENTIONED'], 'SUPPLIES may not start at a person');
  assert.deepEqual(linkModelPass(text, mentions, [co(0, 1, text)], model).map((r) => r.type), ['ACQUIRES'], 'ACQUIRES may');
});

test('linkModelPass: below the threshold a reading stays a co-mention', () => {
  const text = '甲公司收购乙公司。';
  const out = linkModelPass(text, mentionsOf(text, ['甲公司', '乙公司']), [co(0, 1, text)], { ...model, threshold: 0.99 });
  assert.equal(out[0]!.type, 'CO_MENTIONED');
});

// Probabilities over none, ACQUIRES>, OWNS<: a type's own threshold decides, the default holds for the rest.
const thresholdCases: { label: string; probabilities: number[]; thresholds?: Record<string, number>; expected: string }[] = [
  { label: 'under the default threshold a reading stays none', probabilities: [0.55, 0.45, 0], expected: 'none' },
  { label: 'a type\'s own lower threshold lets the same reading through, though none is likelier', probabilities: [0.55, 0.45, 0], thresholds: { ACQUIRES: 0.4 }, expected: 'ACQUIRES>' },
  { label: 'a type\'s own higher threshold holds back a reading the default would keep', probabilities: [0.2, 0.1, 0.7], thresholds: { OWNS: 0.8 }, expected: 'none' },
  { label: 'another type\'s threshold leaves a type at the default', probabilities: [0.35, 0, 0.65], thresholds: { ACQUIRES: 0.9 }, expected: 'OWNS<' },
  { label: 'the likeliest type is read, not any type over its threshold', probabilities: [0.3, 0.3, 0.4], thresholds: { ACQUIRES: 0.2, OWNS: 0.5 }, expected: 'none' },
];
for (const c of thresholdCases) {
  test(`readProbabilities: ${c.label}`, () => {
    assert.equal(readProbabilities(c.probabilities, { classes: ['none', 'ACQUIRES>', 'OWNS<'], threshold: 0.6, ...(c.thresholds === undefined ? {} : { thresholds: c.thresholds }) }).label, c.expected);
  });
}

// A star list (甲 with 乙、丙、丁), a clause break and a trigger's clause, as the model sees them.
const starText = '甲公司与乙公司、丙公司签约，丁公司收购戊公司。';
const structureCases: { label: string; x: string; y: string; has: string[]; lacks: string[] }[] = [
  { label: 'the head and the first member joined by 与', x: '甲公司', y: '乙公司', has: ['list:与', 'xl:first', 'yl:mid', 'cl:0', 'tcx:SIGNED_WITH'], lacks: ['list:、'] },
  { label: 'the head and a later member: 与 then 、', x: '甲公司', y: '丙公司', has: ['list:与、', 'list:first-last'], lacks: ['list:、'] },
  { label: 'two members after the head: 、 alone', x: '乙公司', y: '丙公司', has: ['list:、', 'list:mid-last'], lacks: ['list:与'] },
  { label: 'names in two clauses: a break between, no list, each clause\'s own trigger', x: '丙公司', y: '戊公司', has: ['cl:1', 'xl:last', 'yl:none', 'tcx:SIGNED_WITH', 'tcy:ACQUIRES'], lacks: ['list:、', 'tcy:SIGNED_WITH', 'tcx:ACQUIRES'] },
];
for (const c of structureCases) {
  test(`structureFeatures: ${c.label}`, () => {
    const mentions = mentionsOf(starText, ['甲公司', '乙公司', '丙公司', '丁公司', '戊公司']);
    const features = structureFeatures(starText, { start: 0, end: starText.length }, mentions.find((m) => m.text === c.x)!, mentions.find((m) => m.text === c.y)!, mentions);
    for (const f of c.has) assert.ok(features.includes(f), `${f} missing from ${features.join(' ')}`);
    for (const f of c.lacks) assert.ok(!features.includes(f), `${f} in ${features.join(' ')}`);
  });
}

// A roll written organisation, name, post, and a firm qualified by its city, as the model sees them.
const rollText = '甲大学张三教授、乙学院李四教授出席，北京地产商丙公司到场。';
const rollTypes: Record<string, Mention['type']> = { 甲大学: 'Institution', 张三: 'Person', 乙学院: 'Institution', 李四: 'Person', 北京: 'Place', 丙公司: 'Company' };
const neighbourCases: { label: string; x: string; y: string; has: string[]; lacks: string[] }[] = [
  { label: 'an organisation and the name right after it, a post after the name', x: '甲大学', y: '张三', has: ['touch|Institution|Person', 'post-after-y|Institution|Person', 'blk:00|Institution|Person'], lacks: [] },
  { label: 'a person and the next member\'s organisation: a person stands between', x: '张三', y: '乙学院', has: ['blk:00|Person|Institution', 'post-after-x|Person|Institution'], lacks: ['touch|Person|Institution'] },
  { label: 'the first organisation and the second member: an organisation stands between', x: '甲大学', y: '李四', has: ['blk:11|Institution|Person'], lacks: ['touch|Institution|Person'] },
  { label: 'a person and a place with a person between, no place: only x\'s type blocks', x: '张三', y: '北京', has: ['blk:10|Person|Place', 'post-after-x|Person|Place'], lacks: ['blk:01|Person|Place', 'blk:11|Person|Place'] },
  { label: 'a place and the firm its phrase qualifies: the phrase read by its head', x: '北京', y: '丙公司', has: ['head1:商|Place|Company', 'head2:产商|Place|Company'], lacks: [] },
];
for (const c of neighbourCases) {
  test(`neighbourFeatures: ${c.label}`, () => {
    const mentions: Mention[] = Object.entries(rollTypes).map(([text, type]) => ({ text, type, start: rollText.indexOf(text), end: rollText.indexOf(text) + text.length }));
    const features = neighbourFeatures(rollText, mentions.find((m) => m.text === c.x)!, mentions.find((m) => m.text === c.y)!, mentions);
    for (const f of c.has) assert.ok(features.includes(f), `${f} missing from ${features.join(' ')}`);
    for (const f of c.lacks) assert.ok(!features.includes(f), `${f} in ${features.join(' ')}`);
  });
}

test('candidatePairs: one candidate per pair and span, whichever way the passes wrote it', () => {
  // 乙公司与甲公司签约。甲公司收购乙公司。
  const mentions: Mention[] = [
    { text: '乙公司', type: 'Company', start: 0, end: 3 },
    { text: '甲公司', type: 'Company', start: 4, end: 7 },
    { text: '甲公司', type: 'Company', start: 10, end: 13 },
    { text: '乙公司', type: 'Company', start: 15, end: 18 },
  ];
  const relations: Relation[] = [
    { source: 1, target: 0, type: 'SIGNED_WITH', start: 0, end: 10, confidence: 0.8 },
    { source: 0, target: 1, type: 'CO_MENTIONED', start: 0, end: 10, confidence: 0.3 },
    { source: 3, target: 2, type: 'CO_MENTIONED', start: 10, end: 19, confidence: 0.3 },
  ];
  assert.deepEqual(candidatePairs(mentions, relations).map((p) => [p.x, p.y, p.start, p.relations.length]), [[0, 1, 0, 2], [2, 3, 10, 1]]);
});

test('candidatePairs: a person a post ties to one organisation is posted elsewhere for the pair with another', () => {
  // 甲大学院长张三，乙公司董事长李四出席。
  const text = '甲大学院长张三，乙公司董事长李四出席。';
  const mentions = mentionsOf(text, ['甲大学', '张三', '乙公司', '李四']).map((m, i) => ({ ...m, type: i % 2 === 1 ? 'Person' : 'Institution' }) as Mention);
  const post = (source: number, target: number): Relation => ({ source, target, type: 'WORKS_AT', start: 0, end: text.length, confidence: 0.85, props: { post: '院长' }, rule: 'post-title' });
  const pairs = candidatePairs(mentions, [post(1, 0), post(3, 2), co(1, 2, text), co(0, 3, text)]);
  const flags = Object.fromEntries(pairs.map((p) => [`${mentions[p.x]!.text}-${mentions[p.y]!.text}`, p.postedElsewhere]));
  assert.deepEqual(flags, {
    '甲大学-张三': { x: false, y: false },
    '乙公司-李四': { x: false, y: false },
    '张三-乙公司': { x: true, y: false },
    '甲大学-李四': { x: false, y: true },
  });
});

const classes: { label: string; type: string; sourceIsX: boolean; expected: string }[] = [
  { label: 'a symmetric type has no direction', type: 'SIGNED_WITH', sourceIsX: false, expected: 'SIGNED_WITH' },
  { label: 'x acting on y', type: 'WORKS_AT', sourceIsX: true, expected: 'WORKS_AT>' },
  { label: 'y acting on x', type: 'WORKS_AT', sourceIsX: false, expected: 'WORKS_AT<' },
];
for (const c of classes) test(`classOf: ${c.label}`, () => assert.equal(classOf(c.type, c.sourceIsX), c.expected));

// The shipped model on sentences written for this test: what regional news states plainly is typed,
// a bare listing of names is not.
const shipped: { label: string; text: string; link: string | undefined }[] = [
  { label: 'a post before a name', text: '会上，青禾县人民医院院长周明远介绍了新院区的建设情况。', link: '周明远 -WORKS_AT-> 青禾县人民医院' },
  { label: 'names side by side in a list of guests', text: '出席活动的有青禾县人民医院、北岭机械有限公司、南湾物流集团的代表。', link: undefined },
];
for (const c of shipped) {
  test(`the shipped link model: ${c.label}`, async () => {
    const extraction = await createExtractor({ lang: 'zh' }).extract({ text: c.text, lang: 'zh' });
    const typed = extraction.relations.filter((r) => r.type !== 'CO_MENTIONED').map((r) => `${extraction.entities[r.source]!.text} -${r.type}-> ${extraction.entities[r.target]!.text}`);
    assert.deepEqual(typed, c.link === undefined ? [] : [c.link]);
    assert.ok(LINK_MODEL.classes.includes('none'));
  });
}
