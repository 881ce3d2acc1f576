import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { seededRandom, shuffleInPlace } from '../../tagger/index';
import type { TextStyle } from './features';

const BITS = 18;
const EPOCHS = 5;
/** Web sentences are a fifth of the training data; weighting their updates evens the classes. */
const WEB_WEIGHT = 1.5;

/**
 * An averaged perceptron over hashed character uni-, bi- and trigrams deciding whether a text
 * reads like print news (People's Daily) or web news (Sina): the tagger then applies that style's
 * annotation conventions. Positive scores mean web.
 */
export interface StyleClassifier {
  weights: Float32Array;
  bias: number;
}

function bucket(a: number, b: number, c: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca6b) ^ Math.imul(c + 7, 0xc2b2ae35)) >>> (32 - BITS);
}

function styleFeatures(text: string): Int32Array {
  const out = new Int32Array(text.length * 3);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const a = text.charCodeAt(i);
    out[n++] = bucket(a, 0, 0);
    if (i + 1 < text.length) out[n++] = bucket(a, text.charCodeAt(i + 1), 0);
    if (i + 2 < text.length) out[n++] = bucket(a, text.charCodeAt(i + 1), text.charCodeAt(i + 2));
  }
  return out.subarray(0, n);
}

function trainPerceptron(print: readonly string[], web: readonly string[], seed: number): StyleClassifier {
  const examples = [...print.map((t) => ({ f: styleFeatures(t), y: -1 })), ...web.map((t) => ({ f: styleFeatures(t), y: 1 }))];
  const w = new Float64Array(1 << BITS);
  const u = new Float64Array(1 << BITS);
  let bias = 0;
  let biasU = 0;
  let step = 1;
  const random = seededRandom(seed);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const { f, y } of shuffleInPlace(examples, random)) {
      let score = bias;
      for (const k of f) score += w[k];
      if (score * y <= 0) {
        const delta = y === 1 ? WEB_WEIGHT : -1;
        for (const k of f) {
          w[k] += delta;
          u[k] += step * delta;
        }
        bias += delta;
        biasU += step * delta;
      }
      step++;
    }
  }
  return { weights: Float32Array.from(w, (x, i) => x - u[i] / step), bias: bias - biasU / step };
}

/** Folds for the held-out scores that place the decision threshold. */
const FOLDS = 5;

/**
 * The threshold sits where held-out print and web texts are misread equally often (out-of-fold
 * scores over the training texts), so the larger corpus does not pull it: at 0, a tenth of CLUENER
 * dev sentences read as print against one MSRA sentence in a hundred as web, and a web sentence
 * read with the print table loses most of its points.
 */
export function trainStyleClassifier(print: readonly string[], web: readonly string[], seed = 11): StyleClassifier {
  const printScores: number[] = [];
  const webScores: number[] = [];
  const inFold = (i: number, n: number, f: number): boolean => Math.floor((i * FOLDS) / n) === f;
  for (let f = 0; f < FOLDS; f++) {
    const held = trainPerceptron(print.filter((_, i) => !inFold(i, print.length, f)), web.filter((_, i) => !inFold(i, web.length, f)), seed);
    print.forEach((t, i) => inFold(i, print.length, f) && printScores.push(styleScore(held, t)));
    web.forEach((t, i) => inFold(i, web.length, f) && webScores.push(styleScore(held, t)));
  }
  const classifier = trainPerceptron(print, web, seed);
  return { weights: classifier.weights, bias: classifier.bias - equalErrorThreshold(printScores, webScores) };
}

/** The score above which as many print scores lie (in share) as web scores lie at or below it. */
function equalErrorThreshold(printScores: number[], webScores: number[]): number {
  const p = Float64Array.from(printScores).sort();
  const w = Float64Array.from(webScores).sort();
  let lo = Math.min(p[0] ?? 0, w[0] ?? 0);
  let hi = Math.max(p[p.length - 1] ?? 0, w[w.length - 1] ?? 0);
  const below = (xs: Float64Array, t: number): number => {
    let a = 0;
    let b = xs.length;
    while (a < b) {
      const m = (a + b) >> 1;
      if (xs[m] <= t) a = m + 1;
      else b = m;
    }
    return a / (xs.length || 1);
  };
  // Misread print (above t) falls and misread web (at or below t) rises as t grows: bisect the crossing.
  for (let k = 0; k < 60; k++) {
    const t = (lo + hi) / 2;
    if (1 - below(p, t) > below(w, t)) lo = t;
    else hi = t;
  }
  return (lo + hi) / 2;
}

/** Style is a property of the whole text: its first stretch decides, so long articles cost no more. */
const SAMPLE = 1000;

/** The classifier's score for a text: positive reads like web news. */
// The finance and the print/web classifiers score the same text one after the other: its features are kept once.
let lastSample: string | undefined;
let lastFeatures: Int32Array = new Int32Array(0);

/** Drops the kept features, so that a benchmark's sides each pay for their own. */
export function forgetLastStyleSample(): void {
  lastSample = undefined;
}

export function styleScore(classifier: StyleClassifier, text: string): number {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (sample !== lastSample) {
    lastFeatures = styleFeatures(sample);
    lastSample = sample;
  }
  let score = classifier.bias;
  const { weights } = classifier;
  for (let i = 0; i < lastFeatures.length; i++) score += weights[lastFeatures[i]];
  return score;
}

export function classifyStyle(classifier: StyleClassifier, text: string, sourcePrior = 0): TextStyle {
  return styleScore(classifier, text) + sourcePrior > 0 ? 'web' : 'print';
}

/**
 * The mean score of a batch of texts: a source writes in one style, so a one-line text whose own
 * score is weak follows the batch it came in, while a text that reads clearly otherwise keeps its own.
 */
export function sourcePrior(classifier: StyleClassifier, texts: readonly string[]): number {
  if (texts.length === 0) return 0;
  let sum = 0;
  for (const text of texts) sum += styleScore(classifier, text);
  return sum / texts.length;
}

export function writeStyleFile(path: string, classifier: StyleClassifier): number {
  const bias = new Float32Array([classifier.bias]);
  const packed = gzipSync(Buffer.concat([Buffer.from(bias.buffer), Buffer.from(classifier.weights.buffer)]), { level: 9 });
  writeFileSync(path, packed);
  return packed.length;
}

export function readStyleFile(path: string): StyleClassifier {
  const body = gunzipSync(readFileSync(path));
  const values = new Float32Array(body.buffer.slice(body.byteOffset, body.byteOffset + body.length));
  return { bias: values[0], weights: values.slice(1) };
}
