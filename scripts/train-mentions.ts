/**
 * Trains the mention verifier (src/extract/zh/data/mention-verifier.json): a multinomial logistic
 * regression over each name (surface and type) the Chinese passes give an article of regional
 * business news, learnt from our annotations the tagger never learnt (data/kg-train from batch
 * `--from`, 17: the news table learnt 01–16 only), so the errors it sees are those of unseen news.
 * With `--taggers` each batch is read by a tagger named for it instead (cross-fitting: fold taggers
 * that each never learnt the batches they read, for a news table that learnt them all).
 *
 * The extractor as it stands minus the verifier reads every article; each name it gives is labelled
 * as the set's scorer (../shared/data/kg/score.mjs) would count it: a gold surface of that type is
 * its type (kept), of another type that type (retyped), no gold surface none (dropped); an optional
 * surface is left out. Cross-validation holds out whole annotation batches (`--folds`, batches dealt
 * round the folds): each fold's model reads its held-out names, and the two thresholds (drop at a
 * probability of none, retype at a probability of another type) are the pair whose held-out entity
 * F1 is highest. The held-out articles are then read again through the whole extractor with their
 * fold's model (links too) and scored, before the model is fitted on every batch. Every fit averages
 * the shuffles of `--seeds` seeds, as the link model's does.
 * A held-out batch is then read by a tagger and scored by a fold model that both never learnt it.
 * Usage: npm run train:mentions [-- --from 17 --folds 4 --seeds 4 --epochs 12 --l2 1e-3 --taggers 17-24=B,25-32=A --out PATH]
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { goldRecord, parseBatchModels, readKgAnnotations, type AnnotatedArticle } from '../src/annotations/index';
import { createExtractor, keepMentions, textMentions, type EntityType, type Extraction, type Extractor } from '../src/extract/index';
import { decide, MENTION_CLASSES, NO_ENTITY, type GroupReader, type MentionModel } from '../src/extract/zh/index';
import { scorePair } from '../src/extract/relations/index';
import { toPairModel, trainPairWeights, type PairExample } from '../src/extract/relations/pair-training';

const { values } = parseArgs({
  options: {
    annotations: { type: 'string', default: 'data/kg-train/annotations.jsonl' },
    articles: { type: 'string', default: '../shared/data/kg-unlabelled/articles.jsonl' },
    kg: { type: 'string', default: '../shared/data/kg' },
    from: { type: 'string', default: '17' },
    folds: { type: 'string', default: '4' },
    l2: { type: 'string', default: '1e-3' },
    epochs: { type: 'string', default: '12' },
    seeds: { type: 'string', default: '4' },
    seed: { type: 'string', default: '7' },
    out: { type: 'string', default: 'src/extract/zh/data/mention-verifier.json' },
    // The tagger that reads each batch, such as 17-24=B.bin,25-32=A.bin (the shipped one where none is
    // named): a news table that learnt these batches must not read them, or the verifier learns the
    // errors of a tagger reading news it knows; fold taggers that each left out the batches they read
    // keep its examples those of unseen news (cross-fitting; `train:zh -- --kg-batches` trains them).
    taggers: { type: 'string', default: '' },
  },
});

// Tiny weights are dropped so the model file stays small; features seen once are noise at this size.
const MIN_WEIGHT = 0.05;
const SEEDS = Array.from({ length: Number(values.seeds) }, (_, i) => Number(values.seed) + i);
const TRAINING = { epochs: Number(values.epochs), l2: Number(values.l2), keep: (_: string, count: number) => count >= 2, seeds: SEEDS };
/** Thresholds tried; above 1 the model never acts that way. */
const GRID = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99, 1.01];
const NEVER = 1.01;

interface GoldRecord { entities: { name: string; type: string; variants: string[] }[]; optional: ({ name: string; type: string } | { src: string })[] }
interface Counts { P: number; R: number; F1: number; right: number; wrong: number; found: number; gold: number }
interface Scorer {
  readOutputs(text: string): { outputs: Map<string, unknown> };
  score(gold: unknown, outputs: Map<string, unknown>): { entities: Counts; links: Counts; entityTypes: Record<string, Counts> };
}
/** One name of one article as the passes gave it, with its features and label (undefined: optional, not learnt). */
interface Named { key: string; type: EntityType; features: string[]; label: string | undefined }
interface Prepared { article: AnnotatedArticle; extraction: Extraction; names: Named[] }

const log = (message: string): void => console.log(`train-mentions: ${message}`);
const keyOf = (text: string, type: string): string => `${text}\u0000${type}`;

/** The label the scorer's reading gives a name: its gold type, none, or undefined where optional. */
function labelOf(gold: GoldRecord, text: string): string | undefined {
  for (const e of gold.entities) if (e.name === text || e.variants.includes(text)) return e.type;
  if (gold.optional.some((o) => 'name' in o && o.name === text)) return undefined;
  return NO_ENTITY;
}

