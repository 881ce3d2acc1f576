import { BioesLabels } from './bioes';
import { FeatureTable } from './feature-table';
import { transitionMask, viterbi, type TransitionMask } from './viterbi';

/** Sparse weights: row r owns entries rowStart[r] .. rowStart[r+1] of (label, weight). */
export interface SparseWeights {
  rowStart: Int32Array;
  entryLabel: Uint8Array;
  entryWeight: Float32Array;
}

/**
 * A trained linear-chain tagger: a few (label, weight) entries per known feature hash, BIOES
 * transitions, Viterbi decoding. Sparse rows keep the model small enough to stay in cache, which
 * is what run-time speed depends on. Features are hashes computed by the caller, a fixed number
 * per position (0 = none).
 */
export class TaggerModel {
  readonly labels: BioesLabels;
  private readonly table: FeatureTable;
  private readonly weights: SparseWeights;
  private readonly transitions: Float32Array;
  private readonly mask: TransitionMask;
  /** Reused between calls: allocating and zeroing per sentence showed up in profiles. */
  private emissions = new Float64Array(0);

  constructor(labels: BioesLabels, table: FeatureTable, weights: SparseWeights, transitions: Float32Array) {
    this.labels = labels;
    this.table = table;
    this.weights = weights;
    this.transitions = transitions;
    this.mask = transitionMask(labels);
  }

  /** Labels for n positions whose feature hashes are features[i*perPosition ... +perPosition). */
  tag(features: Uint32Array, n: number, perPosition: number): Uint8Array {
    const L = this.labels.size;
    const table = this.table;
    const { rowStart, entryLabel, entryWeight } = this.weights;
    if (this.emissions.length < n * L) this.emissions = new Float64Array(Math.max(n * L, 2 * this.emissions.length));
    const emissions = this.emissions;
    emissions.fill(0, 0, n * L);
    for (let i = 0; i < n; i++) {
      const out = i * L;
      for (let k = i * perPosition, end = k + perPosition; k < end; k++) {
        const key = features[k];
        if (key === 0) continue;
        const row = table.get(key);
        if (row < 0) continue;
        for (let e = rowStart[row], stop = rowStart[row + 1]; e < stop; e++) emissions[out + entryLabel[e]] += entryWeight[e];
      }
    }
    return viterbi(emissions, n, L, this.transitions, this.mask);
  }
}

/** Sparse rows from dense ones, keeping weights with |w| ≥ threshold and the rows left non-empty. */
export function sparsify(keys: Uint32Array, dense: Float32Array, L: number, threshold: number): { keys: Uint32Array; weights: SparseWeights } {
  const keptKeys: number[] = [];
  const rowStart: number[] = [0];
  const labels: number[] = [];
  const values: number[] = [];
  for (let r = 0; r < keys.length; r++) {
    const before = labels.length;
    for (let l = 0; l < L; l++) {
      const w = dense[r * L + l];
      if (Math.abs(w) >= threshold) {
        labels.push(l);
        values.push(w);
      }
    }
    if (labels.length > before) {
      keptKeys.push(keys[r]);
      rowStart.push(labels.length);
    }
  }
  return {
    keys: Uint32Array.from(keptKeys),
    weights: { rowStart: Int32Array.from(rowStart), entryLabel: Uint8Array.from(labels), entryWeight: Float32Array.from(values) },
  };
}
