/**
 * Relation check on FinRE valid (../shared/data/relations/finre/valid.txt), each sentence alone:
 * of the pairs with a real relation, the share the output links at all (target ≥ 85%); of the pairs
 * whose label maps to one of our types, the share linked with that type (≥ 60%); of the pairs
 * labelled only `unknown`, the share given a typed relation (≤ 20%).
 * Three readings: "full" finds the entities with the Chinese tagger alone, then with the whole
 * extractor `wutong extract --jsonl` runs (finance names, short forms, repeated names, lists: the
 * figure the targets are about); "gold names" adds the labelled head and tail names to the tagger's
 * mentions, to score relations alone.
 * The tagger is primed with all the sentences first, as `wutong extract --jsonl` primes it with its
 * first 1,000 lines (FinRE valid has 677), so it leans to the batch's style.
 * Usage: node --import tsx scripts/eval-relations.ts [--data DIR] [--split valid|train] [--limit N] [--method tagger|rules]
 *   [--model PATH --style-model PATH --finance-style-model PATH --news-style-model PATH]
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createExtractor, textMentions } from '../src/extract/index';
import { extractRelations } from '../src/extract/relations/index';
import type { Extractor, Mention, Relation } from '../src/extract/types';
import { createChineseExtractor, DEFAULT_MODEL_PATH, readFinreRows } from '../src/extract/zh/index';
import { CO_MENTIONED, longestFirst } from '../src/lexicon/index';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data/relations/finre' },
    split: { type: 'string', default: 'valid' },
    limit: { type: 'string' },
    method: { type: 'string' },
    model: { type: 'string' },
    'style-model': { type: 'string' },
    'finance-style-model': { type: 'string' },
    'news-style-model': { type: 'string' },
  },
});

const file = `${values.data}/${values.split}.txt`;
if (!existsSync(file)) {
  console.error(`eval-relations: FinRE data not found at ${file}; skipping`);
  process.exit(0);
}

const LABEL_TO_TYPE: Record<string, string> = {
  签约: 'SIGNED_WITH', 合作: 'PARTNERS_WITH', 合资: 'PARTNERS_WITH', 注资: 'INVESTS_IN', 入股: 'INVESTS_IN', 持股: 'INVESTS_IN',
  增持: 'INVESTS_IN', 买资: 'INVESTS_IN', 订单: 'SUPPLIES', 拥有: 'OWNS', 收购: 'ACQUIRES', 拟收购: 'ACQUIRES', 竞争: 'COMPETES_WITH',
};

interface Pair {
  head: string;
  tail: string;
  labels: Set<string>;
}

/** Sentences with their labelled pairs; a pair and its reverse are one pair (被X is X read backwards). */
function readFinre(path: string): Map<string, Map<string, Pair>> {
  const sentences = new Map<string, Map<string, Pair>>();
  for (const { head, tail, label, sentence } of readFinreRows(path)) {
    const pairs = sentences.get(sentence) ?? new Map<string, Pair>();
    sentences.set(sentence, pairs);
    const key = [head, tail].sort().join('\t');
    const pair = pairs.get(key) ?? { head, tail, labels: new Set<string>() };
    pair.labels.add(label.replace(/^被/, ''));
    pairs.set(key, pair);
  }
  return sentences;
}

/** Every occurrence of each name, replacing the extractor's mentions that overlap it. */
function withGoldNames(text: string, found: Mention[], names: string[]): Mention[] {
  const gold: Mention[] = [];
  for (const name of longestFirst(names, (n) => n)) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const span = { start: at, end: at + name.length };
      if (gold.some((g) => g.start < span.end && span.start < g.end)) continue;
      const tagged = found.find((m) => m.start === span.start && m.end === span.end);
      gold.push({ text: name, type: tagged?.type ?? 'Company', ...span });
    }
  }
  return [...found.filter((m) => !gold.some((g) => g.start < m.end && m.start < g.end)), ...gold];
}

interface Tally {
  real: number;
  linked: number;
  mapped: number;
  typed: number;
  unknown: number;
  unknownTyped: number;
  found: number;
  /** Per type: [pairs, pairs given that type]. */
  byType: Map<string, [number, number]>;
}

function linksBetween(relations: Relation[], mentions: Mention[], a: string, b: string): Relation[] {
  return relations.filter((r) => {
    const s = mentions[r.source]!.text;
    const t = mentions[r.target]!.text;
    return (s === a && t === b) || (s === b && t === a);
  });
}

