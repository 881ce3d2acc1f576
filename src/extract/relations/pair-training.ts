import type { PairModel } from './pair-model';

/**
 * Training of the linear pair models (the FinRE pair model and the link model): multinomial logistic
 * regression by stochastic gradient descent with L2 decay and a falling rate, on examples in a seeded
 * order, so a retraining on the same data writes the same model file. With several seeds one model is
 * fitted per order and their weights averaged: a few added examples reorder the shuffle, and the
 * average of several orders moves less with them than any one order does.
 */

export interface PairExample {
  features: string[];
  label: string;
  /** The annotated link the example stands for, when the label comes from a link of its article. */
  link?: string;
}

export interface PairTrainingOptions {
  epochs: number;
  l2: number;
  /** Whether a feature seen `count` times gets a weight (rare features are noise). */
  keep: (feature: string, count: number) => boolean;
  /** The seeds of the shuffles, one fitted model each, their weights averaged; [7] when not given. */
  seeds?: readonly number[];
}

/** Weights per feature, one per class. */
export type PairWeights = Map<string, Float64Array>;

function probabilities(w: PairWeights, features: string[], n: number): Float64Array {
  return probabilitiesOfRows(features.flatMap((f) => w.get(f) ?? []), n);
}

/** The class probabilities of an example given the weight rows of its features. */
function probabilitiesOfRows(rows: readonly Float64Array[], n: number): Float64Array {
  const s = new Float64Array(n);
  for (const row of rows) for (let k = 0; k < n; k++) s[k]! += row[k]!;
  const top = Math.max(...s);
  let sum = 0;
  for (let k = 0; k < n; k++) sum += s[k] = Math.exp(s[k]! - top);
  for (let k = 0; k < n; k++) s[k]! /= sum;
  return s;
}

/** The weights of a model fitted once per seed of `options.seeds`, averaged. */
export function trainPairWeights(examples: readonly PairExample[], classes: readonly string[], options: PairTrainingOptions): PairWeights {
  const seeds = options.seeds ?? [7];
  if (seeds.length === 0) throw new Error('[E_PAIR_SEEDS] pair-training: at least one seed is needed');
  return averageWeights(seeds.map((seed) => trainOneOrder(examples, classes, options, seed)));
}

/**
 * The mean of weight tables over the same classes, a feature missing from a table counting as zero
 * there. A linear model's scores are sums of weights, so the averaged model's scores are the
 * average of the models' scores.
 */
export function averageWeights(tables: readonly PairWeights[]): PairWeights {
  if (tables.length === 1) return tables[0]!;
  const mean: PairWeights = new Map();
  for (const table of tables) {
    for (const [f, row] of table) {
      let sum = mean.get(f);
      if (sum === undefined) mean.set(f, (sum = new Float64Array(row.length)));
      for (let k = 0; k < row.length; k++) sum[k]! += row[k]! / tables.length;
    }
  }
  return mean;
}

function trainOneOrder(examples: readonly PairExample[], classes: readonly string[], options: PairTrainingOptions, orderSeed: number): PairWeights {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const w: PairWeights = new Map();
  for (const [f, c] of counts) if (options.keep(f, c)) w.set(f, new Float64Array(classes.length));
  let seed = orderSeed;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const order = examples.map((_, i) => i);
  // Each example's weight rows, looked up once: the same sums in the same order as by feature, without a lookup per step.
  const rows = examples.map((e) => e.features.flatMap((f) => w.get(f) ?? []));
  const golds = examples.map((e) => classes.indexOf(e.label));
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = 0.2 / (1 + epoch);
    for (const i of order) {
      const p = probabilitiesOfRows(rows[i]!, classes.length);
      const gold = golds[i]!;
      for (const row of rows[i]!) {
        for (let k = 0; k < classes.length; k++) row[k] = row[k]! * (1 - rate * options.l2) + rate * ((k === gold ? 1 : 0) - p[k]!);
      }
    }
  }
  return w;
}

/**
 * Multi-instance training. An annotated link is per article, so it labels every sentence that names
 * the pair, though often one sentence states it and the others only name both (a firm and its city
 * in a headline, then in a quote). A first model, fitted on every labelled sentence, picks for each
 * link the example likeliest to state it; the model is fitted again on those and the unlinked pairs,
 * so sentences that merely name a linked pair no longer teach that naming both is a link.
 */
export function trainOnStatingExamples(examples: readonly PairExample[], classes: readonly string[], options: PairTrainingOptions): PairWeights {
  return trainPairWeights(statingExamples(examples, classes, trainPairWeights(examples, classes, options)), classes, options);
}

/** The examples without those of a link that `first` finds less likely to state it than another of the same link. */
export function statingExamples(examples: readonly PairExample[], classes: readonly string[], first: PairWeights): PairExample[] {
  const best = new Map<string, { example: PairExample; p: number }>();
  for (const example of examples) {
    if (example.link === undefined) continue;
    const p = probabilities(first, example.features.filter((f) => first.has(f)), classes.length)[classes.indexOf(example.label)]!;
    const held = best.get(example.link);
    if (held === undefined || p > held.p) best.set(example.link, { example, p });
  }
  const kept = new Set([...best.values()].map((b) => b.example));
  return examples.filter((e) => e.link === undefined || kept.has(e));
}

/** The model file's form: weights below `minWeight` dropped, the rest rounded to two decimals. */
export function toPairModel(w: PairWeights, classes: readonly string[], threshold: number, minWeight: number): PairModel {
  const weights: PairModel['weights'] = {};
  for (const [f, row] of w) {
    const kept: Record<string, number> = {};
    row.forEach((v, k) => {
      if (Math.abs(v) >= minWeight) kept[k] = Math.round(v * 100) / 100;
    });
    if (Object.keys(kept).length > 0) weights[f] = kept;
  }
  return { classes: [...classes], threshold, weights };
}
