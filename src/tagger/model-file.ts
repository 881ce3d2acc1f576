import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { WutongError } from '../shared/errors';
import { BioesLabels } from './bioes';
import { sparsify, TaggerModel } from './model';
import type { TrainedWeights } from './trainer';

const MAGIC = 'WTTG2';

interface Header {
  types: string[];
  rows: number;
  entries: number;
  scale: number;
  meta: Record<string, unknown>;
}

/**
 * Binary model: gzip of [MAGIC, u32 header length, JSON header, u32 keys, u8 entries per row,
 * u8 entry labels, i16 entry weights, f32 transitions]. Weights below pruneBelow are dropped:
 * they barely move a decision and would cost memory and cache misses at run time.
 */
export function writeModelFile(path: string, trained: TrainedWeights, meta: Record<string, unknown>, pruneBelow: number): { rows: number; entries: number; bytes: number } {
  const L = trained.labels.size;
  const { keys, weights } = sparsify(trained.keys, trained.weights, L, pruneBelow);
  let maxAbs = 0;
  for (const w of weights.entryWeight) maxAbs = Math.max(maxAbs, Math.abs(w));
  const scale = maxAbs / 32767 || 1;
  const counts = new Uint8Array(keys.length);
  for (let r = 0; r < keys.length; r++) counts[r] = weights.rowStart[r + 1] - weights.rowStart[r];
  const quantised = Int16Array.from(weights.entryWeight, (w) => Math.round(w / scale));
  const header: Header = { types: [...trained.labels.types], rows: keys.length, entries: quantised.length, scale, meta };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  const body = Buffer.concat([
    Buffer.from(MAGIC, 'ascii'), length, json, Buffer.from(keys.buffer), Buffer.from(counts.buffer),
    Buffer.from(weights.entryLabel.buffer), Buffer.from(quantised.buffer), Buffer.from(trained.transitions.buffer),
  ]);
  const packed = gzipSync(body, { level: 9 });
  writeFileSync(path, packed);
  return { rows: keys.length, entries: quantised.length, bytes: packed.length };
}

export function readModelFile(path: string): { model: TaggerModel; meta: Record<string, unknown> } {
  let body: Buffer<ArrayBuffer>;
  try {
    body = gunzipSync(readFileSync(path));
  } catch (cause) {
    throw new WutongError('tagger', 'MODEL_UNREADABLE', `cannot read the model ${path}`, { cause });
  }
  if (body.subarray(0, MAGIC.length).toString('ascii') !== MAGIC) throw new WutongError('tagger', 'MODEL_VERSION', `${path} is not a tagger model of this version`);
  const headerLength = body.readUInt32LE(MAGIC.length);
  let at = MAGIC.length + 4;
  const header = JSON.parse(body.subarray(at, at + headerLength).toString('utf8')) as Header;
  at += headerLength;
  const labels = new BioesLabels(header.types);
  const L = labels.size;
  const take = (bytes: number): ArrayBuffer => {
    const buffer = body.buffer.slice(body.byteOffset + at, body.byteOffset + at + bytes);
    at += bytes;
    return buffer;
  };
  const keys = new Uint32Array(take(header.rows * 4));
  const counts = new Uint8Array(take(header.rows));
  const entryLabel = new Uint8Array(take(header.entries));
  const quantised = new Int16Array(take(header.entries * 2));
  const transitions = new Float32Array(take((L + 1) * L * 4));
  const rowStart = new Int32Array(header.rows + 1);
  for (let r = 0; r < header.rows; r++) rowStart[r + 1] = rowStart[r] + counts[r];
  const entryWeight = Float32Array.from(quantised, (q) => q * header.scale);
  return { model: new TaggerModel(labels, keys, { rowStart, entryLabel, entryWeight }, transitions), meta: header.meta };
}
