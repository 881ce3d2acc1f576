import { BioesLabels } from './bioes';
import { FeatureTable } from './feature-table';
import { seededRandom, shuffleInPlace } from '../shared/random';
import { transitionMask, viterbi, type TransitionMask } from './viterbi';

/** One training sentence: perPosition feature hashes per position (0 = none) and its gold labels. */
export interface TrainingSequence {
  features: Uint32Array;
  labels: Uint8Array;
  /**
   * Partial annotation: 1 where labels[i] is known, 0 where the corpus says nothing (FinRE names the
   * pair it labels, not every company in the sentence). Absent means every label is known. The
   * target is then the best sequence that agrees with the known labels, so unlabelled names are
   * neither taught as names nor as O.
   */
  known?: Uint8Array;
}

export interface TrainOptions {
  types: readonly string[];
  perPosition: number;
  epochs: number;
  seed: number;
  /** Features seen fewer times than this are dropped before training. */
  minCount: number;
  /** Called after each epoch with the averaged weights so far. */
  onEpoch?: (epoch: number, averaged: TrainedWeights, errors: number) => void;
  log?: (line: string) => void;
}

export interface TrainedWeights {
  labels: BioesLabels;
  keys: Uint32Array;
  weights: Float32Array;
  transitions: Float32Array;
}

function indexFeatures(sequences: TrainingSequence[], minCount: number): { keys: Uint32Array; rows: Int32Array[] } {
  const counts = new Map<number, number>();
  for (const { features } of sequences) {
    for (let k = 0; k < features.length; k++) {
      const key = features[k];
      if (key !== 0) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const kept: number[] = [];
  for (const [key, count] of counts) if (count >= minCount) kept.push(key);
  counts.clear();
  const table = new FeatureTable(kept.length);
  for (const key of kept) table.add(key);
  const rows = sequences.map(({ features }) => {
    const out = new Int32Array(features.length);
    for (let k = 0; k < features.length; k++) out[k] = features[k] === 0 ? -1 : table.get(features[k]);
    return out;
  });
  return { keys: Uint32Array.from(kept), rows };
}

/**
 * Averaged structured perceptron (Collins 2002) with the lazy-average trick: alongside the weights
 * w it keeps u = Σ step·update, so the average is w − u/step without touching every weight per step.
 */
export function trainPerceptron(sequences: TrainingSequence[], options: TrainOptions): TrainedWeights {
  const labels = new BioesLabels(options.types);
  const L = labels.size;
  const P = options.perPosition;
  const { keys, rows } = indexFeatures(sequences, options.minCount);
  options.log?.(`tagger: ${keys.length} features kept (seen at least ${options.minCount} times)`);
  const w = new Float64Array(keys.length * L);
  const u = new Float64Array(keys.length * L);
  const tw = new Float64Array((L + 1) * L);
  const tu = new Float64Array((L + 1) * L);
  const mask = transitionMask(labels);
  const random = seededRandom(options.seed);
  const order = sequences.map((_, i) => i);
  let step = 1;

  const averaged = (): TrainedWeights => {
    const weights = new Float32Array(w.length);
    for (let i = 0; i < w.length; i++) weights[i] = w[i] - u[i] / step;
    const transitions = new Float32Array(tw.length);
    for (let i = 0; i < tw.length; i++) transitions[i] = tw[i] - tu[i] / step;
    return { labels, keys, weights, transitions };
  };

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffleInPlace(order, random);
    let errors = 0;
    for (const s of order) {
      const known = sequences[s].known;
      const feats = rows[s];
      const n = sequences[s].labels.length;
      const emissions = new Float64Array(n * L);
      for (let i = 0; i < n; i++) {
        for (let k = i * P; k < i * P + P; k++) {
          const row = feats[k];
          if (row < 0) continue;
          for (let l = 0; l < L; l++) emissions[i * L + l] += w[row * L + l];
        }
      }
      const predicted = viterbi(emissions, n, L, tw, mask);
      const gold = known === undefined ? sequences[s].labels : constrainedTarget(emissions, sequences[s].labels, known, n, L, tw, mask);
      for (let i = 0; i < n; i++) {
        const g = gold[i];
        const p = predicted[i];
        const gPrev = i === 0 ? L : gold[i - 1];
        const pPrev = i === 0 ? L : predicted[i - 1];
        if (g !== p) {
          errors++;
          for (let k = i * P; k < i * P + P; k++) {
            const row = feats[k];
            if (row < 0) continue;
            w[row * L + g] += 1;
            u[row * L + g] += step;
            w[row * L + p] -= 1;
            u[row * L + p] -= step;
          }
        }
        if (g !== p || gPrev !== pPrev) {
          tw[gPrev * L + g] += 1;
          tu[gPrev * L + g] += step;
          tw[pPrev * L + p] -= 1;
          tu[pPrev * L + p] -= step;
        }
      }
      step++;
    }
    options.onEpoch?.(epoch, averaged(), errors);
  }
  return averaged();
}

const FORBIDDEN = -1e12;

/** The best sequence under the current weights that keeps every known label. */
function constrainedTarget(emissions: Float64Array, labels: Uint8Array, known: Uint8Array, n: number, L: number, tw: Float64Array, mask: TransitionMask): Uint8Array {
  const forced = Float64Array.from(emissions);
  for (let i = 0; i < n; i++) {
    if (!known[i]) continue;
    for (let l = 0; l < L; l++) if (l !== labels[i]) forced[i * L + l] = FORBIDDEN;
  }
  return viterbi(forced, n, L, tw, mask);
}
