import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BioesLabels } from './bioes';
import { domainKey, foldDomains, withDomainCopies } from './domains';

describe('withDomainCopies', () => {
  const cases: Array<[string, number[], number, number, number[]]> = [
    ['copies each position after its plain features', [5, 6, 7, 8], 2, 1, [5, 6, domainKey(5, 1), domainKey(6, 1), 7, 8, domainKey(7, 1), domainKey(8, 1)]],
    ['keeps absent features absent', [5, 0], 2, 2, [5, 0, domainKey(5, 2), 0]],
  ];
  for (const [label, features, perPosition, domain, expected] of cases) {
    it(label, () => assert.deepEqual([...withDomainCopies(Uint32Array.from(features), perPosition, domain)], expected));
  }
});

describe('foldDomains', () => {
  const labels = new BioesLabels(['Name']);
  const L = labels.size;
  const keys = Uint32Array.from([11, domainKey(11, 1), domainKey(11, 2), 12]);
  const weights = new Float32Array(keys.length * L);
  weights[0] = 1;
  weights[L] = 2;
  weights[2 * L] = -3;
  weights[3 * L] = 4;
  const trained = { labels, keys, weights, transitions: new Float32Array((L + 1) * L) };
  const plain = new Set([11, 12]);
  const cases: Array<[string, number, number[]]> = [
    ['adds the first domain copy to the shared weight', 1, [3, 4]],
    ['adds the second domain copy to the shared weight', 2, [-2, 4]],
    ['keeps the shared weight where a domain has no copy', 3, [1, 4]],
  ];
  for (const [label, domain, expected] of cases) {
    it(label, () => {
      const folded = foldDomains(trained, domain, (k) => plain.has(k));
      assert.deepEqual([...folded.keys], [11, 12]);
      assert.deepEqual([folded.weights[0], folded.weights[L]], expected);
    });
  }
});
