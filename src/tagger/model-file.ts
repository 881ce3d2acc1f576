import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { WutongError } from '../shared/errors';
import { BioesLabels } from './bioes';
import { sparsify, TaggerModel } from './model';
import type { TrainedWeights } from './trainer';

const MAGIC = 'WTTG3';

interface TableHeader {
  name: string;
  rows: number;
  entries: number;
  scale: number;
}

interface Header {
  types: string[];
  tables: TableHeader[];
  meta: Record<string, unknown>;
}

/** A named weight table: one per annotation style when the tagger was trained with domain copies. */
export interface NamedWeights {
  name: string;
  trained: TrainedWeights;
}

/**
 * Binary model: gzip of [MAGIC, u32 header length, JSON header, then per table: u32 keys, u8
 * entries per row, u8 entry labels, i16 entry weights, f32 transitions]. Weights below pruneBelow
 * are dropped: they barely move a decision and would cost memory and cache misses at run time.
 */
export function writeModelFile(path: string, tables: NamedWeights[], meta: Record<string, unknown>, pruneBelow: number): { rows: number; entries: number; bytes: number } {
  const parts: Buffer[] = [];
  const headers: TableHeader[] = [];
  for (const { name, trained } of tables) {
    const L = trained.labels.size;
    const { keys, weights } = sparsify(trained.keys, trained.weights, L, pruneBelow);
    let maxAbs = 0;
    for (const w of weights.entryWeight) maxAbs = Math.max(maxAbs, Math.abs(w));
    const scale = maxAbs / 32767 || 1;
    const counts = new Uint8Array(keys.length);
    for (let r = 0; r < keys.length; r++) counts[r] = weights.rowStart[r + 1] - weights.rowStart[r];
    const quantised = Int16Array.from(weights.entryWeight, (w) => Math.round(w / scale));
    headers.push({ name, rows: keys.length, entries: quantised.length, scale });
    parts.push(Buffer.from(keys.buffer), Buffer.from(counts.buffer), Buffer.from(weights.entryLabel.buffer), Buffer.from(quantised.buffer), Buffer.from(trained.transitions.buffer));
  }
  const header: Header = { types: [...(tables[0]?.trained.labels.types ?? [])], tables: headers, meta };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  const packed = gzipSync(Buffer.concat([Buffer.from(MAGIC, 'ascii'), length, json, ...parts]), { level: 9 });
  writeFileSync(path, packed);
  return { rows: headers.reduce((n, t) => n + t.rows, 0), entries: headers.reduce((n, t) => n + t.entries, 0), bytes: packed.length };
}

/** A read model file: its tables are built on first use, so a caller of one style pays for one. */
export interface ModelFile {
  meta: Record<string, unknown>;
  /** Table names in file order; the first is the default. */
  names: string[];
  model(name?: string): TaggerModel;
}

export function readModelFile(path: string): ModelFile {
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
  if (header.tables.length === 0) throw new WutongError('tagger', 'MODEL_EMPTY', `${path} holds no weight table`);
  const labels = new BioesLabels(header.types);
  const L = labels.size;
  const offsets = new Map<string, { table: TableHeader; offset: number }>();
  for (const table of header.tables) {
    offsets.set(table.name, { table, offset: at });
    at += table.rows * 5 + table.entries * 3 + (L + 1) * L * 4;
  }
  const built = new Map<string, TaggerModel>();
  const build = (table: TableHeader, offset: number): TaggerModel => {
    let cursor = offset;
    const take = (bytes: number): ArrayBuffer => {
      const buffer = body.buffer.slice(body.byteOffset + cursor, body.byteOffset + cursor + bytes);
      cursor += bytes;
      return buffer;
    };
    const keys = new Uint32Array(take(table.rows * 4));
    const counts = new Uint8Array(take(table.rows));
    const entryLabel = new Uint8Array(take(table.entries));
    const quantised = new Int16Array(take(table.entries * 2));
    const transitions = new Float32Array(take((L + 1) * L * 4));
    const rowStart = new Int32Array(table.rows + 1);
    for (let r = 0; r < table.rows; r++) rowStart[r + 1] = rowStart[r] + counts[r];
    // A plain loop: Float32Array.from with a callback per weight made a table's build take twice as long.
    const entryWeight = new Float32Array(quantised.length);
    for (let e = 0; e < quantised.length; e++) entryWeight[e] = quantised[e] * table.scale;
    return new TaggerModel(labels, keys, { rowStart, entryLabel, entryWeight }, transitions);
  };
  return {
    meta: header.meta,
    names: header.tables.map((t) => t.name),
    model(name = header.tables[0].name): TaggerModel {
      let model = built.get(name);
      if (!model) {
        const found = offsets.get(name);
        if (!found) throw new WutongError('tagger', 'MODEL_TABLE', `${path} has no weight table ${name}`);
        model = build(found.table, found.offset);
        built.set(name, model);
      }
      return model;
    },
  };
}
