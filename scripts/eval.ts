/**
 * Scores extractors on the seeded dev hold-outs of ../shared/data/ner (MSRA and CLUENER), strict:
 * exact start, end and type. MSRA has one ORG type, so Company and Institution both count as ORG there.
 * Usage: npm run eval [-- --limit N --model PATH --style-model PATH --finance-style-model PATH --news-style-model PATH --data DIR]
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SpanScorer, scores, type ScoredSpan } from '../src/tagger/index';
import type { Extractor } from '../src/extract/types';
import { createExtractor, textMentions } from '../src/extract/index';
import { createChineseExtractor, createNaiveJiebaExtractor, nerSplits, type GoldSentence } from '../src/extract/zh/index';

const { values } = parseArgs({
  options: {
    limit: { type: 'string' },
    model: { type: 'string' },
    'style-model': { type: 'string' },
    'finance-style-model': { type: 'string' },
    'news-style-model': { type: 'string' },
    data: { type: 'string', default: '../shared/data/ner' },
  },
});

if (!existsSync(`${values.data}/msra/train.bio`) || !existsSync(`${values.data}/cluener/train.json`)) {
  console.error(`eval: evaluation data not found in ${values.data} (needs msra/train.bio and cluener/train.json)`);
  process.exit(1);
}

const limit = values.limit === undefined ? Infinity : Number(values.limit);
const splits = nerSplits(values.data);
const model = {
  ...(values.model ? { modelPath: values.model } : {}),
  ...(values['style-model'] ? { stylePath: values['style-model'] } : {}),
  ...(values['finance-style-model'] ? { financeStylePath: values['finance-style-model'] } : {}),
  ...(values['news-style-model'] ? { newsStylePath: values['news-style-model'] } : {}),
};
const naive = createNaiveJiebaExtractor();
// The default extractor as `wutong extract` runs it (tagger, then the finance-name layer), primed
// with the set so it leans to the batch's style; then the tagger alone, and with the style fixed.
const extractorAsRun = (): Extractor => ({ ...createExtractor({ lang: 'zh', zh: model }), name: 'wutong extract' });
const current = createChineseExtractor(model);
const sets: Array<{ name: string; dev: GoldSentence[]; orgAsOne: boolean; extractors: Extractor[] }> = [
  { name: 'MSRA own dev (10% of train, seeded)', dev: splits.msra.dev.slice(0, limit), orgAsOne: true, extractors: [naive, extractorAsRun(), current, createChineseExtractor({ ...model, style: 'print' })] },
  { name: 'CLUENER own dev (10% of train, seeded)', dev: splits.cluener.dev.slice(0, limit), orgAsOne: false, extractors: [naive, extractorAsRun(), current, createChineseExtractor({ ...model, style: 'web' })] },
];

async function score(extractor: Extractor, dev: GoldSentence[], orgAsOne: boolean): Promise<{ scorer: SpanScorer; seconds: number; chars: number }> {
  const scorer = new SpanScorer();
  const started = performance.now();
  let chars = 0;
  for (const sentence of dev) {
    const { entities } = textMentions(await extractor.extract({ text: sentence.text, lang: 'zh' }));
    const predicted: ScoredSpan[] = entities.map(({ start, end, type }) => ({
      start, end, type: orgAsOne && (type === 'Company' || type === 'Institution') ? 'ORG' : type,
    }));
    scorer.add(sentence.spans, predicted);
    chars += sentence.text.length;
  }
  return { scorer, seconds: (performance.now() - started) / 1000, chars };
}

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);

for (const set of sets) {
  console.log(`\n${set.name}: ${set.dev.length} sentences`);
  // As `wutong extract --jsonl` does with its input: the default extractor sees the batch first.
  for (const extractor of set.extractors) extractor.prime?.(set.dev.map((s) => s.text));
  const results: Array<{ extractor: Extractor; scorer: SpanScorer; seconds: number; chars: number }> = [];
  for (const extractor of set.extractors) results.push({ extractor, ...(await score(extractor, set.dev, set.orgAsOne)) });
  const types = [...new Set(results.flatMap((r) => [...r.scorer.byType.keys()]))].filter((t) => set.dev.some((s) => s.spans.some((x) => x.type === t))).sort();
  console.log(`${'type'.padEnd(12)}${results.map((r) => `| ${r.extractor.name.padEnd(20)}`).join('')}`);
  console.log(`${''.padEnd(12)}${results.map(() => '|   P     R     F1   ').join('')}`);
  const row = (label: string, pick: (s: SpanScorer) => Parameters<typeof scores>[0]): void => {
    console.log(`${label.padEnd(12)}${results.map((r) => {
      const s = scores(pick(r.scorer));
      return `| ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)} `;
    }).join('')}`);
  };
  for (const type of types) row(type, (s) => s.byType.get(type) ?? { truePositives: 0, predicted: 0, gold: 0 });
  row('micro', (s) => s.micro());
  console.log(`${'chars/s'.padEnd(12)}${results.map((r) => `| ${Math.round(r.chars / r.seconds).toString().padStart(18)} `).join('')}`);
}
