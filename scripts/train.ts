/**
 * Trains the Chinese entity tagger from ../shared/data/ner (MSRA + CLUENER train splits, minus the
 * seeded dev hold-outs that `npm run eval` scores) and the names FinRE train labels (partial
 * annotation: the rest of those sentences stays unlabelled), and writes models/zh-ner.bin.
 * Usage: npm run train [-- --epochs N --min-count N --prune X --cluener-repeat N --seed N --out PATH]
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { BioesLabels, SpanScorer, scores, trainPerceptron, writeModelFile, type TaggerModel, type TrainingSequence } from '../src/tagger/index';
import { readFinreNames, type PartialSentence, DEFAULT_MODEL_PATH, ENTITY_TYPES_FOR_TAGGER, chineseFeatures, knownCompanies, trainStyleClassifier, writeStyleFile, DEFAULT_STYLE_PATH, type TextStyle, nerSplits, orgType, taggerMentions, FEATURES_PER_POSITION, FEATURE_VERSION, type GoldSentence } from '../src/extract/zh/index';

const { values } = parseArgs({
  options: {
    epochs: { type: 'string', default: '10' },
    'min-count': { type: 'string', default: '2' },
    prune: { type: 'string', default: '1.5' },
    seed: { type: 'string', default: '7' },
    'cluener-repeat': { type: 'string', default: '2' },
    finre: { type: 'string', default: '../shared/data/relations/finre/train.txt' },
    out: { type: 'string', default: DEFAULT_MODEL_PATH },
    'style-out': { type: 'string', default: DEFAULT_STYLE_PATH },
    data: { type: 'string', default: '../shared/data/ner' },
  },
});

if (!existsSync(`${values.data}/msra/train.bio`) || !existsSync(`${values.data}/cluener/train.json`)) {
  console.error(`train: training data not found in ${values.data} (needs msra/train.bio and cluener/train.json)`);
  process.exit(1);
}

const started = Date.now();
const log = (line: string): void => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${line}`);
const splits = nerSplits(values.data);
const companies = knownCompanies(splits.cluener.train);
const labels = new BioesLabels(ENTITY_TYPES_FOR_TAGGER);

function toSequence(sentence: GoldSentence, style: TextStyle): TrainingSequence {
  const spans = sentence.spans.map(({ start, end, type }) => ({
    start, end, type: type === 'ORG' ? orgType(sentence.text.slice(start, end), companies) : type,
  }));
  return { features: chineseFeatures(sentence.text, style), labels: labels.encode(sentence.text.length, spans) };
}

const finance = existsSync(values.finre) ? readFinreNames(values.finre) : [];
const style = trainStyleClassifier(splits.msra.train.map((s) => s.text), [...splits.cluener.train, ...finance].map((s) => s.text));
log(`wrote ${values['style-out']}: print/web style classifier, ${(writeStyleFile(values['style-out'], style) / 1e3).toFixed(0)} kB`);
log(`features for MSRA ${splits.msra.train.length} (print style) and CLUENER ${splits.cluener.train.length} x ${values['cluener-repeat']} (web style) sentences`);
// CLUENER is a fifth of MSRA's size; repeating it keeps the joint model from learning MSRA's conventions only.
const sequences = splits.msra.train.map((s) => toSequence(s, 'print'));
const cluenerSequences = splits.cluener.train.map((s) => toSequence(s, 'web'));
for (let r = 0; r < Number(values['cluener-repeat']); r++) sequences.push(...cluenerSequences);

/** FinRE labels the names of the pairs it scores; everything else in its sentences is left open. */
function toPartialSequence(sentence: PartialSentence): TrainingSequence {
  const n = sentence.text.length;
  const known = new Uint8Array(n);
  for (const { start, end } of sentence.spans) known.fill(1, start, end);
  return { features: chineseFeatures(sentence.text, 'web'), labels: labels.encode(n, sentence.spans), known };
}
if (finance.length > 0) {
  log(`features for FinRE ${finance.length} (web style, names of labelled pairs only) sentences`);
  sequences.push(...finance.map(toPartialSequence));
} else {
  log(`FinRE names not found at ${values.finre}; training without them`);
}

/** Quick dev check per epoch on a fixed slice of each dev split. */
function devF1(model: TaggerModel, dev: GoldSentence[], orgAsOne: boolean, style: TextStyle): number {
  const scorer = new SpanScorer();
  const mapType = (t: string): string => (orgAsOne && (t === 'Company' || t === 'Institution') ? 'ORG' : t);
  for (const s of dev.slice(0, 1500)) {
    const predicted = taggerMentions(model, s.text, style).map((m) => ({ ...m, type: mapType(m.type) }));
    scorer.add(s.spans, predicted);
  }
  return scores(scorer.micro()).f1 * 100;
}

const trained = trainPerceptron(sequences, {
  types: ENTITY_TYPES_FOR_TAGGER,
  perPosition: FEATURES_PER_POSITION,
  epochs: Number(values.epochs),
  seed: Number(values.seed),
  minCount: Number(values['min-count']),
  pruneBelow: Number(values.prune),
  log,
  onEpoch: (epoch, model, errors) => {
    const msra = devF1(model, splits.msra.dev, true, 'print');
    const cluener = devF1(model, splits.cluener.dev, false, 'web');
    log(`epoch ${epoch}: ${errors} training label errors; dev F1 (first 1500, known style) MSRA ${msra.toFixed(1)}, CLUENER ${cluener.toFixed(1)}`);
  },
});

const meta = { featureVersion: FEATURE_VERSION, epochs: Number(values.epochs), seed: Number(values.seed), trainedOn: existsSync(values.finre) ? 'msra+cluener+finre-names' : 'msra+cluener', cluenerRepeat: Number(values['cluener-repeat']) };
const { rows, entries, bytes } = writeModelFile(values.out, trained, meta, Number(values.prune));
log(`wrote ${values.out}: ${rows} feature rows, ${entries} weights, ${(bytes / 1e6).toFixed(2)} MB`);
