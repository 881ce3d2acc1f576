import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import neo4j from 'neo4j-driver';
import { buildPaths, loadExtractions, type BuildEvent } from '.';
import { createExtractor } from '../extract';
import { countyReport } from '../../test/support/articles';
import { fingerprint, resetDatabase, runCli, testDriver, testStore } from '../../test/support/neo4j';

const driver = testDriver();
const store = testStore();
const extractor = createExtractor();
after(async () => {
  await store.close();
  await driver.close();
});

const scratch = () => mkdtempSync(path.join(tmpdir(), 'wutong-corpus-build-'));

/** A corpus row of our own county reports: the title is the report's first line, the body the rest. */
function reportRow(n: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const [title, , ...body] = countyReport(n).split('\n');
  return { id: `row-${n}`, title, content: body.join('\n'), published: `2024-05-${String((n % 27) + 1).padStart(2, '0')}`, url: `https://news.example.test/${n}`, source: '临江日报', ...extra };
}

const jsonl = (rows: unknown[]) => rows.map((row) => (typeof row === 'string' ? row : JSON.stringify(row))).join('\n') + '\n';

/** The stored articles as lines: corpus id, url, publisher, date and file name. */
async function storedRows(): Promise<string[]> {
  const { records } = await driver.executeQuery('MATCH (a:Article) RETURN a.corpusId AS id, a.url AS url, a.publisher AS publisher, a.published AS published, a.source AS source, a.text AS text ORDER BY id, text');
  return records.map((r) => [r.get('id'), r.get('url'), r.get('publisher'), r.get('published'), path.basename(r.get('source') as string)].join(' '));
}

test('a JSON lines corpus builds one article per row with its id, URL and source; bad rows are named by line and the rest lands', async () => {
  await resetDatabase(driver);
  const dir = scratch();
  const file = path.join(dir, 'news.jsonl');
  writeFileSync(file, jsonl([reportRow(1), '{"id": "row-x", "title": ', reportRow(2, { content: '' }), reportRow(3)]));
  const run = await runCli(['build', file]);
  assert.equal(run.code, 1, run.stdout + run.stderr);
  assert.match(run.stdout, /Built 1 file\(s\) in [\d.]+ s: 2 article\(s\) added, 0 unchanged, 0 removed, 2 skipped/u);
  assert.match(run.stdout, /news\.jsonl line 2: not valid JSON/u);
  assert.match(run.stdout, /news\.jsonl line 3: no text in field content/u);
  assert.match(run.stdout, /Time went to: read [\d.]+ s, extract [\d.]+ s, resolve [\d.]+ s, write [\d.]+ s/u);
  assert.deepEqual(await storedRows(), [
    'row-1 https://news.example.test/1 临江日报 2024-05-02 news.jsonl',
    'row-3 https://news.example.test/3 临江日报 2024-05-04 news.jsonl',
  ]);
});

test('an edited row replaces its article and a row gone from the file is removed, as the fresh build of the new file', async () => {
  await resetDatabase(driver);
  const dir = scratch();
  const file = path.join(dir, 'news.jsonl');
  writeFileSync(file, jsonl([1, 2, 3, 4].map((n) => reportRow(n))));
  const first = await buildPaths([file], { store, extractor });
  assert.equal(first.articlesAdded, 4);
  const again = await buildPaths([file], { store, extractor });
  assert.deepEqual([again.articlesAdded, again.articlesUnchanged, again.articlesRemoved], [0, 4, 0], 'a second build adds nothing');

  const edited = reportRow(2);
  edited.content = String(edited.content).replace('王建国', '赵立新');
  writeFileSync(file, jsonl([reportRow(1), edited, reportRow(4)]));
  const rebuilt = await buildPaths([file], { store, extractor });
  assert.deepEqual([rebuilt.articlesAdded, rebuilt.articlesUnchanged, rebuilt.articlesRemoved], [1, 2, 2], 'row 2 in again, its old version and row 3 out');
  const { records } = await driver.executeQuery("MATCH (a:Article {corpusId: 'row-2'}) RETURN a.text AS text");
  assert.equal(records.length, 1);
  assert.match(records[0]!.get('text') as string, /赵立新/u);
  const incremental = await fingerprint(driver);

  await resetDatabase(driver);
  await buildPaths([file], { store, extractor });
  assert.deepEqual(incremental, await fingerprint(driver));
});

