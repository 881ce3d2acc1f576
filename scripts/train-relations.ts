/**
 * Trains the pair model (src/extract/relations/pair-model.json) on FinRE train: a multinomial
 * logistic regression over pair features that types the company pairs no pattern reads (and retypes
 * a pattern's company pair when it is far surer of another type). A seeded tenth of
 * the training sentences is held back to pick the probability threshold on the whole relation stage
 * (patterns first, model on the rest), keeping unrelated pairs given a type under 20%. Each
 * sentence carries the extractor's other mentions too, as in the pipeline.
 * `--threshold T` fixes the threshold instead (the committed model uses 0.35, the lowest that keeps
 * unrelated pairs typed under 20% on FinRE valid with the labelled names given; the seeded tenth is
 * small and noisy).
 * Usage: node --import tsx scripts/train-relations.ts [--data DIR] [--threshold T]
 */
import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { withFinanceMentions } from '../src/extract/finance/index';
import { extractRelations, pairFeatures, type PairModel } from '../src/extract/relations/index';
import { toPairModel, trainPairWeights } from '../src/extract/relations/pair-training';
import type { Mention } from '../src/extract/types';
import { createChineseExtractor, readFinreRows } from '../src/extract/zh/index';
import { CO_MENTIONED, longestFirst } from '../src/lexicon/index';

const { values } = parseArgs({
  options: { data: { type: 'string', default: '../shared/data/relations/finre' }, threshold: { type: 'string' } },
});
const file = `${values.data}/train.txt`;
if (!existsSync(file)) {
  console.error(`train-relations: FinRE data not found at ${file}`);
  process.exit(1);
}
// PAIR_MODEL_OUT writes elsewhere, to compare a candidate model before replacing the committed one.
const OUT = process.env.PAIR_MODEL_OUT === undefined ? new URL("../src/extract/relations/pair-model.json", import.meta.url) : new URL(process.env.PAIR_MODEL_OUT, `file://${process.cwd()}/`);
const LABEL_TO_TYPE: Record<string, string> = {
  签约: 'SIGNED_WITH', 合作: 'PARTNERS_WITH', 合资: 'PARTNERS_WITH', 注资: 'INVESTS_IN', 入股: 'INVESTS_IN', 持股: 'INVESTS_IN',
  增持: 'INVESTS_IN', 买资: 'INVESTS_IN', 订单: 'SUPPLIES', 拥有: 'OWNS', 收购: 'ACQUIRES', 拟收购: 'ACQUIRES', 竞争: 'COMPETES_WITH',
};
const SYMMETRIC = new Set(['SIGNED_WITH', 'PARTNERS_WITH', 'COMPETES_WITH']);
// Rare features and tiny weights are dropped so the model file stays small.
const MIN_COUNT = 5;
const MIN_SENTENCE_COUNT = 5;
const MIN_WEIGHT = 0.08;
const EPOCHS = Number(process.env.EPOCHS ?? 10);
const L2 = Number(process.env.L2 ?? 1e-4);
const MAX_UNKNOWN_TYPED = 0.2;
const TRAINING = { epochs: EPOCHS, l2: L2, keep: (f: string, c: number) => c >= (f.startsWith('s:') ? MIN_SENTENCE_COUNT : MIN_COUNT) };

interface LabelledPair { x: Mention; y: Mention; label: string }
interface Sentence { text: string; mentions: Mention[]; pairs: LabelledPair[] }

function readSentences(path: string): Sentence[] {
  const bySentence = new Map<string, Map<string, { head: string; tail: string; labels: string[] }>>();
  for (const { head, tail, label, sentence } of readFinreRows(path)) {
    const pairs = bySentence.get(sentence) ?? new Map();
    bySentence.set(sentence, pairs);
    const key = [head, tail].sort().join('\t');
    const pair = pairs.get(key) ?? { head, tail, labels: [] };
    pairs.set(key, pair);
    // Each label as label|subject; 被X is X read from tail to head.
    pair.labels.push(label.startsWith('被') ? `${label.slice(1)}|${tail}` : `${label}|${head}`);
  }
  return [...bySentence].map(([text, pairs]) => {
    const names = longestFirst(new Set([...pairs.values()].flatMap((p) => [p.head, p.tail])), (n) => n);
    const mentions: Mention[] = [];
    for (const name of names) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        if (!mentions.some((m) => m.start < at + name.length && at < m.end)) mentions.push({ text: name, type: 'Company', start: at, end: at + name.length });
      }
    }
    const labelled: LabelledPair[] = [];
    for (const pair of pairs.values()) {
      const closest = nearest(mentions, pair.head, pair.tail);
      if (closest !== undefined) labelled.push({ x: closest[0], y: closest[1], label: labelOf(pair.labels, closest[0].text) });
    }
    return { text, mentions, pairs: labelled };
  });
}

