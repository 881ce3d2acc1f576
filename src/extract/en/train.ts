import { sentenceFeatures, type Gazetteer } from './features';
import { LABELS, spansToLabels } from './labels';
import { viterbi, type TaggerModel } from './perceptron';
import type { ConllSentence } from './conll';
import { seededRandom, shuffleInPlace } from '../../shared/random';

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Averaged weights smaller than this are dropped from the saved model. */
  prune: number;
  onEpoch?: (epoch: number, model: TaggerModel) => void;
}

/** Seeded structured-perceptron training with weight averaging. */
export function trainTagger(sentences: ConllSentence[], gazetteer: Gazetteer, options: TrainOptions): TaggerModel {
  const L = LABELS.length;
  const index = new Map<string, number>();
  const data = sentences.map(({ words, spans }) => ({
    features: sentenceFeatures(words, gazetteer).map((names) => names.map((name) => {
      let id = index.get(name);
      if (id === undefined) index.set(name, (id = index.size));
      return id;
    })),
    gold: spansToLabels(words.length, spans).map((label) => LABELS.indexOf(label)),
  }));
  const weights = new Float64Array(index.size * L);
  const accumulated = new Float64Array(index.size * L);
  const transitions = new Float64Array((L + 1) * L);
  const transitionsAcc = new Float64Array((L + 1) * L);
  let step = 1;
  const random = seededRandom(options.seed);
  const averaged = (): TaggerModel => averageModel(index, weights, accumulated, transitions, transitionsAcc, step, gazetteer, options.prune);

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (const i of shuffleInPlace(Array.from({ length: data.length }, (_, k) => k), random)) {
      const { features, gold } = data[i];
      const emissions = new Float64Array(gold.length * L);
      features.forEach((ids, t) => {
        for (const id of ids) for (let y = 0; y < L; y++) emissions[t * L + y] += weights[id * L + y];
      });
      const predicted = viterbi(emissions, gold.length, LABELS, transitions);
      const update = (table: Float64Array, acc: Float64Array, at: number, delta: number): void => {
        table[at] += delta;
        acc[at] += step * delta;
      };
      for (let t = 0; t < gold.length; t++) {
        const [g, p] = [gold[t], predicted[t]];
        if (g !== p) {
          for (const id of features[t]) {
            update(weights, accumulated, id * L + g, 1);
            update(weights, accumulated, id * L + p, -1);
          }
        }
        const [gPrev, pPrev] = t === 0 ? [L, L] : [gold[t - 1], predicted[t - 1]];
        if (g !== p || gPrev !== pPrev) {
          update(transitions, transitionsAcc, gPrev * L + g, 1);
          update(transitions, transitionsAcc, pPrev * L + p, -1);
        }
      }
      step++;
    }
    options.onEpoch?.(epoch, averaged());
  }
  return averaged();
}

function averageModel(
  index: Map<string, number>, weights: Float64Array, accumulated: Float64Array,
  transitions: Float64Array, transitionsAcc: Float64Array, step: number, gazetteer: Gazetteer, prune: number,
): TaggerModel {
  const L = LABELS.length;
  const model: TaggerModel = {
    labels: LABELS,
    transitions: transitions.map((w, k) => w - transitionsAcc[k] / step),
    weights: new Map(),
    gazetteer,
  };
  for (const [name, id] of index) {
    const kept: Array<[number, number]> = [];
    for (let y = 0; y < L; y++) {
      const average = weights[id * L + y] - accumulated[id * L + y] / step;
      if (Math.abs(average) >= prune) kept.push([y, average]);
    }
    if (kept.length > 0) {
      model.weights.set(name, { labels: Uint8Array.from(kept, ([y]) => y), scores: Float32Array.from(kept, ([, s]) => s) });
    }
  }
  return model;
}


