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
/** The low bits: an entry's label, or a row's count. */
const LOW_BITS = (1 << COUNT_BITS) - 1;
/** Direct-mapped cache of summed shared features: 8192 joint values, under 1 MB; on news about nine positions in ten hit. */
const CACHE_BITS = 13;

interface SharedCache {
  width: number;
  keys: Uint32Array;
  sums: Int32Array;
  filled: Uint8Array;
}

/** Weights are held as 16-bit steps of one scale, packed with their label as step·32 + label. */
const STEPS = 32767;

/**
 * A trained linear-chain tagger: (label, weight) entries per known feature hash, BIOES transitions,
 * Viterbi decoding. Emissions are summed as integer steps of one scale: the table maps a feature
 * straight to its entries, each packing label and step in one 32-bit word. Features are hashes
 * computed by the caller, a fixed number per position (0 = none).
 */
export class TaggerModel {
  readonly labels: BioesLabels;
  private readonly table: FeatureTable;
  private readonly entries: Int32Array;
  private readonly scale: number;
  private readonly transitions: Float32Array;
  private readonly mask: TransitionMask;
  /** Reused between calls: allocating and zeroing per sentence showed up in profiles. */
  private steps = new Int32Array(0);
  private cache: SharedCache | undefined;
  private emissions = new Float64Array(0);
  private readonly workspace: ViterbiWorkspace = { score: new Float64Array(0), back: new Uint8Array(0) };

  constructor(labels: BioesLabels, keys: Uint32Array, weights: SparseWeights, transitions: Float32Array) {
    this.labels = labels;
    const { rowStart, entryLabel, entryWeight } = weights;
    let maxAbs = 0;
    for (const w of entryWeight) maxAbs = Math.max(maxAbs, Math.abs(w));
    this.scale = maxAbs / STEPS || 1;
    this.table = new FeatureTable(keys.length);
    // Every row is held sparsely, even the frequent features that weigh nearly every label: adding
    // a row's (label, step) entries cost less than a fixed-length add over all labels (a tenth of
    // the tagger's time on news, measured against dense rows of eight labels or more).
    this.entries = new Int32Array(rowStart[keys.length]);
    for (let r = 0; r < keys.length; r++) {
      const first = rowStart[r];
      const count = rowStart[r + 1] - first;
      this.table.set(keys[r], (first << COUNT_BITS) | count);
      for (let e = first; e < first + count; e++) this.entries[e] = (Math.round(entryWeight[e] / this.scale) << COUNT_BITS) | entryLabel[e];
    }
    this.transitions = transitions;
    this.mask = transitionMask(labels);
  }

  /**
   * Labels for the n positions from `from` on, whose feature hashes are
   * features[i*perPosition ... +perPosition). The first `shared` of a position's features must
   * take few joint values (lexicon marks, word shapes): their summed weights are cached per value.
   */
  tag(features: Uint32Array, n: number, perPosition: number, from = 0, shared = 0): Uint8Array {
    const L = this.labels.size;
    if (this.steps.length < n * L) {
      this.steps = new Int32Array(Math.max(n * L, 2 * this.steps.length));
      this.emissions = new Float64Array(this.steps.length);
    }
    const steps = this.steps;
    steps.fill(0, 0, n * L);
    const cache = shared > 0 ? this.sharedCache(shared) : undefined;
    for (let i = 0; i < n; i++) {
      const out = i * L;
      const first = (from + i) * perPosition;
      let k = first;
      if (cache) {
        const sums = cache.sums;
        const at = this.cachedSlot(cache, features, first, shared) * L;
        for (let l = 0; l < L; l++) steps[out + l] = sums[at + l];
        k += shared;
      }
      for (const end = first + perPosition; k < end; k++) this.addWeights(features[k], steps, out);
    }
    const emissions = this.emissions;
    const scale = this.scale;
    for (let x = 0; x < n * L; x++) emissions[x] = steps[x] * scale;
    return viterbi(emissions, n, L, this.transitions, this.mask, this.workspace);
  }

  /** Adds the weights of one feature hash to sums[at .. at+L). */
  private addWeights(key: number, sums: Int32Array, at: number): void {
    if (key === 0) return;
    const range = this.table.get(key);
    if (range < 0) return;
    const entries = this.entries;
    for (let e = range >>> COUNT_BITS, stop = e + (range & LOW_BITS); e < stop; e++) {
      const packed = entries[e];
      sums[at + (packed & LOW_BITS)] += packed >> COUNT_BITS;
    }
  }

  private sharedCache(width: number): SharedCache {
    if (this.cache?.width !== width) {
      const slots = 1 << CACHE_BITS;
      this.cache = { width, keys: new Uint32Array(slots * width), sums: new Int32Array(slots * this.labels.size), filled: new Uint8Array(slots) };
    }
    return this.cache;
  }

  /** The cache slot holding the summed weights of features[first .. first+width), filled on a miss. */
  private cachedSlot(cache: SharedCache, features: Uint32Array, first: number, width: number): number {
    let h = 0;
    for (let k = first; k < first + width; k++) h = Math.imul(h ^ features[k], 0x9e3779b1);
    const slot = h >>> (32 - CACHE_BITS);
    const keyAt = slot * width;
    let hit = cache.filled[slot] === 1;
    for (let k = 0; hit && k < width; k++) hit = cache.keys[keyAt + k] === features[first + k];
    if (hit) return slot;
    const L = this.labels.size;
    cache.sums.fill(0, slot * L, slot * L + L);
    for (let k = 0; k < width; k++) {
      cache.keys[keyAt + k] = features[first + k];
      this.addWeights(features[first + k], cache.sums, slot * L);
    }
    cache.filled[slot] = 1;
    return slot;
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