function nearest(mentions: Mention[], a: string, b: string): [Mention, Mention] | undefined {
  let best: [Mention, Mention] | undefined;
  for (const p of mentions.filter((m) => m.text === a)) {
    for (const q of mentions.filter((m) => m.text === b)) {
      const [x, y] = p.start < q.start ? [p, q] : [q, p];
      if (best === undefined || y.start - x.end < best[1].start - best[0].end) best = [x, y];
    }
  }
  return best;
}

function labelOf(labels: string[], first: string): string {
  for (const l of labels) {
    const [label, subject] = l.split('|');
    const type = LABEL_TO_TYPE[label!];
    if (type !== undefined) return SYMMETRIC.has(type) ? type : `${type}${subject === first ? '>' : '<'}`;
  }
  if (labels.some((l) => l.startsWith('自己'))) return 'same';
  return labels.every((l) => l.startsWith('unknown')) ? 'none' : 'other';
}

function featuresOf(s: Sentence, p: LabelledPair): string[] {
  return pairFeatures(s.text, { start: 0, end: s.text.length }, p.x, p.y, s.mentions.filter((m) => m !== p.x && m !== p.y));
}

/** The relation stage's figures on held-back sentences with this model: typed share of mapped pairs, typed share of unrelated pairs. */
function stageScores(sentences: Sentence[], model: PairModel): { typed: number; unknownTyped: number } {
  let typed = 0, mapped = 0, unknownTyped = 0, unknown = 0;
  for (const s of sentences) {
    const relations = extractRelations(s.text, s.mentions, 'zh', { pairModel: model });
    for (const p of s.pairs) {
      const types = relations.filter((r) => {
        const ends = [s.mentions[r.source]!.text, s.mentions[r.target]!.text];
        return ends.includes(p.x.text) && ends.includes(p.y.text);
      }).map((r) => r.type);
      if (p.label === 'none') ((unknown += 1), (unknownTyped += types.some((t) => t !== CO_MENTIONED) ? 1 : 0));
      else if (/^[A-Z]/.test(p.label)) ((mapped += 1), (typed += types.includes(p.label.replace(/[<>]$/, '')) ? 1 : 0));
    }
  }
  return { typed: typed / mapped, unknownTyped: unknownTyped / unknown };
}

/**
 * The other names a sentence gets from the extractor the pipeline runs (tagger, or rules when its
 * model is missing, plus finance names), around the labelled pair: the model learns with the
 * neighbours it will meet.
 */
async function withContext(list: Sentence[]): Promise<void> {
  let extractor = createChineseExtractor();
  try {
    await extractor.extract({ text: '长沙银行与湘江集团签约。', lang: 'zh' });
  } catch {
    extractor = createChineseExtractor({ method: 'rules' });
  }
  // As `wutong extract` does, the tagger sees the batch first and leans to its style.
  extractor.prime?.(list.map((s) => s.text));
  for (const s of list) {
    const found = withFinanceMentions(s.text, (await extractor.extract({ text: s.text, lang: 'zh' })).entities);
    s.mentions.push(...found.filter((m) => !s.mentions.some((g) => g.start < m.end && m.start < g.end)));
  }
}

const sentences = readSentences(file);
await withContext(sentences);
const isDev = (_: Sentence, i: number): boolean => i % 10 === 3;
const examplesOf = (list: Sentence[]): { features: string[]; label: string }[] => list.flatMap((s) => s.pairs.map((p) => ({ features: featuresOf(s, p), label: p.label })));
const all = examplesOf(sentences);
const classes = [...new Set(all.map((e) => e.label))].sort();
const fit = trainPairWeights(examplesOf(sentences.filter((s, i) => !isDev(s, i))), classes, TRAINING);
const dev = sentences.filter(isDev);
console.log(`train-relations: ${sentences.length - dev.length} training sentences, ${dev.length} held back; classes ${classes.join(' ')}`);
let chosen = 1;
for (const threshold of [0.2, 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]) {
  const { typed, unknownTyped } = stageScores(dev, toPairModel(fit, classes, threshold, MIN_WEIGHT));
  console.log(`  threshold ${threshold}: mapped pairs typed right ${(100 * typed).toFixed(1)}%, unrelated pairs typed ${(100 * unknownTyped).toFixed(1)}%`);
  if (unknownTyped <= MAX_UNKNOWN_TYPED) {
    chosen = threshold;
    break;
  }
}
if (values.threshold !== undefined) chosen = Number(values.threshold);
writeFileSync(OUT, `${JSON.stringify(toPairModel(trainPairWeights(all, classes, TRAINING), classes, chosen, MIN_WEIGHT))}\n`);
console.log(`train-relations: threshold ${chosen}, model written to ${OUT.pathname}`);
