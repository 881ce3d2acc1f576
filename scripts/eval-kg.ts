/**
 * Scores the article graphs `wutong extract --jsonl` draws against ../shared/data/kg (60 annotated
 * articles of the users' genre, GUIDELINES.md there), with the set's own scorer (score.mjs): entity
 * and typed-link precision and recall, per type, and — from each relation's `rule` — which rules
 * make the wrong links and which find the right ones; `--show-missed` sorts the gold links not drawn
 * by why they were lost (an end not found, the pair never in one sentence, or what was said of it).
 * Usage: npm run eval:kg [-- --data DIR --worst N --show-wrong --show-missed --entities --annotations BATCH]
 * --entities lists every wrong and missed entity surface, sorted into kinds (scripts/kg/entity-errors.ts).
 * --annotations BATCH scores our own annotations of kg-unlabelled (data/kg-train) from that batch on
 * instead: the tagger's news table learnt batches 01–16 only, but the mention verifier learnt 17–32
 * (its held-out reading is its cross-validation, scripts/train-mentions.ts) and the link model every
 * batch, so these figures are held out from the tagger alone.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { goldRecord, readKgAnnotations } from '../src/annotations';
import { main } from '../src/cli/main';
import { entityErrorReport, entityErrors } from './kg/entity-errors';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data/kg' },
    worst: { type: 'string', default: '12' },
    'show-wrong': { type: 'boolean', default: false },
    entities: { type: 'boolean', default: false },
    'show-missed': { type: 'boolean', default: false },
    annotations: { type: 'string' },
  },
});

const dir = path.resolve(values.data);
for (const file of ['articles.jsonl', 'gold.json', 'score.mjs']) {
  if (!existsSync(path.join(dir, file))) {
    console.error(`eval-kg: ${file} not found in ${dir}`);
    process.exit(1);
  }
}

interface OutputRelation { source: number; target: number; type: string; rule?: string }
interface OutputLine { id: string; entities: { text: string; type: string }[]; relations: OutputRelation[] }
interface GoldRecord { entities: { name: string; type: string; variants?: string[] }[]; optional?: { name?: string; type?: string }[] }
interface Scorer {
  readOutputs(text: string): { outputs: Map<string, unknown>; bad: number };
  score(gold: unknown, outputs: Map<string, unknown>): { perArticle: Record<string, { wrongLinks: string[]; missedLinks: string[] }> };
  report(result: unknown): string;
}

/** Runs `wutong extract --jsonl` in this process on the set, exactly as a user would from the shell. */
async function extractSet(articles: string): Promise<string> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks: string[] = [];
  stdout.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
  stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  const code = await main(['extract', '--jsonl', '--rules'], { stdin: Readable.from([articles]), stdout, stderr, env: process.env });
  if (code !== 0) console.error(`eval-kg: wutong extract exited ${code}`);
  return chunks.join('');
}

/** For each typed link drawn, the rules that drew it: `src -TYPE-> tgt` as the scorer names it. */
function rulesByLink(lines: OutputLine[]): Map<string, Map<string, Set<string>>> {
  const byArticle = new Map<string, Map<string, Set<string>>>();
  for (const line of lines) {
    const links = new Map<string, Set<string>>();
    for (const r of line.relations) {
      const key = `${line.entities[r.source]?.text} -${r.type}-> ${line.entities[r.target]?.text}`;
      const rules = links.get(key) ?? new Set<string>();
      rules.add(r.rule ?? '(no rule named)');
      links.set(key, rules);
    }
    byArticle.set(line.id, links);
  }
  return byArticle;
}

/** Our own annotated articles from batch `first` on, as the set's articles.jsonl and gold.json would hold them. */
function ownAnnotations(first: number): { articles: string; gold: Record<string, GoldRecord> } {
  const unlabelled = path.resolve(dir, '../kg-unlabelled/articles.jsonl');
  const annotated = readKgAnnotations(fileURLToPath(new URL('../data/kg-train/annotations.jsonl', import.meta.url)), unlabelled).filter((a) => Number(a.batch) >= first);
  if (annotated.length === 0) {
    console.error(`eval-kg: no annotated batch from ${first} on`);
    process.exit(1);
  }
  return {
    articles: annotated.map((a) => JSON.stringify({ id: a.id, text: a.text })).join('\n'),
    gold: Object.fromEntries(annotated.map((a) => [a.id, goldRecord(a) as GoldRecord])),
  };
}

