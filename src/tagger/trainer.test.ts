import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { BioesLabels } from './bioes';
import { featureHash } from './feature-table';
import { readModelFile, writeModelFile } from './model-file';
import { trainPerceptron, type TrainingSequence } from './trainer';

/** A toy language: capitals start names (Ab, Abc), lower-case letters are other words. */
const labels = new BioesLabels(['Name']);
const PER_POSITION = 3;

function features(text: string): Uint32Array {
  const out = new Uint32Array(text.length * PER_POSITION);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[i * PER_POSITION] = featureHash(1, code >= 65 && code <= 90 ? 1 : 2);
    out[i * PER_POSITION + 1] = featureHash(2, i > 0 ? (text.charCodeAt(i - 1) <= 90 ? 1 : 2) : 0);
    out[i * PER_POSITION + 2] = featureHash(3, code);
  }
  return out;
}

function example(text: string, spans: Array<[number, number]>): TrainingSequence {
  return { features: features(text), labels: labels.encode(text.length, spans.map(([start, end]) => ({ start, end, type: 'Name' }))) };
}

const training = [
  example('xAbyy', [[1, 3]]),
  example('Abcxx', [[0, 3]]),
  example('xxAby', [[2, 4]]),
  example('yAbcx', [[1, 4]]),
  example('xyxyx', []),
];
const dir = mkdtempSync(join(tmpdir(), 'tagger-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('trainPerceptron and the model file', () => {
  const trained = trainPerceptron(training, { types: ['Name'], perPosition: PER_POSITION, epochs: 10, seed: 1, minCount: 1 });
  const path = join(dir, 'toy.bin');
  writeModelFile(path, [{ name: 'toy', trained }], { note: 'toy' }, 0);
  const file = readModelFile(path);
  const model = file.model();
  const cases: Array<[string, string, Array<[number, number]>]> = [
    ['a seen name', 'xAbyy', [[1, 3]]],
    ['an unseen position', 'yyyAb', [[3, 5]]],
    ['no name', 'xxyyx', []],
  ];
  for (const [label, text, expected] of cases) {
    it(label, () => {
      const spans = labels.decode(model.tag(features(text), text.length, PER_POSITION));
      assert.deepEqual(spans.map(({ start, end }) => [start, end]), expected);
    });
  }
  it('keeps the metadata', () => assert.deepEqual(file.meta, { note: 'toy' }));
  it('names its tables', () => assert.deepEqual(file.names, ['toy']));
  it('is reproducible with the same seed', () => {
    const again = trainPerceptron(training, { types: ['Name'], perPosition: PER_POSITION, epochs: 10, seed: 1, minCount: 1 });
    assert.deepEqual(again.weights, trained.weights);
  });
});

describe('partial annotation', () => {
  // Sentences that label only their first name: Cd after it is unlabelled, not a non-name.
  const partial = (text: string): TrainingSequence => ({ ...example(text, [[0, 2]]), known: Uint8Array.from(text, (_, i) => (i < 2 ? 1 : 0)) });
  const unlabelledAsO = (text: string): TrainingSequence => example(text, [[0, 2]]);
  const options = { types: ['Name'], perPosition: PER_POSITION, epochs: 10, seed: 1, minCount: 1 };
  const tagged = (sequences: TrainingSequence[], text: string): Array<[number, number]> => {
    const trained = trainPerceptron(sequences, options);
    const path = join(dir, `partial-${sequences.length}-${sequences[sequences.length - 1]!.known ? 'k' : 'o'}.bin`);
    writeModelFile(path, [{ name: 'toy', trained }], {}, 0);
    return labels.decode(readModelFile(path).model().tag(features(text), text.length, PER_POSITION)).map(({ start, end }) => [start, end]);
  };
  const cases: Array<[string, TrainingSequence[], Array<[number, number]>]> = [
    ['an unlabelled name is not learnt as O', [...training, partial('AbxCd'), partial('AbyCd'), partial('AbxxCd')], [[2, 4]]],
    ['the same name written as O is learnt as O', [...training, unlabelledAsO('AbxCd'), unlabelledAsO('AbyCd'), unlabelledAsO('AbxxCd')], []],
  ];
  for (const [label, sequences, expected] of cases) it(label, () => assert.deepEqual(tagged(sequences, 'xxCdx'), expected));
});

describe('readModelFile errors', () => {
  const cases: Array<[string, string, string]> = [
    ['a missing file', join(dir, 'missing.bin'), 'MODEL_UNREADABLE'],
    ['a file that is not gzip', new URL(import.meta.url).pathname, 'MODEL_UNREADABLE'],
  ];
  for (const [label, path, code] of cases) {
    it(label, () => assert.throws(() => readModelFile(path), (e: unknown) => (e as { code?: string }).code === code));
  }
});
