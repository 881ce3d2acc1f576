/**
 * Tokens an LLM build would spend on the example articles, full and hybrid mode, and what a
 * thousand such articles would cost at the list prices in llm-prices.json (no request is made:
 * prompts are built exactly as the extractor sends them and counted with the o200k tokenizer;
 * answers are estimated as the JSON of what the rule extractor finds, quotes being whole sentences).
 * Run: node --import tsx scripts/llm-tokens.ts [paths…]   (default: examples)
 */
import { z } from 'zod';
import { Tiktoken } from 'js-tiktoken/lite';
import o200k from 'js-tiktoken/ranks/o200k_base';
import { listInputFiles, readArticles } from '../src/ingest/index';
import { createExtractor } from '../src/extract/index';
import type { Extraction } from '../src/extract/types';
import { graphRequests, relationRequests, resolveLlmOptions, toolSchema, type PlannedRequest } from '../src/extract/llm/index';
import { CO_MENTIONED } from '../src/lexicon/index';
import { readJson } from '../src/shared/data';

const prices = readJson(new URL('./llm-prices.json', import.meta.url), z.array(z.object({
  provider: z.string(), model: z.string(), inputPerMillion: z.number(), outputPerMillion: z.number(), currency: z.string(), asOf: z.string(),
})), 'llm-tokens');
const encoder = new Tiktoken(o200k);
const count = (text: string): number => encoder.encode(text).length;
// Chat framing per message and the tool wrapper, as OpenAI documents them (about 3–4 tokens each).
const FRAMING = 12;
const options = resolveLlmOptions({ model: 'estimate' });
const rules = createExtractor();

const inputTokens = (request: PlannedRequest): number =>
  count(request.system) + count(request.user) + count(JSON.stringify(toolSchema(request.tool))) + FRAMING;

function graphAnswer(text: string, { entities, relations }: Extraction): string {
  const typed = relations.filter((r) => r.type !== CO_MENTIONED);
  return JSON.stringify({
    entities: [...new Map(entities.map((e) => [e.text, { name: e.text, type: e.type }])).values()],
    relations: typed.map((r) => ({ source: entities[r.source].text, target: entities[r.target].text, type: r.type, quote: text.slice(r.start, r.end) })),
  });
}

function relationsAnswer(text: string, { relations }: Extraction): string {
  const typed = relations.filter((r) => r.type !== CO_MENTIONED);
  return JSON.stringify({ relations: typed.map((r) => ({ source: r.source, target: r.target, type: r.type, quote: text.slice(r.start, r.end) })) });
}

const totals = { articles: 0, chars: 0, full: { calls: 0, input: 0, output: 0 }, hybrid: { calls: 0, input: 0, output: 0 } };
const { files } = await listInputFiles(process.argv.slice(2).length ? process.argv.slice(2) : ['examples']);
for (const file of files) {
  for (const article of await readArticles(file)) {
    const found = await rules.extract({ text: article.text, lang: article.lang, id: article.id });
    const full = graphRequests(article.text, options);
    const hybrid = relationRequests(article.text, found.entities, options);
    totals.articles++;
    totals.chars += article.text.length;
    totals.full.calls += full.length;
    totals.full.input += full.reduce((sum, r) => sum + inputTokens(r), 0);
    totals.full.output += count(graphAnswer(article.text, found)) + FRAMING;
    totals.hybrid.calls += hybrid.length;
    totals.hybrid.input += hybrid.reduce((sum, r) => sum + inputTokens(r), 0);
    totals.hybrid.output += hybrid.length ? count(relationsAnswer(article.text, found)) + FRAMING : 0;
  }
}

console.log(`${totals.articles} articles, ${totals.chars} characters`);
for (const mode of ['full', 'hybrid'] as const) {
  const { calls, input, output } = totals[mode];
  const per = (n: number): string => (n / totals.articles).toFixed(0);
  console.log(`${mode}: ${per(calls * 1000)} calls, ${per(input * 1000)} input + ${per(output * 1000)} output tokens per 1,000 articles`);
  for (const price of prices) {
    const cost = ((input * price.inputPerMillion + output * price.outputPerMillion) / 1e6 / totals.articles) * 1000;
    console.log(`  ${price.provider} ${price.model}: ${cost.toFixed(3)} ${price.currency} per 1,000 articles (list prices as of ${price.asOf})`);
  }
}
