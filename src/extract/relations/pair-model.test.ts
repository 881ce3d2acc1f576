import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Mention } from '../types';
import { extractRelations } from './index';
import { maskedText, pairFeatures } from './pair-features';
import { readPair, type PairModel } from './pair-model';
import { PATTERNS } from './table';

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

// The sentence-wide trigger bigrams as they were read before they were kept per sentence: the
// sentence with every mention masked, read bigram by bigram for each pair.
const KEYWORDS = new Set(PATTERNS.filter((r) => r.lang === 'zh').flatMap((r) => r.triggers.flatMap((t) => [...t].slice(1).map((ch, i) => t[i] + ch))));

function maskedKeywords(text: string, from: number, to: number, masks: Mention[]): string[] {
  const s = maskedText(text, from, to, masks);
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i += 1) if (KEYWORDS.has(s.slice(i, i + 2)) && !out.includes(`s:${s.slice(i, i + 2)}`)) out.push(`s:${s.slice(i, i + 2)}`);
  return out;
}

const at = (text: string, name: string, from = 0): Mention => ({ text: name, type: 'Company', start: text.indexOf(name, from), end: text.indexOf(name, from) + name.length });

const keywordCases: { label: string; text: string; x: string; y: string; others: string[] }[] = [
  { label: 'keywords between and around the pair', text: '甲公司与乙公司签署合作协议并宣布收购计划。', x: '甲公司', y: '乙公司', others: [] },
  { label: 'a mention over a keyword masks it', text: '甲公司与乙公司签署合作协议并宣布收购计划。', x: '甲公司', y: '乙公司', others: ['合作协议'] },
  { label: 'a mention nested in another, and one crossing a keyword', text: '甲公司控股乙公司，丙投资集团增持股份。', x: '甲公司', y: '乙公司', others: ['丙投资集团', '投资', '集团增持'] },
  { label: 'digits and a keyword at the sentence edge', text: '收购甲公司3.5%股权的乙公司合作', x: '甲公司', y: '乙公司', others: ['股权'] },
];

for (const c of keywordCases) {
  test(`pairFeatures: sentence keywords as the masked sentence gives them: ${c.label}`, () => {
    const x = at(c.text, c.x);
    const y = at(c.text, c.y);
    const others = c.others.map((o) => at(c.text, o));
    const sentence = { start: 0, end: c.text.length };
    const expected = maskedKeywords(c.text, 0, c.text.length, [x, y, ...others]);
    assert.ok(expected.length > 0, 'the case holds keywords');
    // Read twice, with the other masks in between, so that what is kept per sentence is put to the test.
    assert.deepEqual(pairFeatures(c.text, sentence, x, y, others).filter((f) => f.startsWith('s:')), expected);
    pairFeatures(c.text, sentence, x, y, []);
    assert.deepEqual(pairFeatures(c.text, sentence, x, y, others).filter((f) => f.startsWith('s:')), expected);
  });
  test(`pairFeatures: nothing after the sentence is read: ${c.label}`, () => {
    const after = `${c.text}丁公司随后收购戊公司并签约合作投资。`;
    const sentence = { start: 0, end: c.text.length };
    const others = c.others.map((o) => at(c.text, o));
    assert.deepEqual(pairFeatures(after, sentence, at(after, c.x), at(after, c.y), others), pairFeatures(c.text, sentence, at(c.text, c.x), at(c.text, c.y), others));
  });
}
