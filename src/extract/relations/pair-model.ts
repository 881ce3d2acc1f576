import type { Mention } from '../types';
import modelData from './pair-model.json';
import { pairFeatures } from './pair-features';
import type { SentenceSpan } from './sentences';
import { WutongError } from '../../shared/errors';

/** A linear model over pair features: weights[feature][class index]. */
export interface PairModel {
  classes: string[];
  threshold: number;
  /** A threshold per relation type (the link model's, chosen by cross-validation); `threshold` for the rest. */
  thresholds?: Record<string, number>;
  /** The classes whose probability vetoes a weaker type; every non-type class when absent. */
  untyped?: string[];
  weights: Record<string, Record<string, number>>;
}

const MODEL = modelData as PairModel;

export interface PairReading {
  type: string;
  /** True when y is the source (the class says the later mention acts on the earlier). */
  reversed: boolean;
  probability: number;
}

/**
 * Weights as (class, weight) pairs per feature, built once per model: JSON objects are slow to walk
 * per pair. All pairs sit in one array and a feature maps to a small integer (its first pair·32 +
 * its count), so a lookup reads one array beside the map instead of an object per feature.
 */
interface CompiledWeights {
  rows: Map<string, number>;
  pairs: Float64Array;
}

const ROW_COUNT_BITS = 5;
/** What scoring reads of a model: its classes and weights (a model's thresholds are its reader's business). */
type ScoredModel = Pick<PairModel, 'classes' | 'weights'>;

const compiled = new WeakMap<ScoredModel, CompiledWeights>();

function compiledWeights(model: ScoredModel): CompiledWeights {
  let table = compiled.get(model);
  if (table === undefined) {
    const rows = new Map<string, number>();
    const pairs: number[] = [];
    for (const [f, w] of Object.entries(model.weights)) {
      const entries = Object.entries(w);
      if (entries.length >= 1 << ROW_COUNT_BITS) throw new WutongError('extract/relations', 'PAIR_MODEL_CLASSES', `pair model feature ${f} weighs more than ${(1 << ROW_COUNT_BITS) - 1} classes`);
      rows.set(f, ((pairs.length / 2) << ROW_COUNT_BITS) | entries.length);
      for (const [k, v] of entries) pairs.push(Number(k), v);
    }
    table = { rows, pairs: Float64Array.from(pairs) };
    compiled.set(model, table);
  }
  return table;
}

export function scorePair(model: ScoredModel, features: string[]): number[] {
  const classes = model.classes.length;
  const scores = new Float64Array(classes);
  const { rows, pairs } = compiledWeights(model);
  for (const f of features) {
    const row = rows.get(f);
    if (row === undefined) continue;
    for (let i = 2 * (row >>> ROW_COUNT_BITS), end = i + 2 * (row & ((1 << ROW_COUNT_BITS) - 1)); i < end; i += 2) scores[pairs[i]!] += pairs[i + 1]!;
  }
  let top = -Infinity;
  for (let k = 0; k < classes; k++) top = Math.max(top, scores[k]!);
  // Summed left to right, as the probabilities always were.
  const exp = new Array<number>(classes);
  let sum = 0;
  for (let k = 0; k < classes; k++) {
    exp[k] = Math.exp(scores[k]! - top);
    sum += exp[k]!;
  }
  for (let k = 0; k < classes; k++) exp[k] = exp[k]! / sum;
  return exp;
}

/**
 * The relation type a pair the patterns left untyped most likely carries, learned from finance news
 * (FinRE train): classes are our types with a direction mark (> x acts on y, < y acts on x), plus
 * classes for no relation and relations we do not type, which return undefined.
 */
export function readPair(text: string, sentence: SentenceSpan, x: Mention, y: Mention, others: Mention[], model: PairModel = MODEL): PairReading | undefined {
  const probabilities = scorePair(model, pairFeatures(text, sentence, x, y, others));
  const { typeOf, backward, vetoes } = classRoles(model);
  // The two directions of a type share its probability mass; the stronger one gives the direction.
  const byType = new Map<string, { total: number; forward: number; backward: number }>();
  let untyped = 0;
  probabilities.forEach((p, k) => {
    if (vetoes[k]) untyped = Math.max(untyped, p);
    const type = typeOf[k];
    if (type === undefined) return;
    const entry = byType.get(type) ?? { total: 0, forward: 0, backward: 0 };
    entry.total += p;
    if (backward[k]) entry.backward += p;
    else entry.forward += p;
    byType.set(type, entry);
  });
  // No relation, or the same thing named twice, beats a weaker type; a relation we do not type
  // (分析, 纠纷 …) only when told so (model.untyped lists the classes that veto a type).
  let best: PairReading | undefined;
  for (const [type, p] of byType) {
    if (p.total < model.threshold || p.total <= untyped || (best !== undefined && best.probability >= p.total)) continue;
    best = { type, reversed: p.backward > p.forward, probability: p.total };
  }
  return best;
}

interface ClassRoles {
  /** Our relation type a class names (SIGNED_WITH> → SIGNED_WITH), or undefined for the rest. */
  typeOf: Array<string | undefined>;
  backward: boolean[];
  vetoes: boolean[];
}

const roles = new WeakMap<PairModel, ClassRoles>();

/** What each class of a model stands for, read once per model instead of once per pair. */
function classRoles(model: PairModel): ClassRoles {
  let found = roles.get(model);
  if (found === undefined) {
    const vetoes = model.untyped ?? model.classes.filter((label) => !/^[A-Z]/.test(label));
    const parsed = model.classes.map((label) => /^([A-Z_]+)([<>]?)$/.exec(label));
    found = { typeOf: parsed.map((m) => m?.[1]), backward: parsed.map((m) => m?.[2] === '<'), vetoes: model.classes.map((label) => vetoes.includes(label)) };
    roles.set(model, found);
  }
  return found;
}
