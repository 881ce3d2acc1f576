/**
 * Trains the Chinese entity tagger from ../shared/data/ner (MSRA + CLUENER train splits, minus the
 * seeded dev hold-outs that `npm run eval` scores) and writes models/zh-ner.bin (one weight table
 * per style: print, web, finance), models/zh-style.bin and models/zh-finance-style.bin (the two
 * classifiers that pick a table) and models/zh-entities.tsv.gz (the entity lexicon the features
 * read). The names FinRE train labels join as partial annotation: those names, and what surely lies
 * outside any name (src/extract/zh/outside.ts), are taught; the rest of those sentences is left free.
 * Resume and Weibo train join in a domain of their own, their unscored types left unlabelled.
 * Usage: npm run train:zh [-- --epochs N --min-count N --prune X --cluener-repeat N --seed N --kg-batches 1-16 --out PATH]
 */
import { existsSync } from 'node:fs';
import { mentionSpans, parseBatches, readArticleTexts, readKgAnnotations, type AnnotatedArticle } from '../src/annotations/index';
import { parseArgs } from 'node:util';
import { BioesLabels, SpanScorer, TaggerModel, foldDomains, scores, sparsify, trainPerceptron, withDomainCopies, writeModelFile, type TrainedWeights, type TrainingSequence } from '../src/tagger/index';
import type { EntityType } from '../src/extract/types';
import { genericWords, surelyOutside, readFinreNames, type PartialSentence, DEFAULT_ENTITIES_PATH, entityLexicon, mineEntities, writeEntityFile, DEFAULT_MODEL_PATH, ENTITY_TYPES_FOR_TAGGER, chineseFeatures, knownCompanies, trainStyleClassifier, writeStyleFile, DEFAULT_STYLE_PATH, DEFAULT_FINANCE_STYLE_PATH, DEFAULT_NEWS_STYLE_PATH, type TextStyle, nerSplits, orgType, taggerMentions, FEATURES_PER_POSITION, FEATURE_VERSION, type GoldSentence, readCharTagged, type CharTaggedSentence } from '../src/extract/zh/index';

const { values } = parseArgs({
  options: {
    epochs: { type: 'string', default: '10' },
    'min-count': { type: 'string', default: '2' },
    // A folded weight is the sum of a shared and a style copy, each updated alike: twice a plain model's scale.
    prune: { type: 'string', default: '4' },
    seed: { type: 'string', default: '7' },
    'cluener-repeat': { type: 'string', default: '2' },
    finre: { type: 'string', default: '../shared/data/relations/finre/train.txt' },
    out: { type: 'string', default: DEFAULT_MODEL_PATH },
    'style-out': { type: 'string', default: DEFAULT_STYLE_PATH },
    'finance-style-out': { type: 'string', default: DEFAULT_FINANCE_STYLE_PATH },
    'news-style-out': { type: 'string', default: DEFAULT_NEWS_STYLE_PATH },
    'entities-out': { type: 'string', default: DEFAULT_ENTITIES_PATH },
    data: { type: 'string', default: '../shared/data/ner' },
    'kg-annotations': { type: 'string', default: 'data/kg-train/annotations.jsonl' },
    'kg-articles': { type: 'string', default: '../shared/data/kg-unlabelled/articles.jsonl' },
    'kg-repeat': { type: 'string', default: '3' },
    // The annotation batches the news table learns (such as 1-24 or 1-16,25-32). The shipped one
    // learns 01–16, the mention verifier 17–32 as the tagger reads them unseen: a news table of all 32
    // (its verifier cross-fitted through two fold taggers, scripts/train-mentions.ts `--taggers`) read
    // held-out batches better but the dev set worse (README, the training data's paragraph).
    'kg-batches': { type: 'string', default: '1-16' },
  },
});

const RESUME = `${values.data}/resume/train.char.bmes`;
const WEIBO = `${values.data}/weibo/train.conll`;
if (![`${values.data}/msra/train.bio`, `${values.data}/cluener/train.json`, RESUME, WEIBO, values.finre].every(existsSync)) {
  console.error(`train: training data not found (needs msra/train.bio, cluener/train.json, resume/train.char.bmes and weibo/train.conll in ${values.data}, and ${values.finre})`);
  process.exit(1);
}

