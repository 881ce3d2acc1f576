import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SpanScorer, scores, type ScoredSpan } from './score';

const span = (start: number, end: number, type: string): ScoredSpan => ({ start, end, type });

describe('SpanScorer is strict', () => {
  const cases: Array<[string, ScoredSpan[], ScoredSpan[], { tp: number; p: number; g: number }]> = [
    ['exact match counts', [span(0, 3, 'Person')], [span(0, 3, 'Person')], { tp: 1, p: 1, g: 1 }],
    ['wrong type does not count', [span(0, 3, 'Person')], [span(0, 3, 'Place')], { tp: 0, p: 1, g: 1 }],
    ['end one short does not count', [span(0, 3, 'Person')], [span(0, 2, 'Person')], { tp: 0, p: 1, g: 1 }],
    ['start one late does not count', [span(0, 3, 'Person')], [span(1, 3, 'Person')], { tp: 0, p: 1, g: 1 }],
    ['a duplicate prediction counts once', [span(0, 3, 'Person')], [span(0, 3, 'Person'), span(0, 3, 'Person')], { tp: 1, p: 1, g: 1 }],
    ['nothing predicted', [span(0, 3, 'Person'), span(4, 6, 'Place')], [], { tp: 0, p: 0, g: 2 }],
  ];
  for (const [label, gold, predicted, expected] of cases) {
    it(label, () => {
      const scorer = new SpanScorer();
      scorer.add(gold, predicted);
      const { truePositives, predicted: p, gold: g } = scorer.micro();
      assert.deepEqual({ tp: truePositives, p, g }, expected);
    });
  }
});

describe('scores', () => {
  const cases: Array<[string, { truePositives: number; predicted: number; gold: number }, number, number, number]> = [
    ['perfect', { truePositives: 4, predicted: 4, gold: 4 }, 1, 1, 1],
    ['half precision, full recall', { truePositives: 2, predicted: 4, gold: 2 }, 0.5, 1, 2 / 3],
    ['nothing predicted is zero, not NaN', { truePositives: 0, predicted: 0, gold: 3 }, 0, 0, 0],
  ];
  for (const [label, counts, precision, recall, f1] of cases) {
    it(label, () => {
      const s = scores(counts);
      assert.equal(s.precision, precision);
      assert.equal(s.recall, recall);
      assert.ok(Math.abs(s.f1 - f1) < 1e-12);
    });
  }
});

describe('SpanScorer keeps types apart', () => {
  it('per-type counts add up to the micro total', () => {
    const scorer = new SpanScorer();
    scorer.add([span(0, 2, 'Person'), span(3, 5, 'Place')], [span(0, 2, 'Person'), span(3, 5, 'Company')]);
    assert.deepEqual(scorer.byType.get('Person'), { truePositives: 1, predicted: 1, gold: 1 });
    assert.deepEqual(scorer.byType.get('Company'), { truePositives: 0, predicted: 1, gold: 0 });
    assert.equal(scorer.micro().gold, 2);
  });
});