test('CSV with quoted newlines, gzipped JSON lines, an article file and a folder build together; a broken gzip stream keeps its first rows and removes nothing', async () => {
  await resetDatabase(driver);
  const dir = scratch();
  const csvRow = (n: number) => {
    const row = reportRow(n);
    return [row.id, `"${String(row.title)}"`, `"${String(row.content).replaceAll('"', '""')}"`, row.published].join(',');
  };
  writeFileSync(path.join(dir, 'a.csv'), `\uFEFFid,title,body,date\r\n${csvRow(5)}\r\n${csvRow(6)},extra\r\n${csvRow(7)}\r\n`);
  writeFileSync(path.join(dir, 'b.jsonl.gz'), gzipSync(jsonl([reportRow(8), reportRow(9)])));
  writeFileSync(path.join(dir, 'c.txt'), countyReport(10));
  const built = await buildPaths([dir], { store, extractor });
  assert.equal(built.articlesAdded, 5, JSON.stringify(built.skippedArticles));
  assert.deepEqual(built.skippedArticles.map((a) => `${path.basename(a.path)} line ${a.line}: ${a.reason}`), ['a.csv line 7: 5 field(s) where the header has 4']);
  const csvText = await driver.executeQuery("MATCH (a:Article {corpusId: 'row-5'}) RETURN a.text AS text");
  assert.equal((csvText.records[0]!.get('text') as string).split('\n').length, 5, 'the title and four body lines from quoted newlines');

  // The gzip file now stops halfway: its first row lands again (unchanged), nothing of it is removed.
  const full = gzipSync(jsonl([reportRow(8), reportRow(9), ...Array.from({ length: 30 }, (_, n) => reportRow(20 + n))]));
  writeFileSync(path.join(dir, 'b.jsonl.gz'), full.subarray(0, Math.floor(full.length / 2)));
  const broken = await buildPaths([dir], { store, extractor });
  assert.equal(broken.articlesRemoved, 0, 'a file not read to its end removes nothing');
  assert.deepEqual(broken.skipped.map((s) => path.basename(s.path)), ['b.jsonl.gz']);
  assert.match(broken.skipped[0]!.reason, /^cannot read on after line \d+ \(Z_BUF_ERROR\); the rows before it are built, nothing of the file is removed$/u);
  const kept = await driver.executeQuery("MATCH (a:Article) WHERE a.corpusId IN ['row-8', 'row-9'] RETURN count(a) AS n");
  assert.equal(neo4j.integer.toNumber(kept.records[0]!.get('n')), 2);
});

test('a build stopped partway and run again gives the graph of one clean build: nothing lost, nothing twice', async () => {
  await resetDatabase(driver);
  const dir = scratch();
  const file = path.join(dir, 'news.jsonl');
  writeFileSync(file, jsonl(Array.from({ length: 60 }, (_, n) => reportRow(n))));
  let landed = 0;
  const stopping = buildPaths([file], {
    store, extractor, batchSize: 200,
    onEvent(event: BuildEvent) {
      if (event.kind === 'progress' && (landed = event.articles) >= 30) throw new Error('stopped by the test');
    },
  });
  await assert.rejects(stopping, /stopped by the test/u);
  assert.ok(landed >= 30 && landed < 60, `stopped after ${landed} rows`);
  const resumed = await buildPaths([file], { store, extractor });
  assert.ok(resumed.articlesUnchanged > 0 && resumed.articlesUnchanged < 60, `some rows were stored before the stop: ${resumed.articlesUnchanged}`);
  assert.equal(resumed.articlesAdded + resumed.articlesUnchanged, 60);
  const afterResume = await fingerprint(driver);
  await resetDatabase(driver);
  await buildPaths([file], { store, extractor });
  assert.deepEqual(afterResume, await fingerprint(driver));
});

/** Every node with its labels and properties, every relationship with its ends, type and properties: two graphs equal node for node. */
async function wholeGraph(): Promise<{ nodes: string[]; relationships: string[] }> {
  const plain = (value: unknown): unknown => (neo4j.isInt(value) ? (value as { toNumber(): number }).toNumber() : Array.isArray(value) ? value.map(plain) : value);
  const props = (record: Record<string, unknown>) => JSON.stringify(Object.keys(record).sort().map((key) => [key, plain(record[key])]));
  const nodes = await driver.executeQuery('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props');
  const relationships = await driver.executeQuery('MATCH (s)-[r]->(t) RETURN s.id AS s, type(r) AS type, t.id AS t, properties(r) AS props');
  return {
    nodes: nodes.records.map((r) => `${(r.get('labels') as string[]).sort().join(':')} ${props(r.get('props'))}`).sort(),
    relationships: relationships.records.map((r) => `${r.get('s')} ${r.get('type')} ${r.get('t')} ${props(r.get('props'))}`).sort(),
  };
}