const started = Date.now();
const log = (line: string): void => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${line}`);
const splits = nerSplits(values.data);
const companies = knownCompanies(splits.cluener.train);
const labels = new BioesLabels(ENTITY_TYPES_FOR_TAGGER);

/** Domain numbers of the per-style feature copies (see src/tagger/domains.ts). */
const DOMAINS: Record<TextStyle, number> = { print: 1, web: 2, finance: 3, news: 5 };
/**
 * FinRE's sentences get a domain of their own: the shared weights learn the short company names
 * finance news uses, while FinRE's habit of naming every brand (and leaving the rest unlabelled)
 * stays in the finance table, used only for texts the finance classifier picks, instead of making
 * web text tag brands everywhere.
 */
const FINANCE_NAMES = DOMAINS.finance;
/** Plain feature keys, to tell them from their domain copies when folding. */
const plainKeys = new Set<number>();

interface TypedSentence {
  text: string;
  spans: Array<{ start: number; end: number; type: EntityType }>;
}

const typed = (sentence: GoldSentence): TypedSentence => ({
  text: sentence.text,
  spans: sentence.spans.map(({ start, end, type }) => ({ start, end, type: type === 'ORG' ? orgType(sentence.text.slice(start, end), companies) : type })),
});
const msraTrain = splits.msra.train.map(typed);
const cluenerTrain = splits.cluener.train.map(typed);

/**
 * The entity lexicon is a feature, so a sentence's own mentions must not be in the lexicon its
 * training features see, or the tagger learns to trust it blindly: each sentence gets the lexicon
 * mined from the other folds (contiguous stretches, so an article's repeats stay together). The
 * lexicon shipped for run time is mined from all training sentences; the dev splits never enter.
 */
const FOLDS = 5;
const foldOf = (index: number, count: number): number => Math.floor((index * FOLDS) / count);
const outsideFold = (f: number): TypedSentence[] => [
  ...msraTrain.filter((_, i) => foldOf(i, msraTrain.length) !== f),
  ...cluenerTrain.filter((_, i) => foldOf(i, cluenerTrain.length) !== f),
];
const foldLexicons = Array.from({ length: FOLDS }, (_, f) => entityLexicon(mineEntities(outsideFold(f))));
const allEntities = mineEntities([...msraTrain, ...cluenerTrain]);
log(`wrote ${values['entities-out']}: ${allEntities.size} entity surfaces, ${(writeEntityFile(values['entities-out'], allEntities) / 1e3).toFixed(0)} kB`);

function toSequence(sentence: TypedSentence, style: TextStyle, fold: number): TrainingSequence {
  const { spans } = sentence;
  const features = chineseFeatures(sentence.text, foldLexicons[fold]);
  for (const key of features) if (key !== 0) plainKeys.add(key);
  return { features: withDomainCopies(features, FEATURES_PER_POSITION, DOMAINS[style]), labels: labels.encode(sentence.text.length, spans) };
}

const fold = (trained: TrainedWeights, style: TextStyle): TrainedWeights => foldDomains(trained, DOMAINS[style], (k) => plainKeys.has(k));

const finance = readFinreNames(values.finre);
const style = trainStyleClassifier(splits.msra.train.map((s) => s.text), [...splits.cluener.train, ...finance].map((s) => s.text));
log(`wrote ${values['style-out']}: print/web style classifier, ${(writeStyleFile(values['style-out'], style) / 1e3).toFixed(0)} kB`);
const financeStyle = trainStyleClassifier([...splits.msra.train, ...splits.cluener.train].map((s) => s.text), finance.map((s) => s.text));
log(`wrote ${values['finance-style-out']}: finance-or-not classifier, ${(writeStyleFile(values['finance-style-out'], financeStyle) / 1e3).toFixed(0)} kB`);
// The users' genre, regional business news, against the NER corpora's sentences: paragraphs of the
// unlabelled articles (their text only, no annotation) teach what a text of that genre reads like.
// Paragraphs, not whole articles: the classifier sums over a text's n-grams, and the other side is sentences.
const newsParagraphs = readArticleTexts(values['kg-articles']).flatMap((a) => a.text.split('\n').filter((p) => p.trim().length >= 10));
const newsStyle = trainStyleClassifier([...splits.msra.train, ...splits.cluener.train, ...finance].map((s) => s.text), newsParagraphs);
log(`wrote ${values['news-style-out']}: news-or-not classifier from ${newsParagraphs.length} paragraphs, ${(writeStyleFile(values['news-style-out'], newsStyle) / 1e3).toFixed(0)} kB`);
log(`features for MSRA ${splits.msra.train.length} (print style) and CLUENER ${splits.cluener.train.length} x ${values['cluener-repeat']} (web style) sentences`);
const sequences = msraTrain.map((s, i) => toSequence(s, 'print', foldOf(i, msraTrain.length)));
const cluenerSequences = cluenerTrain.map((s, i) => toSequence(s, 'web', foldOf(i, cluenerTrain.length)));
// CLUENER is a fifth of MSRA's size; repeating it keeps the joint model from learning MSRA's conventions only.
for (let r = 0; r < Number(values['cluener-repeat']); r++) sequences.push(...cluenerSequences);

const financeGeneric = genericWords(finance);
log(`FinRE: ${financeGeneric.size} common words never inside a labelled name, taught as outside any name`);
/** FinRE labels the names of the pairs it scores; its sentences are in no fold, so they read the full lexicon. */
const fullLexicon = entityLexicon(allEntities);
function toPartialSequence(sentence: PartialSentence): TrainingSequence {
  const n = sentence.text.length;
  // The labelled names, and what surely lies outside any name; the rest is left to the model.
  const known = surelyOutside(sentence.text, financeGeneric);
  for (const { start, end } of sentence.spans) known.fill(1, start, end);
  const features = chineseFeatures(sentence.text, fullLexicon);
  for (const key of features) if (key !== 0) plainKeys.add(key);
  return { features: withDomainCopies(features, FEATURES_PER_POSITION, FINANCE_NAMES), labels: labels.encode(n, sentence.spans), known };
}
log(`features for FinRE ${finance.length} (finance table, names of labelled pairs only) sentences`);
sequences.push(...finance.map(toPartialSequence));

/** The extra corpora's features: a domain copy of their own that no style table keeps, so only what they share with the rest is learnt. */
const EXTRA_DOMAIN = 4;
function toExtraSequence(sentence: CharTaggedSentence): TrainingSequence {
  const n = sentence.text.length;
  const spans = sentence.spans.map(({ start, end, type }) => ({ start, end, type: type === 'ORG' ? orgType(sentence.text.slice(start, end), companies) : type }));
  const known = new Uint8Array(n).fill(1);
  for (const { start, end } of sentence.unlabelled) known.fill(0, start, end);
  const features = chineseFeatures(sentence.text, fullLexicon);
  for (const key of features) if (key !== 0) plainKeys.add(key);
  return { features: withDomainCopies(features, FEATURES_PER_POSITION, EXTRA_DOMAIN), labels: labels.encode(n, spans), known };
}
// Resume (companies and universities in full) and Weibo (names in social media) add mentions the
// shared weights learn from: CLUENER own dev 75.6 → 76.2, MSRA 91.7 → 92.0 through `wutong extract`.
const extra = [
  ...readCharTagged(RESUME, { NAME: 'Person', ORG: 'ORG', LOC: 'Place' }),
  ...readCharTagged(WEIBO, { 'PER.NAM': 'Person', 'ORG.NAM': 'ORG', 'GPE.NAM': 'Place', 'LOC.NAM': 'Place' }),
];
log(`features for Resume and Weibo ${extra.length} sentences (a domain of their own; titles, degrees and nominal mentions left unlabelled)`);
sequences.push(...extra.map(toExtraSequence));

// The team's annotations of regional business news (data/kg-train) in a domain of their own, the
// 'news' table: this genre's conventions (products and tickers are no entities, a brand standing for
// its company is one) differ from People's Daily's and CLUENER's. Each paragraph is one sequence;
// optional surfaces are left to the model.
const kgBatches = parseBatches(values['kg-batches']);
const kgArticles = readKgAnnotations(values['kg-annotations'], values['kg-articles']).filter((a) => kgBatches.has(Number(a.batch)));
function toKgSequences(article: AnnotatedArticle): TrainingSequence[] {
  const { spans, unsure } = mentionSpans(article);
  const out: TrainingSequence[] = [];
  let start = 0;
  for (const line of article.text.split('\n')) {
    const end = start + line.length;
    if (line.trim() !== '') {
      const inLine = spans.filter((s) => s.start >= start && s.end <= end).map((s) => ({ ...s, start: s.start - start, end: s.end - start }));
      const known = new Uint8Array(line.length).fill(1);
      for (const u of unsure) if (u.start < end && u.end > start) known.fill(0, Math.max(0, u.start - start), Math.min(line.length, u.end - start));
      // An entity cut by the line's end (never, as surfaces lie within lines) would be left unknown.
      const features = chineseFeatures(line, fullLexicon);
      for (const key of features) if (key !== 0) plainKeys.add(key);
      out.push({ features: withDomainCopies(features, FEATURES_PER_POSITION, DOMAINS.news), labels: labels.encode(line.length, inLine), known });
    }
    start = end + 1;
  }
  return out;
}
const kgSequences = kgArticles.flatMap(toKgSequences);
log(`features for the kg annotations (batches ${values['kg-batches']}): ${kgArticles.length} articles, ${kgSequences.length} paragraphs x ${values['kg-repeat']} (news table)`);
for (let r = 0; r < Number(values['kg-repeat']); r++) sequences.push(...kgSequences);

/** Quick dev check per epoch on a fixed slice of each dev split. */
function devF1(model: TaggerModel, dev: GoldSentence[], orgAsOne: boolean): number {
  const scorer = new SpanScorer();
  const mapType = (t: string): string => (orgAsOne && (t === 'Company' || t === 'Institution') ? 'ORG' : t);
  for (const s of dev.slice(0, 1500)) {
    const predicted = taggerMentions(model, s.text).map((m) => ({ ...m, type: mapType(m.type) }));
    scorer.add(s.spans, predicted);
  }
  return scores(scorer.micro()).f1 * 100;
}

const prune = Number(values.prune);
/** The averaged weights of one style as the model file will hold them. */
function styleModel(trained: TrainedWeights, style: TextStyle): TaggerModel {
  const folded = fold(trained, style);
  const sparse = sparsify(folded.keys, folded.weights, folded.labels.size, prune);
  return new TaggerModel(folded.labels, sparse.keys, sparse.weights, folded.transitions);
}

const trained = trainPerceptron(sequences, {
  types: ENTITY_TYPES_FOR_TAGGER,
  perPosition: FEATURES_PER_POSITION * 2,
  epochs: Number(values.epochs),
  seed: Number(values.seed),
  minCount: Number(values['min-count']),
  log,
  onEpoch: (epoch, weights, errors) => {
    const msra = devF1(styleModel(weights, 'print'), splits.msra.dev, true);
    const cluener = devF1(styleModel(weights, 'web'), splits.cluener.dev, false);
    log(`epoch ${epoch}: ${errors} training label errors; dev F1 (first 1500, known style) MSRA ${msra.toFixed(1)}, CLUENER ${cluener.toFixed(1)}`);
  },
});

const meta = { featureVersion: FEATURE_VERSION, epochs: Number(values.epochs), seed: Number(values.seed), trainedOn: 'msra+cluener+resume+weibo+finre-names+kg-train', kgBatches: values['kg-batches'], cluenerRepeat: Number(values['cluener-repeat']), tables: 'shared + per-style copies, folded' };
const tables = (Object.keys(DOMAINS) as TextStyle[]).map((name) => ({ name, trained: fold(trained, name) }));
const { rows, entries, bytes } = writeModelFile(values.out, tables, meta, prune);
log(`wrote ${values.out}: ${rows} feature rows, ${entries} weights in ${tables.length} tables, ${(bytes / 1e6).toFixed(2)} MB`);