const taggers = values.taggers === '' ? new Map<number, string>() : parseBatchModels(values.taggers);
const missing = [...new Set(taggers.values())].filter((file) => !existsSync(file));
if (missing.length > 0) {
  console.error(`train-mentions: tagger ${missing.join(', ')} not found (npm run train:zh -- --kg-batches … --out PATH trains one)`);
  process.exit(1);
}
const articles = readKgAnnotations(values.annotations, values.articles).filter((a) => Number(a.batch) >= Number(values.from));
const golds = new Map(articles.map((a) => [a.id, goldRecord(a) as GoldRecord]));

/** The annotated articles read by the extractor with `verifier`; `names` collects what the verifier pass saw of each. */
async function readAll(verifier: (article: AnnotatedArticle) => GroupReader | false): Promise<Prepared[]> {
  const prepared: Prepared[] = [];
  let current: { article: AnnotatedArticle; names: Named[]; reader: GroupReader | false } | undefined;
  // The pass hands each name to this reader: it records the name and asks the article's own reader.
  const recording: GroupReader = (group, features) => {
    const { article, names, reader } = current!;
    const f = features();
    names.push({ key: keyOf(group.text, group.type), type: group.type, features: f, label: labelOf(golds.get(article.id)!, group.text) });
    if (reader === false) return group.type;
    return typeof reader === 'function' ? reader(group, () => f) : decide(scorePair(reader, f), group.type, reader);
  };
  // One extractor per tagger (`--taggers`): each batch is read by the one named for it.
  const extractors = new Map<string | undefined, Extractor>();
  const extractorOf = (article: AnnotatedArticle): Extractor => {
    const modelPath = taggers.get(Number(article.batch));
    let extractor = extractors.get(modelPath);
    if (extractor === undefined) {
      extractor = createExtractor({ lang: 'zh', verifier: recording, ...(modelPath === undefined ? {} : { zh: { modelPath } }) });
      // As `wutong extract --jsonl` reads a batch: the styles lean to the source's.
      extractor.prime?.(articles.slice(0, 1000).map((a) => a.text));
      extractors.set(modelPath, extractor);
    }
    return extractor;
  };
  for (const article of articles) {
    current = { article, names: [], reader: verifier(article) };
    const extraction = textMentions(await extractorOf(article).extract({ id: article.id, text: article.text, lang: 'zh' }));
    prepared.push({ article, extraction, names: current.names });
  }
  return prepared;
}

const scorer = (await import(pathToFileURL(path.resolve(values.kg, 'score.mjs')).href)) as Scorer;
const gold = Object.fromEntries(golds);
const linesOf = (list: Prepared[], entities: (p: Prepared) => Extraction['entities'] = (p) => p.extraction.entities, relations = true): string =>
  list.map((p) => JSON.stringify({ id: p.article.id, entities: entities(p), relations: relations ? p.extraction.relations : [] })).join('\n');
const scored = (lines: string) => scorer.score(gold, scorer.readOutputs(lines).outputs);
const pct = (x: number): string => (100 * x).toFixed(1);
const figures = (c: Counts): string => `P ${pct(c.P)}  R ${pct(c.R)}  F1 ${pct(c.F1)}`;
const byType = (types: Record<string, Counts>): string => Object.entries(types).map(([t, c]) => `${t} ${pct(c.P)}/${pct(c.R)}`).join(', ');

const before = await readAll(() => false);
const styled = before.filter((p) => p.names.length > 0).length;
const all = before.flatMap((p) => p.names);
const learnt = all.filter((n): n is Named & { label: string } => n.label !== undefined);
const count = (f: (n: Named & { label: string }) => boolean): number => learnt.filter(f).length;
log(`${articles.length} annotated articles from batch ${values.from}, ${styled} read as regional business news; ${all.length} names, ${learnt.length} learnt from (${count((n) => n.label === n.type)} right, ${count((n) => n.label === NO_ENTITY)} no entity, ${count((n) => n.label !== n.type && n.label !== NO_ENTITY)} of another type); every fit averages the shuffles of seeds ${SEEDS.join(' ')}`);
const base = scored(linesOf(before));
log(`the extractor without the verifier: entities ${figures(base.entities)} (${byType(base.entityTypes)}); links ${figures(base.links)}`);

const examples = (list: Prepared[]): PairExample[] => list.flatMap((p) => p.names.flatMap((n) => (n.label === undefined ? [] : [{ features: n.features, label: n.label }])));
const fit = (list: Prepared[]): MentionModel => {
  const { classes, weights } = toPairModel(trainPairWeights(examples(list), MENTION_CLASSES, TRAINING), MENTION_CLASSES, 1, MIN_WEIGHT);
  return { classes, weights, drop: NEVER, retype: NEVER };
};

