/**
 * Trains the link model (src/extract/relations/link-model.json): a multinomial logistic regression
 * that reads every pair the relation passes put in one sentence and decides its type or none, learnt
 * from the team's annotations of regional business news (data/kg-train: offsets and ids into
 * ../shared/data/kg-unlabelled, made by the rules of ../shared/data/kg/GUIDELINES.md).
 *
 * A candidate pair is labelled with the annotated link between the entities its two mentions name
 * (the annotation is per article, so every sentence naming both is labelled, and training keeps the
 * one a first model finds likeliest to state it: `trainOnStatingExamples`); pairs with an optional
 * end or an optional link are left out. Cross-validation holds out whole annotation batches
 * and scores the article graphs with the set's scorer, printing precision and recall per threshold;
 * each type gets its own threshold (`chooseThreshold`), the set of them that keeps held-out precision
 * at 80% with the most recall, before the model is fitted on everything. Every fit, in
 * cross-validation and the last, is the average of `--seeds` fits that differ only in the seed of
 * their shuffle (`--seed` and the ones after it), so the thresholds are chosen on the averaged
 * model's held-out probabilities and the model file keeps one table of weights.
 * Usage: npm run train:links [-- --threshold T --folds N --seeds K --seed S --kg DIR]
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { goldRecord, readKgAnnotations, type AnnotatedArticle } from '../src/annotations/index';
import { createExtractor, textMentions, type Extraction } from '../src/extract/index';
import type { ChineseExtractorOptions } from '../src/extract/zh/index';
import { candidateFeatures, candidateKey, candidatePairs, classOf, linkModelPass, readProbabilities } from '../src/extract/relations/link-model';
import { scorePair, type PairModel } from '../src/extract/relations/index';
import { toPairModel, trainOnStatingExamples, type PairExample } from '../src/extract/relations/pair-training';

const { values } = parseArgs({
  options: {
    annotations: { type: 'string', default: 'data/kg-train/annotations.jsonl' },
    articles: { type: 'string', default: '../shared/data/kg-unlabelled/articles.jsonl' },
    kg: { type: 'string', default: '../shared/data/kg' },
    threshold: { type: 'string', default: '0.5' },
    folds: { type: 'string', default: '4' },
    epochs: { type: 'string', default: '12' },
    seeds: { type: 'string', default: '4' },
    seed: { type: 'string', default: '7' },
    out: { type: 'string', default: 'src/extract/relations/link-model.json' },
    views: { type: 'string', default: 'web' },
  },
});

// Features seen once are noise at this size; tiny weights are dropped so the model file stays small.
const MIN_WEIGHT = 0.05;
const SEEDS = Array.from({ length: Number(values.seeds) }, (_, i) => Number(values.seed) + i);
const TRAINING = { epochs: Number(values.epochs), l2: 1e-4, keep: (_: string, count: number) => count >= 2, seeds: SEEDS };

interface GoldRecord { entities: { name: string; variants: string[] }[]; links: { src: string; tgt: string; type: string }[]; optional: ({ name: string } | { src: string; tgt: string })[] }
interface Prepared { article: AnnotatedArticle; gold: GoldRecord; extraction: Extraction; examples: PairExample[]; features: Map<string, string[]> }

const log = (message: string): void => console.log(`train-links: ${message}`);

function labelled(article: AnnotatedArticle, gold: GoldRecord, extraction: Extraction): PairExample[] {
  const owner = new Map<string, string>();
  for (const e of gold.entities) for (const s of [e.name, ...e.variants]) if (!owner.has(s)) owner.set(s, e.name);
  const optionalNames = new Set(gold.optional.flatMap((o) => ('name' in o ? [o.name] : [])));
  const optionalLinks = gold.optional.flatMap((o) => ('src' in o ? [o] : []));
  const between = <L extends { src: string; tgt: string }>(links: L[], a: string, b: string): L | undefined => links.find((l) => (l.src === a && l.tgt === b) || (l.src === b && l.tgt === a));
  const examples: PairExample[] = [];
  for (const pair of candidatePairs(extraction.entities, extraction.relations)) {
    const x = extraction.entities[pair.x]!.text;
    const y = extraction.entities[pair.y]!.text;
    if (x === y) continue;
    const a = owner.get(x);
    const b = owner.get(y);
    if ((a === undefined && optionalNames.has(x)) || (b === undefined && optionalNames.has(y))) continue;
    let label = 'none';
    if (a !== undefined && b !== undefined) {
      const link = between(gold.links, a, b);
      if (link !== undefined) label = classOf(link.type, link.src === a);
      else if (between(optionalLinks, a, b) !== undefined) continue;
    }
    const features = candidateFeatures(article.text, extraction.entities, pair);
    // Both readings of an article share its links: one example per link is kept in training.
    examples.push(label === 'none' ? { features, label } : { features, label, link: `${article.id}|${[a, b].sort().join('|')}|${label}` });
  }
  return examples;
}

interface Counts { P: number; R: number; F1: number; right: number; wrong: number; gold: number }
interface Scorer {
  readOutputs(text: string): { outputs: Map<string, unknown> };
  score(gold: unknown, outputs: Map<string, unknown>): { links: Counts; linkTypes: Record<string, Counts> };
}

const articles = readKgAnnotations(values.annotations, values.articles);
/**
 * The pairs of one reading of every article. The tagger learnt its news table from these very
 * articles, so its reading of them is cleaner than of any new article; the other tables' readings
 * (`--views`) add the wrong and missed names the model meets on unseen news.
 */
