import { BioesLabels } from './bioes';
import { FeatureTable } from './feature-table';
import { transitionMask, viterbi, type TransitionMask, type ViterbiWorkspace } from './viterbi';

/** Sparse weights: row r owns entries rowStart[r] .. rowStart[r+1] of (label, weight). */
export interface SparseWeights {
  rowStart: Int32Array;
  entryLabel: Uint8Array;
  entryWeight: Float32Array;
}

/** Entry ranges fit a table value as start·32 + count (a row never holds more than 31 labels). */
const COUNT_BITS = 5;
/** Weights are held as 16-bit steps of one scale, packed with their label as step·32 + label. */
const STEPS = 32767;

/**
 * A trained linear-chain tagger: a few (label, weight) entries per known feature hash, BIOES
 * transitions, Viterbi decoding. Run time is bound by cache misses, so the table maps a feature
 * straight to its entry range and each entry packs label and quantised weight in one 32-bit
 * word: two memory reads per feature, and half the memory of float pairs. Features are hashes computed by the caller, a fixed number per position (0 = none).
 */
export class TaggerModel {
  readonly labels: BioesLabels;
  private readonly table: FeatureTable;
  private readonly entries: Int32Array;
  private readonly scale: number;
  private readonly transitions: Float32Array;
  private readonly mask: TransitionMask;
  /** Reused between calls: allocating and zeroing per sentence showed up in profiles. */
  private emissions = new Float64Array(0);
  private readonly workspace: ViterbiWorkspace = { score: new Float64Array(0), back: new Uint8Array(0) };

  constructor(labels: BioesLabels, keys: Uint32Array, weights: SparseWeights, transitions: Float32Array) {
    this.labels = labels;
    const { rowStart, entryLabel, entryWeight } = weights;
    this.table = new FeatureTable(keys.length);
    for (let r = 0; r < keys.length; r++) this.table.set(keys[r], (rowStart[r] << COUNT_BITS) | (rowStart[r + 1] - rowStart[r]));
    let maxAbs = 0;
    for (const w of entryWeight) maxAbs = Math.max(maxAbs, Math.abs(w));
    this.scale = maxAbs / STEPS || 1;
    this.entries = new Int32Array(entryLabel.length);
    for (let e = 0; e < entryLabel.length; e++) this.entries[e] = (Math.round(entryWeight[e] / this.scale) << COUNT_BITS) | entryLabel[e];
    this.transitions = transitions;
    this.mask = transitionMask(labels);
  }

  /**
   * Labels for the n positions from `from` on, whose feature hashes are
   * features[i*perPosition ... +perPosition).
   */
  tag(features: Uint32Array, n: number, perPosition: number, from = 0): Uint8Array {
    const L = this.labels.size;
    const table = this.table;
    const entries = this.entries;
    const scale = this.scale;
    if (this.emissions.length < n * L) this.emissions = new Float64Array(Math.max(n * L, 2 * this.emissions.length));
    const emissions = this.emissions;
    emissions.fill(0, 0, n * L);
    for (let i = 0; i < n; i++) {
      const out = i * L;
      for (let k = (from + i) * perPosition, end = k + perPosition; k < end; k++) {
        const key = features[k];
        if (key === 0) continue;
        const range = table.get(key);
        if (range < 0) continue;
        for (let e = range >>> COUNT_BITS, stop = e + (range & 31); e < stop; e++) {
          const packed = entries[e];
          emissions[out + (packed & 31)] += packed >> COUNT_BITS;
        }
      }
      for (let l = 0; l < L; l++) emissions[out + l] *= scale;
    }
    return viterbi(emissions, n, L, this.transitions, this.mask, this.workspace);
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
