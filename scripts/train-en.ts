/**
 * Trains the English NER tagger on CoNLL-2003 eng.train, reports dev (eng.testa) span F1 after each
 * epoch, and writes models/en/ner.tsv.gz. Seeded: the same data gives the same model.
 * Run: nice -n 10 node --import tsx scripts/train-en.ts [--epochs N]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseConll } from '../src/extract/en/conll';
import { labelsToSpans } from '../src/extract/en/labels';
import { serializeModel, tagSentence } from '../src/extract/en/perceptron';
import { trainingGazetteer } from '../src/extract/en/gazetteer';
import { trainTagger } from '../src/extract/en/train';

const DATA = new URL('../../shared/data/ner/conll2003/', import.meta.url);
const MODEL = new URL('../models/en/ner.tsv.gz', import.meta.url);
const epochsFlag = process.argv.indexOf('--epochs');
const epochs = epochsFlag > 0 ? Number(process.argv[epochsFlag + 1]) : 10;

if (!existsSync(new URL('eng.train', DATA))) {
  console.error('train-en: ../shared/data/ner/conll2003/eng.train is missing; nothing to train on');
  process.exit(1);
}
const train = parseConll(readFileSync(new URL('eng.train', DATA), 'utf8'));
const dev = parseConll(readFileSync(new URL('eng.testa', DATA), 'utf8'));
const scored = new Set(['PER', 'LOC', 'ORG']);
const started = Date.now();

const model = trainTagger(train, trainingGazetteer(), {
  epochs,
  seed: 2003,
  prune: 0.05,
  onEpoch(epoch, current) {
    let [tp, predicted, gold] = [0, 0, 0];
    for (const sentence of dev) {
      const key = (s: { cls: string; start: number; end: number }): string => `${s.cls}:${s.start}:${s.end}`;
      const want = new Set(sentence.spans.filter((s) => scored.has(s.cls)).map(key));
      const got = labelsToSpans(tagSentence(current, sentence.words)).filter((s) => scored.has(s.cls)).map(key);
      gold += want.size;
      predicted += got.length;
      tp += got.filter((k) => want.has(k)).length;
    }
    const [p, r] = [tp / predicted, tp / gold];
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    console.log(`epoch ${epoch}: dev P ${(100 * p).toFixed(2)} R ${(100 * r).toFixed(2)} F1 ${((200 * p * r) / (p + r)).toFixed(2)} (${current.weights.size} features, ${seconds}s)`);
  },
});
const bytes = serializeModel(model);
writeFileSync(MODEL, bytes);
console.log(`wrote models/en/ner.tsv.gz (${(bytes.length / 1e6).toFixed(2)} MB, ${model.weights.size} features)`);