function tally(sentences: Map<string, Map<string, Pair>>, readings: Map<string, { mentions: Mention[]; relations: Relation[] }>): Tally {
  const t: Tally = { real: 0, linked: 0, mapped: 0, typed: 0, unknown: 0, unknownTyped: 0, found: 0, byType: new Map() };
  for (const [sentence, pairs] of sentences) {
    const { mentions, relations } = readings.get(sentence)!;
    for (const pair of pairs.values()) {
      const links = linksBetween(relations, mentions, pair.head, pair.tail);
      const real = [...pair.labels].some((l) => l !== 'unknown');
      if (!real) {
        t.unknown += 1;
        if (links.some((r) => r.type !== CO_MENTIONED)) t.unknownTyped += 1;
        continue;
      }
      t.real += 1;
      if (mentions.some((m) => m.text === pair.head) && mentions.some((m) => m.text === pair.tail)) t.found += 1;
      if (links.length > 0) t.linked += 1;
      // A pair labelled with two relations (合作 and 竞争) is typed right by either of our types.
      const wanted = [...pair.labels].map((l) => LABEL_TO_TYPE[l]).filter((x) => x !== undefined);
      if (wanted.length === 0) continue;
      t.mapped += 1;
      const hitType = wanted.find((type) => links.some((r) => r.type === type));
      if (hitType !== undefined) t.typed += 1;
      const counted = hitType ?? wanted[0]!;
      const row = t.byType.get(counted) ?? [0, 0];
      t.byType.set(counted, [row[0] + 1, row[1] + (hitType !== undefined ? 1 : 0)]);
    }
  }
  return t;
}

const pct = (a: number, b: number): string => `${((100 * a) / Math.max(b, 1)).toFixed(1)}% (${a}/${b})`;

const all = readFinre(file);
const limit = values.limit === undefined ? Infinity : Number(values.limit);
const sentences = new Map([...all].slice(0, limit));
// The trained tagger when its model has been built, else the rule extractor.
const method = values.method ?? (existsSync(DEFAULT_MODEL_PATH) ? 'tagger' : 'rules');
if (method !== 'tagger' && method !== 'rules') {
  console.error(`eval-relations: --method must be tagger or rules, not ${method}`);
  process.exit(2);
}
const modelFiles = {
  ...(values.model ? { modelPath: values.model } : {}),
  ...(values['style-model'] ? { stylePath: values['style-model'] } : {}),
  ...(values['finance-style-model'] ? { financeStylePath: values['finance-style-model'] } : {}),
  ...(values['news-style-model'] ? { newsStylePath: values['news-style-model'] } : {}),
};
const extractor = await workingExtractor(method);
// What `wutong extract --jsonl` runs on each line, with the tagger or rules that work here.
const whole = createExtractor({ lang: 'zh', zh: { ...modelFiles, method: extractor.name === 'zh-rules' ? 'rules' : 'tagger' } });

/** The tagger when its model files load, else the rule extractor, so this check runs either way. */
async function workingExtractor(preferred: 'tagger' | 'rules'): Promise<Extractor> {
  const chosen = createChineseExtractor({ method: preferred, ...modelFiles });
  if (preferred === 'rules') return chosen;
  try {
    await chosen.extract({ text: '湖南鑫能实业有限公司落户郴州经开区。', lang: 'zh' });
    return chosen;
  } catch (error) {
    console.error(`eval-relations: tagger unavailable (${error instanceof Error ? error.message : String(error)}); using the rule extractor`);
    return createChineseExtractor({ method: 'rules' });
  }
}
const full = new Map<string, { mentions: Mention[]; relations: Relation[] }>();
const composed = new Map<string, { mentions: Mention[]; relations: Relation[] }>();
const gold = new Map<string, { mentions: Mention[]; relations: Relation[] }>();
const started = performance.now();
extractor.prime?.([...sentences.keys()]);
whole.prime?.([...sentences.keys()]);
for (const [sentence, pairs] of sentences) {
  const { entities } = await extractor.extract({ text: sentence, lang: 'zh' });
  full.set(sentence, { mentions: entities, relations: extractRelations(sentence, entities, 'zh') });
  const extracted = textMentions(await whole.extract({ text: sentence, lang: 'zh' }));
  composed.set(sentence, { mentions: extracted.entities, relations: extracted.relations });
  const names = [...pairs.values()].flatMap((p) => [p.head, p.tail]);
  const mentions = withGoldNames(sentence, entities, names);
  gold.set(sentence, { mentions, relations: extractRelations(sentence, mentions, 'zh') });
}
console.log(`FinRE ${values.split}: ${sentences.size} sentences, ${((performance.now() - started) / 1000).toFixed(1)} s`);
const readings = [
  [`full (${extractor.name} entities)`, full],
  [`wutong extract (${extractor.name} + finance names, short forms, lists)`, composed],
  ['gold names', gold],
] as const;
for (const [name, reading] of readings) {
  const t = tally(sentences, reading);
  console.log(`\n${name}`);
  console.log(`  both names found as entities   ${pct(t.found, t.real)}`);
  console.log(`  real pairs linked at all       ${pct(t.linked, t.real)}   target >= 85%`);
  console.log(`  mapped pairs with our type     ${pct(t.typed, t.mapped)}   target >= 60%`);
  console.log(`  unknown pairs given a type     ${pct(t.unknownTyped, t.unknown)}   target <= 20%`);
  for (const [type, [n, hit]] of [...t.byType].sort()) console.log(`    ${type.padEnd(16)} ${pct(hit, n)}`);
}
