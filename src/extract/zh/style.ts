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

export function trainStyleClassifier(print: readonly string[], web: readonly string[], seed = 11): StyleClassifier {
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

/** Style is a property of the whole text: its first stretch decides, so long articles cost no more. */
const SAMPLE = 1000;

export function classifyStyle(classifier: StyleClassifier, text: string): TextStyle {
  let score = classifier.bias;
  for (const k of styleFeatures(text.length > SAMPLE ? text.slice(0, SAMPLE) : text)) score += classifier.weights[k];
  return score > 0 ? 'web' : 'print';
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