// Cross-validation by annotation batch: an annotator's habits never sit on both sides.
const batches = [...new Set(articles.map((a) => a.batch))].sort();
const folds = Number(values.folds);
const foldOf = (article: AnnotatedArticle): number => batches.indexOf(article.batch) % folds;
const foldModels: MentionModel[] = [];
/** Held-out probabilities of every name, by article and name. */
const held = new Map<string, Map<string, number[]>>();
for (let f = 0; f < folds; f++) {
  const model = fit(before.filter((p) => foldOf(p.article) !== f));
  foldModels.push(model);
  for (const p of before.filter((q) => foldOf(q.article) === f)) held.set(p.article.id, new Map(p.names.map((n) => [n.key, scorePair(model, n.features)])));
}

/** The held-out extraction under thresholds: each name of the unverified output kept, dropped (its links with it) or retyped. */
type Thresholds = Pick<MentionModel, 'drop' | 'retype'>;
const heldExtraction = (thresholds: Thresholds) => (p: Prepared): Extraction => {
  const decisions = p.extraction.entities.map((m) => {
    const probabilities = held.get(p.article.id)!.get(keyOf(m.text, m.type));
    return probabilities === undefined ? m.type : decide(probabilities, m.type, { classes: [...MENTION_CLASSES], ...thresholds });
  });
  const dropped = new Set(p.extraction.entities.filter((_, i) => decisions[i] === NO_ENTITY));
  const retyped = p.extraction.entities.map((m, i) => (decisions[i] === NO_ENTITY || decisions[i] === m.type ? m : { ...m, type: decisions[i] as EntityType }));
  const extraction = keepMentions(p.extraction, (m) => !dropped.has(m));
  return { ...extraction, entities: extraction.entities.map((m) => retyped[p.extraction.entities.indexOf(m)]!) };
};
const heldScores = (thresholds: Thresholds) =>
  scored(before.map((p) => JSON.stringify({ id: p.article.id, ...heldExtraction(thresholds)(p) })).join('\n'));
const trials = GRID.flatMap((drop) => GRID.map((retype) => ({ drop, retype, result: heldScores({ drop, retype }) })));
const never = trials.find((t) => t.drop > 1 && t.retype > 1)!;
// Names and the links they end: the best held-out entity F1 plus typed-link F1 (a name dropped takes
// its links with it); on a tie the higher thresholds, which act less.
const worth = (t: (typeof trials)[number]): number => t.result.entities.F1 + t.result.links.F1;
const allowed = [...trials].sort((a, b) => worth(b) - worth(a) || b.drop + b.retype - (a.drop + a.retype));
log(`held-out batches (${folds} folds), by threshold (drop at P(none), retype at P(another type)), best entity F1 + link F1 first:`);
const row = (t: (typeof trials)[number]): string => `entities ${figures(t.result.entities)}; links ${figures(t.result.links)}`;
for (const t of allowed.slice(0, 5)) log(`  drop ${t.drop.toFixed(2)}  retype ${t.retype.toFixed(2)}  ${row(t)}`);
log(`  never acting                 ${row(never)}`);
const { drop, retype } = allowed[0]!;
log('  at that retype, by drop:');
for (const t of trials.filter((t) => t.retype === retype)) log(`    drop ${t.drop.toFixed(2)}  ${row(t)}`);
const show = `drop at ${drop}, retype at ${retype}`;
/** What the chosen thresholds do to the held-out names, by their label. */
const acts = { dropped: { wrong: 0, right: 0 }, retyped: { right: 0, wrong: 0, wasRight: 0 } };
for (const p of before) for (const n of p.names) {
  if (n.label === undefined) continue;
  const decision = decide(held.get(p.article.id)!.get(n.key)!, n.type, { classes: [...MENTION_CLASSES], drop, retype });
  if (decision === NO_ENTITY) acts.dropped[n.label === n.type ? 'right' : 'wrong']++;
  else if (decision !== n.type) acts.retyped[decision === n.label ? 'right' : n.label === n.type ? 'wasRight' : 'wrong']++;
}
log(`  there: ${acts.dropped.wrong} wrong names dropped, ${acts.dropped.right} right ones; ${acts.retyped.right} retyped right, ${acts.retyped.wasRight} right ones retyped, ${acts.retyped.wrong} wrong ones retyped wrong`);

// The honest reading: every held-out article through the whole extractor with its fold's model.
const after = await readAll((article) => ({ ...foldModels[foldOf(article)]!, drop, retype }));
const cv = scored(linesOf(after));
log(`held out, through the whole extractor with each fold's model at ${show}:`);
log(`  entities ${figures(base.entities)} → ${figures(cv.entities)}`);
log(`  per type ${byType(cv.entityTypes)}`);
log(`  links    ${figures(base.links)} → ${figures(cv.links)} (not held out: the link model learnt these batches)`);

const model: MentionModel = { ...fit(before), drop, retype };
writeFileSync(values.out, `${JSON.stringify(model)}\n`);
log(`wrote ${values.out}: ${Object.keys(model.weights).length} features, ${show}`);
