import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { TextStyle } from './features';

const BUCKETS = 1 << 16;

/**
 * Naive Bayes over hashed character unigrams and bigrams deciding whether a text reads like print
 * news (People's Daily) or web news (Sina): the tagger then applies that style's annotation
 * conventions. Positive log-odds mean web.
 */
export interface StyleClassifier {
  logOdds: Float32Array;
  prior: number;
}

function bucket(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca6b)) >>> 16;
}

function countInto(counts: Float64Array, text: string): void {
  for (let i = 0; i < text.length; i++) {
    counts[bucket(text.charCodeAt(i), 0)]++;
    if (i + 1 < text.length) counts[bucket(text.charCodeAt(i), text.charCodeAt(i + 1))]++;
  }
}

export function trainStyleClassifier(print: readonly string[], web: readonly string[]): StyleClassifier {
  const p = new Float64Array(BUCKETS);
  const w = new Float64Array(BUCKETS);
  for (const t of print) countInto(p, t);
  for (const t of web) countInto(w, t);
  let pTotal = 0;
  let wTotal = 0;
  for (let i = 0; i < BUCKETS; i++) {
    pTotal += p[i];
    wTotal += w[i];
  }
  const logOdds = new Float32Array(BUCKETS);
  for (let i = 0; i < BUCKETS; i++) logOdds[i] = Math.log((w[i] + 1) / (wTotal + BUCKETS)) - Math.log((p[i] + 1) / (pTotal + BUCKETS));
  return { logOdds, prior: Math.log(web.length / print.length) };
}

export function classifyStyle(classifier: StyleClassifier, text: string): TextStyle {
  let score = classifier.prior;
  const { logOdds } = classifier;
  for (let i = 0; i < text.length; i++) {
    score += logOdds[bucket(text.charCodeAt(i), 0)];
    if (i + 1 < text.length) score += logOdds[bucket(text.charCodeAt(i), text.charCodeAt(i + 1))];
  }
  return score > 0 ? 'web' : 'print';
}

export function writeStyleFile(path: string, classifier: StyleClassifier): number {
  const prior = new Float32Array([classifier.prior]);
  const packed = gzipSync(Buffer.concat([Buffer.from(prior.buffer), Buffer.from(classifier.logOdds.buffer)]), { level: 9 });
  writeFileSync(path, packed);
  return packed.length;
}

export function readStyleFile(path: string): StyleClassifier {
  const body = gunzipSync(readFileSync(path));
  const values = new Float32Array(body.buffer.slice(body.byteOffset, body.byteOffset + body.length));
  return { prior: values[0], logOdds: values.slice(1) };
}
