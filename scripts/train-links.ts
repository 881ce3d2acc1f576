/**
 * Trains the link model (src/extract/relations/link-model.json): a multinomial logistic regression
 * that reads every pair the relation passes put in one sentence and decides its type or none, learnt
 * from the team's annotations of regional business news (data/kg-train: offsets and ids into
 * ../shared/data/kg-unlabelled, made by the rules of ../shared/data/kg/GUIDELINES.md).
 *
 * A candidate pair is labelled with the annotated link between the entities its two mentions name
 * (any sentence naming both stands for the link: the annotation is per article); pairs with an
 * optional end or an optional link are left out. Cross-validation holds out whole annotation batches
 * and scores the article graphs with the set's scorer, printing precision and recall per threshold
 * before the model is fitted on everything.
 * Usage: npm run train:links [-- --threshold T --folds N --kg DIR]
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { goldRecord, readKgAnnotations, type AnnotatedArticle } from '../src/annotations/index';
import { createExtractor, textMentions, type Extraction } from '../src/extract/index';
import type { ChineseExtractorOptions } from '../src/extract/zh/index';
import { candidateFeatures, candidatePairs, classOf, linkModelPass } from '../src/extract/relations/link-model';
import type { PairModel } from '../src/extract/relations/index';
import { toPairModel, trainPairWeights, type PairExample } from '../src/extract/relations/pair-training';

const { values } = parseArgs({
  options: {
    annotations: { type: 'string', default: 'data/kg-train/annotations.jsonl' },
    articles: { type: 'string', default: '../shared/data/kg-unlabelled/articles.jsonl' },
    kg: { type: 'string', default: '../shared/data/kg' },
    threshold: { type: 'string', default: '0.5' },
    folds: { type: 'string', default: '4' },
    epochs: { type: 'string', default: '12' },
    out: { type: 'string', default: 'src/extract/relations/link-model.json' },
    views: { type: 'string', default: 'web' },
  },
});

// Features seen once are noise at this size; tiny weights are dropped so the model file stays small.
const MIN_WEIGHT = 0.05;
const TRAINING = { epochs: Number(values.epochs), l2: 1e-4, keep: (_: string, count: number) => count >= 2 };

interface GoldRecord { entities: { name: string; variants: string[] }[]; links: { src: string; tgt: string; type: string }[]; optional: ({ name: string } | { src: string; tgt: string })[] }
interface Prepared { article: AnnotatedArticle; gold: GoldRecord; extraction: Extraction; examples: PairExample[] }

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
    examples.push({ features: candidateFeatures(article.text, extraction.entities, pair), label });
  }
  return examples;
}

interface Scorer {
  readOutputs(text: string): { outputs: Map<string, unknown> };
  score(gold: unknown, outputs: Map<string, unknown>): { links: { P: number; R: number; F1: number } };
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
    out.push({ article, gold, extraction, examples: labelled(article, gold, extraction) });
  }
  return out;
}
const prepared = await readingOf('auto');
const views = values.views.split(',').filter((v) => v !== '');
const extraViews = await Promise.all(views.map((v) => readingOf(v as ChineseExtractorOptions['style'])));
const examplesOf = (list: Prepared[]): PairExample[] => [...list.flatMap((p) => p.examples), ...extraViews.flatMap((view) => view.filter((v) => list.some((p) => p.article === v.article)).flatMap((v) => v.examples))];
const all = examplesOf(prepared);
const classes = ['none', ...[...new Set(all.map((e) => e.label))].filter((l) => l !== 'none').sort()];
log(`${articles.length} annotated articles, ${all.length} candidate pairs, ${all.filter((e) => e.label !== 'none').length} with a link; classes ${classes.join(' ')}`);

const scorer = (await import(pathToFileURL(path.resolve(values.kg, 'score.mjs')).href)) as Scorer;
const goldOf = (list: Prepared[]): Record<string, GoldRecord> => Object.fromEntries(list.map((p) => [p.article.id, p.gold]));
const outputLines = (list: Prepared[], model: PairModel | false): string =>
  list.map((p) => JSON.stringify({ id: p.article.id, entities: p.extraction.entities, relations: model === false ? p.extraction.relations : linkModelPass(p.article.text, p.extraction.entities, p.extraction.relations, model) })).join('\n');
const pct = (x: number): string => (100 * x).toFixed(1);

// Cross-validation by annotation batch: an annotator's habits never sit on both sides.
const batches = [...new Set(articles.map((a) => a.batch))].sort();
const folds = Number(values.folds);
const thresholds = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8];
const held: Record<number, string[]> = {};
const passesOnly: string[] = [];
for (let f = 0; f < folds; f++) {
  const heldBatches = new Set(batches.filter((_, i) => i % folds === f));
  const test = prepared.filter((p) => heldBatches.has(p.article.batch));
  const w = trainPairWeights(examplesOf(prepared.filter((p) => !heldBatches.has(p.article.batch))), classes, TRAINING);
  passesOnly.push(outputLines(test, false));
  for (const t of thresholds) (held[t] ??= []).push(outputLines(test, toPairModel(w, classes, t, MIN_WEIGHT)));
}
const everything = goldOf(prepared);
const row = (name: string, lines: string[]): void => {
  const { links } = scorer.score(everything, scorer.readOutputs(lines.join('\n')).outputs);
  log(`  ${name.padEnd(28)} links P ${pct(links.P)}  R ${pct(links.R)}  F1 ${pct(links.F1)}`);
};
log(`held-out batches (${folds} folds), article graphs scored by ${values.kg}/score.mjs:`);
row('relation passes alone', passesOnly);
for (const t of thresholds) row(`with the model at ${t}`, held[t]!);

const model = toPairModel(trainPairWeights(all, classes, TRAINING), classes, Number(values.threshold), MIN_WEIGHT);
writeFileSync(values.out, `${JSON.stringify(model)}\n`);
log(`wrote ${values.out}: ${Object.keys(model.weights).length} features, threshold ${model.threshold}`);