const own = values.annotations === undefined ? undefined : ownAnnotations(Number(values.annotations));
const began = Date.now();
const output = await extractSet(own?.articles ?? readFileSync(path.join(dir, 'articles.jsonl'), 'utf8'));
const seconds = ((Date.now() - began) / 1000).toFixed(1);
const scorer = (await import(pathToFileURL(path.join(dir, 'score.mjs')).href)) as Scorer;
const gold = own?.gold ?? (JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as Record<string, GoldRecord>);
const { outputs } = scorer.readOutputs(output);
const result = scorer.score(gold, outputs);
const setName = own === undefined ? `kg dev set (${dir})` : `our annotations from batch ${values.annotations} (data/kg-train; held out from the tagger, not from the mention verifier or the link model)`;
console.log(`${setName}, through wutong extract --jsonl in ${seconds} s`);
console.log(scorer.report(result));

const lines = output.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as OutputLine);
if (values.entities) {
  const predicted = new Map(lines.map((l) => [l.id, l.entities]));
  const errors = Object.keys(gold).filter((id) => !id.startsWith('_')).flatMap((id) => entityErrors(id, gold[id], predicted.get(id) ?? []));
  console.log(`\n${entityErrorReport(errors)}`);
}

// Which rules make the wrong links: each wrong link is charged to every rule that drew it.
const rules = rulesByLink(lines);
const wrongByRule = new Map<string, string[]>();
for (const [id, article] of Object.entries(result.perArticle)) {
  for (const link of article.wrongLinks) {
    for (const rule of rules.get(id)?.get(link) ?? ['(not found in the output)']) {
      wrongByRule.set(rule, [...(wrongByRule.get(rule) ?? []), `${id}: ${link}`]);
    }
  }
}
const ranked = [...wrongByRule.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
console.log(`\nwrong typed links by the rule that drew them (${ranked.reduce((n, [, l]) => n + l.length, 0)} in all):`);
for (const [rule, links] of ranked.slice(0, Number(values.worst))) {
  console.log(`  ${String(links.length).padStart(4)}  ${rule}`);
  if (values['show-wrong']) for (const link of links) console.log(`          ${link}`);
}

/**
 * Why a gold link was not drawn: an end the extractor did not find, a pair it never put in one
 * sentence, or the rules of what it drew between them instead (a co-mention, a declined pattern,
 * another type).
 */
function missedReason(record: GoldRecord, line: OutputLine | undefined, link: string): string {
  const [, src, , tgt] = /^(.*) -([A-Z_]+)-> (.*)$/.exec(link) ?? [];
  const surfaces = (name: string | undefined): Set<string> => new Set(record.entities.filter((e) => e.name === name).flatMap((e) => [e.name, ...(e.variants ?? [])]));
  const [a, b] = [surfaces(src), surfaces(tgt)];
  const found = (names: Set<string>): boolean => line?.entities.some((e) => names.has(e.text)) ?? false;
  if (!found(a) || !found(b)) return `${found(a) ? '' : 'source'}${!found(a) && !found(b) ? ' and ' : ''}${found(b) ? '' : 'target'} not found`;
  const between = (line?.relations ?? []).filter((r) => {
    const [x, y] = [line!.entities[r.source]?.text ?? '', line!.entities[r.target]?.text ?? ''];
    return (a.has(x) && b.has(y)) || (a.has(y) && b.has(x));
  });
  if (between.length === 0) return 'never in one sentence';
  return [...new Set(between.map((r) => `${r.type} by ${(r.rule ?? '?').replace(/\(.*\)/, '(…)')}`))].sort().join('; ');
}

if (values['show-missed']) {
  const lines = new Map(output.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as OutputLine).map((l) => [l.id, l]));
  const byReason = new Map<string, string[]>();
  for (const [id, article] of Object.entries(result.perArticle)) {
    for (const link of article.missedLinks) {
      const reason = missedReason(gold[id]!, lines.get(id), link);
      byReason.set(reason, [...(byReason.get(reason) ?? []), `${id}: ${link}`]);
    }
  }
  const reasons = [...byReason.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  console.log(`\nmissed gold links by why (${reasons.reduce((n, [, l]) => n + l.length, 0)} in all):`);
  for (const [reason, links] of reasons) {
    console.log(`  ${String(links.length).padStart(4)}  ${reason}`);
    for (const link of links) console.log(`          ${link}`);
  }
}
