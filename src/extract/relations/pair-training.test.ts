import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import { scorePair } from './pair-model';
import { averageWeights, statingExamples, toPairModel, trainPairWeights, type PairExample, type PairWeights } from './pair-training';

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

const table = (rows: Record<string, number[]>): PairWeights => new Map(Object.entries(rows).map(([f, row]) => [f, Float64Array.from(row)]));
const plain = (w: PairWeights): Record<string, number[]> => Object.fromEntries([...w].map(([f, row]) => [f, [...row]]));
const averageCases: { label: string; tables: Record<string, number[]>[]; expected: Record<string, number[]> }[] = [
  { label: 'two tables give their mean, class by class', tables: [{ f: [1, -2, 0.5] }, { f: [3, 2, 1.5] }], expected: { f: [2, 0, 1] } },
  { label: 'a feature one table lacks counts as zero there', tables: [{ f: [1, 1, 1], g: [4, 0, -2] }, { f: [1, 1, 1] }], expected: { f: [1, 1, 1], g: [2, 0, -1] } },
  { label: 'four tables: the mean of four', tables: [{ f: [0, 4, 8] }, { f: [4, 4, 0] }, { f: [0, 0, 4] }, { f: [4, 0, 0] }], expected: { f: [2, 2, 3] } },
  { label: 'one table is its own mean', tables: [{ f: [0.3, -0.7, 0] }], expected: { f: [0.3, -0.7, 0] } },
];
for (const c of averageCases) {
  test(`averageWeights: ${c.label}`, () => {
    assert.deepEqual(plain(averageWeights(c.tables.map(table))), c.expected);
  });
}

// The seed orders the examples, and stochastic gradient descent ends where its order leads it.
const seedCases: { label: string; seeds: number[]; expected: (w: PairWeights) => boolean }[] = [
  { label: 'seed 7 alone is the default', seeds: [7], expected: (w) => isDeepStrictEqual(plain(w), plain(trainPairWeights(examples, classes, options))) },
  { label: 'another seed fits other weights', seeds: [8], expected: (w) => !isDeepStrictEqual(plain(w), plain(trainPairWeights(examples, classes, options))) },
  {
    label: 'two seeds give the mean of the two fits',
    seeds: [7, 8],
    expected: (w) => isDeepStrictEqual(plain(w), plain(averageWeights([7, 8].map((seed) => trainPairWeights(examples, classes, { ...options, seeds: [seed] }))))),
  },
];
for (const c of seedCases) {
  test(`trainPairWeights by seeds: ${c.label}`, () => {
    assert.ok(c.expected(trainPairWeights(examples, classes, { ...options, seeds: c.seeds })));
  });
}

test('trainPairWeights: no seed at all is an error with its code', () => {
  assert.throws(() => trainPairWeights(examples, classes, { ...options, seeds: [] }), /E_PAIR_SEEDS/);
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
