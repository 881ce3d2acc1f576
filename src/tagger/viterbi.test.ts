import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BioesLabels } from './bioes';
import { transitionMask, viterbi } from './viterbi';

const labels = new BioesLabels(['Person', 'Place']);
const L = labels.size;
const mask = transitionMask(labels);

/** Emissions that favour one label per position by a margin. */
function emissionsFor(wanted: string[]): Float64Array {
  const e = new Float64Array(wanted.length * L);
  wanted.forEach((name, i) => {
    for (let l = 0; l < L; l++) if (labels.name(l) === name) e[i * L + l] = 5;
  });
  return e;
}

describe('viterbi', () => {
  const cases: Array<[string, string[], string[]]> = [
    ['follows strong emissions', ['B-Person', 'E-Person', 'O'], ['B-Person', 'E-Person', 'O']],
    ['never starts inside an entity', ['I-Person', 'E-Person'], ['B-Person', 'E-Person']],
    ['single position', ['S-Place'], ['S-Place']],
  ];
  for (const [label, wanted, expected] of cases) {
    it(label, () => {
      const out = viterbi(emissionsFor(wanted), wanted.length, L, new Float32Array((L + 1) * L), mask);
      assert.deepEqual([...out].map((l) => labels.name(l)), expected);
    });
  }
});

describe('viterbi keeps BIOES valid', () => {
  it('never leaves an entity open at the end', () => {
    const out = viterbi(emissionsFor(['O', 'B-Place']), 2, L, new Float32Array((L + 1) * L), mask);
    assert.ok(!['B-Place', 'I-Place'].includes(labels.name(out[1])), labels.name(out[1]));
  });
});

describe('BioesLabels', () => {
  const cases: Array<[string, Array<{ start: number; end: number; type: string }>]> = [
    ['one long and one single span', [{ start: 0, end: 3, type: 'Place' }, { start: 4, end: 5, type: 'Person' }]],
    ['adjacent spans', [{ start: 0, end: 2, type: 'Person' }, { start: 2, end: 4, type: 'Person' }]],
    ['no spans', []],
  ];
  for (const [label, spans] of cases) {
    it(`${label} survive encode then decode`, () => assert.deepEqual(labels.decode(labels.encode(6, spans)), spans));
  }
});