async function readingOf(style: ChineseExtractorOptions['style']): Promise<Prepared[]> {
  const extractor = createExtractor({ lang: 'zh', links: false, zh: { style } });
  extractor.prime?.(articles.slice(0, 1000).map((a) => a.text));
  const out: Prepared[] = [];
  for (const article of articles) {
    const gold = goldRecord(article) as GoldRecord;
    const extraction = textMentions(await extractor.extract({ text: article.text, lang: 'zh', id: article.id }));
    // Every candidate's features, read once: cross-validation scores each under several models.
    const features = new Map(candidatePairs(extraction.entities, extraction.relations).map((pair) => [candidateKey(pair), candidateFeatures(article.text, extraction.entities, pair)]));
    out.push({ article, gold, extraction, examples: labelled(article, gold, extraction), features });
  }
  return out;
}
const prepared = await readingOf('auto');
const views = values.views.split(',').filter((v) => v !== '');
const extraViews = await Promise.all(views.map((v) => readingOf(v as ChineseExtractorOptions['style'])));
const examplesOf = (list: Prepared[]): PairExample[] => [...list.flatMap((p) => p.examples), ...extraViews.flatMap((view) => view.filter((v) => list.some((p) => p.article === v.article)).flatMap((v) => v.examples))];
const all = examplesOf(prepared);
const classes = ['none', ...[...new Set(all.map((e) => e.label))].filter((l) => l !== 'none').sort()];
log(`${articles.length} annotated articles, ${all.length} candidate pairs, ${all.filter((e) => e.label !== 'none').length} with a link; classes ${classes.join(' ')}; every fit averages the shuffles of seeds ${SEEDS.join(' ')}`);

const scorer = (await import(pathToFileURL(path.resolve(values.kg, 'score.mjs')).href)) as Scorer;
const goldOf = (list: Prepared[]): Record<string, GoldRecord> => Object.fromEntries(list.map((p) => [p.article.id, p.gold]));
type Thresholds = Pick<PairModel, 'classes' | 'threshold' | 'thresholds'>;
/** Held-out class probabilities of every candidate of every article reading, by candidate. */
const heldProbabilities = new Map<Prepared, Map<string, number[]>>();
const outputLines = (list: Prepared[], thresholds: Thresholds | false): string =>
  list
    .map((p) => {
      const probabilities = heldProbabilities.get(p)!;
      const relations = thresholds === false ? p.extraction.relations : linkModelPass(p.article.text, p.extraction.entities, p.extraction.relations, (pair) => readProbabilities(probabilities.get(candidateKey(pair))!, thresholds));
      return JSON.stringify({ id: p.article.id, entities: p.extraction.entities, relations });
    })
    .join('\n');
const pct = (x: number): string => (100 * x).toFixed(1);

