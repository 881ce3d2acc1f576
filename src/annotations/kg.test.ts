import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isWutongError } from '../shared/errors';
import { parseBatchModels, parseBatches } from './kg';

// Each list names batches as the training scripts' options take them; `batches` is what it names, `error` the code it raises.
const batchLists: Array<{ label: string; list: string; batches?: number[]; error?: string }> = [
  { label: 'one range', list: '1-16', batches: Array.from({ length: 16 }, (_, i) => i + 1) },
  { label: 'two ranges with a gap', list: '1-2,5-6', batches: [1, 2, 5, 6] },
  { label: 'single batches and spaces', list: '3, 7 - 8', batches: [3, 7, 8] },
  { label: 'a range given twice counts once', list: '1-2,2', batches: [1, 2] },
  { label: 'a range backwards', list: '8-3', error: 'ANNOTATIONS_BATCHES' },
  { label: 'a word', list: 'all', error: 'ANNOTATIONS_BATCHES' },
  { label: 'an empty part', list: '1-4,', error: 'ANNOTATIONS_BATCHES' },
  { label: 'batch zero', list: '0-4', error: 'ANNOTATIONS_BATCHES' },
];

const modelLists: Array<{ label: string; list: string; models?: Array<[number, string]>; error?: string }> = [
  { label: 'two ranges, a model each', list: '1-2=/tmp/b.bin,3-4=/tmp/a.bin', models: [[1, '/tmp/b.bin'], [2, '/tmp/b.bin'], [3, '/tmp/a.bin'], [4, '/tmp/a.bin']] },
  { label: 'a single batch', list: '5=m.bin', models: [[5, 'm.bin']] },
  { label: 'a batch given two models', list: '1-3=a.bin,3-4=b.bin', error: 'ANNOTATIONS_BATCH_MODELS' },
  { label: 'a range without a model', list: '1-3', error: 'ANNOTATIONS_BATCH_MODELS' },
  { label: 'an empty model', list: '1-3=', error: 'ANNOTATIONS_BATCH_MODELS' },
  { label: 'a bad range before a model', list: 'x=a.bin', error: 'ANNOTATIONS_BATCHES' },
];

describe('parseBatches', () => {
  for (const c of batchLists) {
    test(c.label, () => {
      if (c.error !== undefined) assert.throws(() => parseBatches(c.list), (e: unknown) => isWutongError(e, c.error));
      else assert.deepEqual([...parseBatches(c.list)].sort((a, b) => a - b), c.batches);
    });
  }
});

describe('parseBatchModels', () => {
  for (const c of modelLists) {
    test(c.label, () => {
      if (c.error !== undefined) assert.throws(() => parseBatchModels(c.list), (e: unknown) => isWutongError(e, c.error));
      else assert.deepEqual([...parseBatchModels(c.list)].sort(([a], [b]) => a - b), c.models);
    });
  }
});