test('wutong load of extract --jsonl --resolved output equals wutong build of the same rows, node for node; a second load adds nothing', async () => {
  await resetDatabase(driver);
  const dir = scratch();
  const file = path.join(dir, 'news.jsonl');
  const rows = [...Array.from({ length: 12 }, (_, n) => reportRow(n)), reportRow(3, { id: 'row-3-again' }), 'not json'];
  writeFileSync(file, jsonl(rows));
  await buildPaths([file], { store, extractor });
  const built = await wholeGraph();
  assert.ok(built.nodes.length > 20 && built.relationships.length > 20, `${built.nodes.length} nodes, ${built.relationships.length} relationships`);

  await resetDatabase(driver);
  const extracted = await runCli(['extract', '--jsonl', '--resolved', '--source', file], jsonl(rows));
  assert.equal(extracted.code, 1, 'the bad row fails its line');
  assert.match(extracted.stderr, /line 14: not a JSON object/u);
  const lines = extracted.stdout.trim().split('\n');
  const half = Math.ceil(lines.length / 2);
  // Two shards, the way a data team would run extraction on two machines.
  writeFileSync(path.join(dir, 'part-1.jsonl'), lines.slice(0, half).join('\n') + '\n');
  writeFileSync(path.join(dir, 'part-2.jsonl.gz'), gzipSync(lines.slice(half).join('\n') + '\n'));
  const loaded = await runCli(['load', path.join(dir, 'part-1.jsonl'), path.join(dir, 'part-2.jsonl.gz')]);
  assert.equal(loaded.code, 1, loaded.stdout + loaded.stderr);
  assert.match(loaded.stdout, /Loaded 2 file\(s\) in [\d.]+ s: 12 article\(s\) added, 1 unchanged, 0 removed, 1 skipped/u);
  assert.match(loaded.stdout, /part-2\.jsonl\.gz line \d+: not extracted \(not a JSON object\)/u);
  assert.deepEqual(await wholeGraph(), built);

  const again = await loadExtractions([path.join(dir, 'part-1.jsonl'), path.join(dir, 'part-2.jsonl.gz')], { store });
  assert.deepEqual([again.articlesAdded, again.articlesUnchanged], [0, 13]);
  assert.deepEqual(await wholeGraph(), built);
});

const REFUSED_LINES: { label: string; line: (good: Record<string, unknown>) => unknown; reason: RegExp }[] = [
  { label: 'a plain extract line (no article)', line: (good) => ({ id: good.id, entities: good.entities, relations: good.relations }), reason: /no article to load: write extraction files with wutong extract --jsonl --resolved$/u },
  { label: 'an article whose text was edited after extraction', line: (good) => ({ ...good, article: { ...(good.article as object), text: `${(good.article as { text: string }).text}改` } }), reason: /does not match its text/u },
  { label: 'another extractor than the first line', line: (good) => ({ ...good, extractedBy: 'other@1' }), reason: /extracted by other@1, the first line by /u },
  { label: 'a line of another format version', line: (good) => ({ ...good, format: 'wutong-extraction/9' }), reason: /format "wutong-extraction\/9", not wutong-extraction\/2$/u },
];

test('lines load refuses are named with file and line, and the good ones land', async () => {
  await resetDatabase(driver);
  const dir = scratch();
  const extracted = await runCli(['extract', '--jsonl', '--resolved'], jsonl([reportRow(1), reportRow(2)]));
  const [first, second] = extracted.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
  const file = path.join(dir, 'lines.jsonl');
  writeFileSync(file, jsonl([first, ...REFUSED_LINES.map((c) => c.line(second!))]));
  const summary = await loadExtractions([file], { store });
  assert.equal(summary.articlesAdded, 1);
  assert.deepEqual(summary.skippedArticles.map((a) => a.line), REFUSED_LINES.map((_, i) => i + 2));
  REFUSED_LINES.forEach((c, i) => assert.match(summary.skippedArticles[i]!.reason, c.reason, c.label));
});