// Cross-validation by annotation batch: an annotator's habits never sit on both sides.
const batches = [...new Set(articles.map((a) => a.batch))].sort();
const folds = Number(values.folds);
const GRID = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
for (let f = 0; f < folds; f++) {
  const heldBatches = new Set(batches.filter((_, i) => i % folds === f));
  const w = toPairModel(trainOnStatingExamples(examplesOf(prepared.filter((p) => !heldBatches.has(p.article.batch))), classes, TRAINING), classes, 0.5, MIN_WEIGHT);
  for (const p of [prepared, ...extraViews].flat().filter((q) => heldBatches.has(q.article.batch))) heldProbabilities.set(p, new Map([...p.features].map(([key, features]) => [key, scorePair(w, features)])));
}
const everything = goldOf(prepared);
// Thresholds are chosen on every reading together: the other tables' wrong and missed names are
// those of unseen news, where the tagger's own reading of articles it learnt is too clean, and two
// readings make twice the links to choose on.
const readings = [prepared, ...extraViews];
const sum = (counts: Counts[]): Counts => {
  const right = counts.reduce((n, c) => n + c.right, 0);
  const wrong = counts.reduce((n, c) => n + c.wrong, 0);
  const gold = counts.reduce((n, c) => n + c.gold, 0);
  const found = counts.reduce((n, c) => n + c.R * c.gold, 0);
  const P = right + wrong === 0 ? 0 : right / (right + wrong);
  const R = gold === 0 ? 0 : found / gold;
  return { right, wrong, gold, P, R, F1: P + R === 0 ? 0 : (2 * P * R) / (P + R) };
};
const scored = (thresholds: Thresholds | false): { links: Counts; linkTypes: Record<string, Counts> } => {
  const results = readings.map((view) => scorer.score(everything, scorer.readOutputs(outputLines(view, thresholds)).outputs));
  const types = [...new Set(results.flatMap((r) => Object.keys(r.linkTypes)))];
  return { links: sum(results.map((r) => r.links)), linkTypes: Object.fromEntries(types.map((t) => [t, sum(results.flatMap((r) => (r.linkTypes[t] === undefined ? [] : [r.linkTypes[t]!])))])) };
};
const row = (name: string, links: Counts): void => log(`  ${name.padEnd(34)} links P ${pct(links.P)}  R ${pct(links.R)}  F1 ${pct(links.F1)}`);
log(`held-out batches (${folds} folds), read by the tagger${views.map((v) => ` and the ${v} table`).join('')}, article graphs scored by ${values.kg}/score.mjs:`);
row('relation passes alone', scored(false).links);
const byThreshold = GRID.map((t) => ({ t, result: scored({ classes, threshold: t }) }));
for (const { t, result } of byThreshold) row(`with the model at ${t}`, result.links);

// Fewer held-out links than this and a type's figures are noise: it keeps the default threshold.
const MIN_GOLD = 10;
// Precision first: the held-out precision the thresholds together must reach (the issue's target).
const TARGET_PRECISION = 0.8;
const COSTS = [0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.5, 2, 3];
/**
 * A type's threshold for a cost of a wrong link in right links: the one whose held-out links are
 * worth most (right − cost × wrong; the higher threshold on a tie). A candidate is read as its
 * likeliest type alone, so each type's links depend on its own threshold only.
 */
function chooseThreshold(type: string, cost: number): number | undefined {
  const rows = byThreshold.map(({ t, result }) => ({ t, c: result.linkTypes[type] })).filter((r): r is { t: number; c: Counts } => r.c !== undefined);
  if (rows.length === 0 || Math.max(...rows.map((r) => r.c.gold)) < MIN_GOLD) return undefined;
  const worth = (c: Counts): number => c.right - cost * c.wrong;
  return rows.sort((a, b) => worth(b.c) - worth(a.c) || b.t - a.t)[0]!.t;
}
const types = [...new Set(classes.filter((c) => c !== 'none').map((c) => c.replace(/[<>]$/, '')))];
const thresholdsAt = (cost: number): Record<string, number> =>
  Object.fromEntries(types.flatMap((type) => {
    const t = chooseThreshold(type, cost);
    return t === undefined ? [] : [[type, t]];
  }));
// The lowest cost whose thresholds together keep held-out precision at the target: the most recall precision allows.
const trials = COSTS.map((cost) => ({ cost, thresholds: thresholdsAt(cost) })).map((trial) => ({ ...trial, result: scored({ classes, threshold: Number(values.threshold), thresholds: trial.thresholds }) }));
for (const { cost, result } of trials) row(`per type, a wrong link costs ${cost}`, result.links);
const pick = trials.find((trial) => trial.result.links.P >= TARGET_PRECISION) ?? trials[trials.length - 1]!;
const thresholds = pick.thresholds;
log(`  per-type thresholds at cost ${pick.cost}:`);
const chosen = pick.result;
for (const type of types) {
  const c = chosen.linkTypes[type];
  log(`    ${type.padEnd(16)} ${String(thresholds[type] ?? `${values.threshold} (default)`).padEnd(14)} P ${c === undefined ? '  -  ' : pct(c.P)}  R ${c === undefined ? '  -  ' : pct(c.R)}  (${c?.right ?? 0} right, ${c?.wrong ?? 0} wrong, ${c?.gold ?? 0} gold)`);
}

const model: PairModel = { ...toPairModel(trainOnStatingExamples(all, classes, TRAINING), classes, Number(values.threshold), MIN_WEIGHT), thresholds };
writeFileSync(values.out, `${JSON.stringify(model)}\n`);
log(`wrote ${values.out}: ${Object.keys(model.weights).length} features, threshold ${model.threshold}, per type ${JSON.stringify(thresholds)}`);
