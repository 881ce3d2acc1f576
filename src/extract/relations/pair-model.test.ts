import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Mention } from '../types';
import { extractRelations } from './index';
import { pairFeatures } from './pair-features';
import { readPair, type PairModel } from './pair-model';

// A hand-made model: 收购 between the names votes for a forward class, 旗下 (only to test direction) for a backward one.
const model: PairModel = {
  classes: ['ACQUIRES>', 'ACQUIRES<', 'OWNS>', 'OWNS<', 'none'],
  threshold: 0.5,
  weights: { 'b:收购': { 0: 4 }, 'b:旗下': { 3: 4 }, bias: { 4: 1 } },
};

function pair(text: string, a: string, b: string): [Mention, Mention] {
  const s = text.indexOf(a);
  const t = text.indexOf(b);
  return [{ text: a, type: 'Company', start: s, end: s + a.length }, { text: b, type: 'Company', start: t, end: t + b.length }];
}

const cases: { label: string; text: string; expected: { type: string; reversed: boolean } | undefined }[] = [
  { label: 'forward class', text: '甲公司收购乙公司', expected: { type: 'ACQUIRES', reversed: false } },
  { label: 'backward class', text: '甲公司旗下乙公司', expected: { type: 'OWNS', reversed: true } },
  { label: 'no evidence stays untyped', text: '甲公司和乙公司', expected: undefined },
];

for (const c of cases) {
  test(`readPair: ${c.label}`, () => {
    const [x, y] = pair(c.text, '甲公司', '乙公司');
    const reading = readPair(c.text, { start: 0, end: c.text.length }, x, y, [], model);
    assert.deepEqual(reading === undefined ? undefined : { type: reading.type, reversed: reading.reversed }, c.expected);
  });
}

test('readPair: below the threshold stays untyped', () => {
  const [x, y] = pair('甲公司收购乙公司', '甲公司', '乙公司');
  assert.equal(readPair('甲公司收购乙公司', { start: 0, end: 8 }, x, y, [], { ...model, threshold: 0.99 }), undefined);
});

test('readPair: an untyped class vetoes a type only when the model lists it', () => {
  const text = '甲公司起诉乙公司';
  const [x, y] = pair(text, '甲公司', '乙公司');
  const suing: PairModel = { classes: ['ACQUIRES>', 'other', 'none'], threshold: 0.3, weights: { 'b:起诉': { 0: 2, 1: 2.2 } } };
  assert.equal(readPair(text, { start: 0, end: text.length }, x, y, [], suing), undefined);
  assert.equal(readPair(text, { start: 0, end: text.length }, x, y, [], { ...suing, untyped: ['none'] })?.type, 'ACQUIRES');
});

const wordCases: { label: string; text: string; present: string[]; absent: string[] }[] = [
  { label: 'the words between, first and last', text: '甲公司与丙方共同收购乙公司', present: ['wb:收购', 'wb1:与', 'wbn:收购'], absent: ['wbp:收购'] },
  { label: 'a passive marks the words it governs', text: '甲公司被乙公司收购', present: ['wb:被', 'wbp:被'], absent: ['wb:收购'] },
  { label: 'longest word first', text: '甲公司控股股东乙公司', present: ['wb:控股股东'], absent: ['wb:控股', 'wb:股东'] },
];

for (const c of wordCases) {
  test(`pairFeatures: ${c.label}`, () => {
    const [x, y] = pair(c.text, '甲公司', '乙公司');
    const features = pairFeatures(c.text, { start: 0, end: c.text.length }, x, y, []);
    for (const f of c.present) assert.ok(features.includes(f), `${f} missing`);
    for (const f of c.absent) assert.ok(!features.includes(f), `${f} unexpected`);
  });
}

// A model sure of ACQUIRES whatever it reads, to see where a learned reading may overrule a pattern.
const sure: PairModel = { classes: ['ACQUIRES>', 'none'], threshold: 0.5, weights: { bias: { 0: 6 } } };

const overrideCases: { label: string; targetType: Mention['type']; expected: string }[] = [
  { label: 'between two companies the sure reading wins', targetType: 'Company', expected: 'ACQUIRES' },
  { label: 'a company and an institution keep the pattern', targetType: 'Institution', expected: 'SIGNED_WITH' },
];

for (const c of overrideCases) {
  test(`extractRelations with a pair model: ${c.label}`, () => {
    const text = '湘江建设集团与长沙高新区管委会签约。';
    const [x, y] = pair(text, '湘江建设集团', '长沙高新区管委会');
    const relations = extractRelations(text, [x, { ...y, type: c.targetType }], 'zh', { pairModel: sure });
    assert.deepEqual(relations.map((r) => r.type), [c.expected]);
  });
}

const coMentionCases: { label: string; types: [Mention['type'], Mention['type']]; expected: string }[] = [
  { label: 'a company and an institution are read by the model', types: ['Company', 'Institution'], expected: 'ACQUIRES' },
  { label: 'two public bodies are left a co-mention', types: ['Institution', 'Institution'], expected: 'CO_MENTIONED' },
];

for (const c of coMentionCases) {
  test(`extractRelations with a pair model: ${c.label}`, () => {
    const text = '县卫生健康局推动县人民医院改革。';
    const [x, y] = pair(text, '县卫生健康局', '县人民医院');
    const relations = extractRelations(text, [{ ...x, type: c.types[0] }, { ...y, type: c.types[1] }], 'zh', { pairModel: sure });
    assert.deepEqual(relations.map((r) => r.type), [c.expected]);
  });
}

const listCases: { label: string; text: string; expected: string }[] = [
  { label: 'two companies in a sentence are read by the model', text: '甲公司和乙公司是电视和互联网时代的颠覆者。', expected: 'ACQUIRES' },
  { label: 'a list whose members act each on their own (分别) is left a co-mention', text: '甲公司和乙公司分别是电视和互联网时代的颠覆者。', expected: 'CO_MENTIONED' },
];

for (const c of listCases) {
  test(`extractRelations with a pair model: ${c.label}`, () => {
    const relations = extractRelations(c.text, pair(c.text, '甲公司', '乙公司'), 'zh', { pairModel: sure });
    assert.deepEqual(relations.map((r) => r.type), [c.expected]);
  });
}
