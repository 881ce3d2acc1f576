import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BioesLabels } from './bioes';
import { TaggerModel } from './model';
import { transitionMask, viterbi } from './viterbi';

const labels = new BioesLabels(['Person', 'Place']);
const L = labels.size;

/**
 * Rows by feature key: two with a weight for every label, three with one or two: 11 alone reads O,
 * with 13 S-Person, with 14 S-Place. Weights are whole steps with the largest at 32767, so
 * quantising keeps them exact.
 */
const ROWS: Record<number, number[]> = {
  11: [3000, -900, 1200, -300, 2000, 500, -2600, 700, 1000],
  12: [-1500, 3100, -200, 900, -4100, 600, 800, -1000, 1300],
  13: [-7000, 0, 0, 0, 9000, 0, 0, 0, 0],
  14: [0, 0, 0, 0, 0, 0, 0, 0, 12000],
  15: [32767, 0, 0, 0, 0, 0, 0, 0, 0],
};

function buildModel(): TaggerModel {
  const keys = Object.keys(ROWS).map(Number);
  const rowStart = [0];
  const entryLabel: number[] = [];
  const entryWeight: number[] = [];
  for (const key of keys) {
    ROWS[key]!.forEach((w, l) => {
      if (w === 0) return;
      entryLabel.push(l);
      entryWeight.push(w);
    });
    rowStart.push(entryLabel.length);
  }
  const weights = { rowStart: Int32Array.from(rowStart), entryLabel: Uint8Array.from(entryLabel), entryWeight: Float32Array.from(entryWeight) };
  return new TaggerModel(labels, Uint32Array.from(keys), weights, new Float32Array((L + 1) * L));
}

/** The labels straight from the definition: each position's weights summed, then Viterbi. */
function reference(features: number[][]): number[] {
  const emissions = new Float64Array(features.length * L);
  features.forEach((keys, i) => {
    for (const key of keys) ROWS[key]?.forEach((w, l) => (emissions[i * L + l] += w));
  });
  return [...viterbi(emissions, features.length, L, new Float32Array((L + 1) * L), transitionMask(labels))];
}

describe('TaggerModel.tag', () => {
  const model = buildModel();
  const cases: Array<[string, number[][], number]> = [
    ['full and short rows add up', [[11, 13], [12, 14], [11, 12]], 0],
    ['unknown and absent features add nothing', [[11, 99], [0, 12], [77, 14]], 0],
    ['a cached first group gives the same labels', [[11, 13, 14], [12, 14, 11], [11, 13, 12]], 2],
    ['a group seen again is read from the cache', [[11, 13, 12], [11, 13, 14], [11, 13, 12], [11, 13, 14]], 2],
    ['a group differing in one key is not confused', [[11, 13, 0], [11, 14, 0], [13, 11, 0]], 2],
  ];
  for (const [label, features, shared] of cases) {
    it(label, () => {
      const width = features[0]!.length;
      const flat = Uint32Array.from(features.flat());
      assert.deepEqual([...model.tag(flat, features.length, width, 0, shared)], reference(features));
    });
  }
  it('reads positions from an offset', () => {
    const features = [[12, 14], [11, 13], [12, 12]];
    const flat = Uint32Array.from([0, 0, ...features.flat()]);
    assert.deepEqual([...model.tag(flat, 3, 2, 1, 1)], reference(features));
  });
});
