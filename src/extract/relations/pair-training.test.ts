import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scorePair } from './pair-model';
import { statingExamples, toPairModel, trainPairWeights, type PairExample } from './pair-training';

// A toy task: 收购 between the names means ACQUIRES, 合作 means PARTNERS_WITH, anything else none.
const examples: PairExample[] = [
  ...Array.from({ length: 20 }, () => ({ features: ['bias', 'b:收购'], label: 'ACQUIRES>' })),
  ...Array.from({ length: 20 }, () => ({ features: ['bias', 'b:合作'], label: 'PARTNERS_WITH' })),
  ...Array.from({ length: 40 }, () => ({ features: ['bias', 'b:出席'], label: 'none' })),
  { features: ['bias', 'b:罕见'], label: 'none' },
];
const classes = ['none', 'ACQUIRES>', 'PARTNERS_WITH'];
const options = { epochs: 8, l2: 1e-4, keep: (_: string, count: number) => count >= 2 };

const cases: { label: string; features: string[]; expected: string }[] = [
  { label: 'a buying word', features: ['bias', 'b:收购'], expected: 'ACQUIRES>' },
  { label: 'a cooperation word', features: ['bias', 'b:合作'], expected: 'PARTNERS_WITH' },
  { label: 'neither', features: ['bias', 'b:出席'], expected: 'none' },
];
for (const c of cases) {
  test(`trainPairWeights learns a separable task: ${c.label}`, () => {
    const model = toPairModel(trainPairWeights(examples, classes, options), classes, 0.5, 0.05);
    const p = scorePair(model, c.features);
    assert.equal(model.classes[p.indexOf(Math.max(...p))], c.expected);
  });
}

test('trainPairWeights: a feature seen fewer times than `keep` asks gets no weight', () => {
  assert.equal(trainPairWeights(examples, classes, options).has('b:罕见'), false);
});

test('trainPairWeights: the same data gives the same weights (a seeded order)', () => {
  const a = toPairModel(trainPairWeights(examples, classes, options), classes, 0.5, 0.05);
  const b = toPairModel(trainPairWeights(examples, classes, options), classes, 0.5, 0.05);
  assert.deepEqual(a, b);
});

test('toPairModel: weights below the minimum are dropped, the rest rounded', () => {
  const model = toPairModel(new Map([['f', Float64Array.from([0.004, 1.236, -0.5])], ['g', Float64Array.from([0.01, 0, 0])]]), ['a', 'b', 'c'], 0.4, 0.05);
  assert.deepEqual(model.weights, { f: { 1: 1.24, 2: -0.5 } });
});

// One link named in three sentences: two say 收购 between the names, one only names both beside 出席.
const linkExamples: PairExample[] = [
  ...examples,
  { features: ['bias', 'b:收购'], label: 'ACQUIRES>', link: 'a1|甲|乙|ACQUIRES>' },
  { features: ['bias', 'b:出席'], label: 'ACQUIRES>', link: 'a1|甲|乙|ACQUIRES>' },
  { features: ['bias', 'b:合作'], label: 'PARTNERS_WITH', link: 'a2|丙|丁|PARTNERS_WITH' },
];
const stating = statingExamples(linkExamples, classes, trainPairWeights(linkExamples, classes, options));
const statingCases: { label: string; example: PairExample; kept: boolean }[] = [
  { label: 'the sentence whose words state the link stays', example: linkExamples.at(-3)!, kept: true },
  { label: 'a sentence that only names both is left out', example: linkExamples.at(-2)!, kept: false },
  { label: 'a link named in one sentence keeps it', example: linkExamples.at(-1)!, kept: true },
  { label: 'an example of no link stays', example: linkExamples[0]!, kept: true },
];
for (const c of statingCases) {
  test(`statingExamples: ${c.label}`, () => {
    assert.equal(stating.includes(c.example), c.kept);
  });
}
