import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { WutongError } from '../../shared/errors';
import { sentenceFeatures, type Gazetteer } from './features';
import { allowedTransition } from './labels';

/** A first-order averaged-perceptron sequence tagger, ready for decoding. */
export interface TaggerModel {
  labels: readonly string[];
  /** (labels + 1) × labels scores; the last row scores the sentence start. */
  transitions: Float64Array;
  /** Feature name → sparse label scores. */
  weights: Map<string, { labels: Uint8Array; scores: Float32Array }>;
  gazetteer: Gazetteer;
}

/** Best label sequence for per-token emission scores (tokens × labels), BIOES constraints enforced. */
export function viterbi(emissions: Float64Array, length: number, labels: readonly string[], transitions: Float64Array): number[] {
  const L = labels.length;
  if (length === 0) return [];
  const allowed = Array.from({ length: L + 1 }, (_, p) => labels.map((next) => allowedTransition(p === L ? undefined : labels[p], next)));
  const score = new Float64Array(length * L).fill(-Infinity);
  const back = new Int32Array(length * L);
  for (let y = 0; y < L; y++) {
    if (allowed[L][y]) score[y] = transitions[L * L + y] + emissions[y];
  }
  for (let t = 1; t < length; t++) {
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        const prev = score[(t - 1) * L + p];
        if (prev === -Infinity || !allowed[p][y]) continue;
        const s = prev + transitions[p * L + y];
        if (s > best) [best, arg] = [s, p];
      }
      score[t * L + y] = best + emissions[t * L + y];
      back[t * L + y] = arg;
    }
  }
  // A sentence may not end inside an open span (B- or I-).
  let last = -1;
  for (let y = 0; y < L; y++) {
    if (labels[y].startsWith('B-') || labels[y].startsWith('I-')) continue;
    if (last < 0 || score[(length - 1) * L + y] > score[(length - 1) * L + last]) last = y;
  }
  const path = [last];
  for (let t = length - 1; t > 0; t--) path.unshift(back[t * L + path[0]]);
  return path;
}

export function tagSentence(model: TaggerModel, words: string[]): string[] {
  const L = model.labels.length;
  const emissions = new Float64Array(words.length * L);
  sentenceFeatures(words, model.gazetteer).forEach((features, t) => {
    for (const feature of features) {
      const weight = model.weights.get(feature);
      if (!weight) continue;
      for (let k = 0; k < weight.labels.length; k++) emissions[t * L + weight.labels[k]] += weight.scores[k];
    }
  });
  return viterbi(emissions, words.length, model.labels, model.transitions).map((y) => model.labels[y]);
}

/** Gzipped text: a JSON header line, then `g<TAB>entry<TAB>class` and `f<TAB>name<TAB>label:score,…` lines. */
export function serializeModel(model: TaggerModel): Buffer {
  const lines = [JSON.stringify({ labels: model.labels, transitions: Array.from(model.transitions, round) })];
  for (const [entry, cls] of model.gazetteer) lines.push(`g\t${entry}\t${cls}`);
  for (const [name, { labels, scores }] of model.weights) {
    lines.push(`f\t${name}\t${Array.from(labels, (y, k) => `${y}:${round(scores[k])}`).join(',')}`);
  }
  return gzipSync(lines.join('\n'), { level: 9 });
}

const modelHeader = z.object({ labels: z.array(z.string()).min(1), transitions: z.array(z.number()) });

export function parseModel(gzipped: Buffer): TaggerModel {
  const lines = gunzipSync(gzipped).toString('utf8').split('\n');
  let header: z.output<typeof modelHeader>;
  try {
    header = modelHeader.parse(JSON.parse(lines[0]!));
  } catch (cause) {
    throw new WutongError('extract/en', 'MODEL_INVALID', 'the English tagger model has no valid header', { cause });
  }
  const gazetteer: Gazetteer = new Map();
  const weights: TaggerModel['weights'] = new Map();
  for (let i = 1; i < lines.length; i++) {
    const [kind, name, value] = lines[i].split('\t');
    if (kind === 'g') gazetteer.set(name, value);
    if (kind !== 'f') continue;
    const pairs = value.split(',');
    const entry = { labels: new Uint8Array(pairs.length), scores: new Float32Array(pairs.length) };
    pairs.forEach((pair, k) => {
      const colon = pair.indexOf(':');
      entry.labels[k] = Number(pair.slice(0, colon));
      entry.scores[k] = Number(pair.slice(colon + 1));
    });
    weights.set(name, entry);
  }
  return { labels: header.labels, transitions: Float64Array.from(header.transitions), weights, gazetteer };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
