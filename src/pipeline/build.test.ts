import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { buildPaths, removeTargets } from '.';
import { createExtractor } from '../extract';
import { createLlmExtractor } from '../extract/llm';
import { loadRecordings, startReplayServer } from '../../test/replay/server';
import { countyReport, reportFolder } from '../../test/support/articles';
import { fingerprint, resetDatabase, runCli, testDriver, testStore } from '../../test/support/neo4j';

const driver = testDriver();
const store = testStore();
const extractor = createExtractor();
// The relation passes as they propose, before the link model decides: the facts tests below are about
// how stored evidence carries an amount, whichever reading the model would keep.
const proposing = createExtractor({ links: false });
const examples = path.resolve(import.meta.dirname, '../../examples');

before(() => resetDatabase(driver));
after(async () => {
  await store.close();
  await driver.close();
});

test('building the example articles twice changes nothing the second time', async () => {
  await resetDatabase(driver);
  const first = await buildPaths([examples], { store, extractor });
  assert.ok(first.articlesAdded >= 8, `examples give at least 8 articles, got ${first.articlesAdded}`);
  assert.ok(first.counts.entities > 50 && first.counts.relationships > 50, JSON.stringify(first.counts));
  assert.deepEqual(first.skipped, []);
  const before = await fingerprint(driver);
  const second = await buildPaths([examples], { store, extractor });
  assert.equal(second.articlesAdded, 0);
  assert.equal(second.articlesUnchanged, first.articlesAdded);
  assert.deepEqual(second.counts, first.counts);
  assert.deepEqual(await fingerprint(driver), before);
});

test('build A+B, edit B, remove A gives the same graph as a fresh build of the edited B', async () => {
  await resetDatabase(driver);
  const dir = mkdtempSync(path.join(tmpdir(), 'wutong-edit-'));
  const a = path.join(dir, 'a.txt');
  const b = path.join(dir, 'b.txt');
  writeFileSync(a, countyReport(1));
  writeFileSync(b, countyReport(2));
  await buildPaths([dir], { store, extractor });
  writeFileSync(b, countyReport(2).replace('王建国', '赵立新').replace('一级供应商', '战略合作伙伴'));
  const edited = await buildPaths([dir], { store, extractor });
  assert.equal(edited.articlesAdded, 1, 'the edited article is written again');
  assert.equal(edited.articlesRemoved, 1, 'its old version goes');
  const removal = await removeTargets([a], store);
  assert.equal(removal.removed, 1);
  const incremental = await fingerprint(driver);

  await resetDatabase(driver);
  await buildPaths([b], { store, extractor });
  assert.deepEqual(incremental, await fingerprint(driver));
});

/** An article in which one firm invests a given amount in a county; the date is the article's own. */
const investment = (yi: number, day: number) => [
  '湘江新材料有限公司扩产',
  '',
  `2026年12月${day}日，湘江新材料有限公司在岳阳市云溪区投资${yi}亿元。`,
].join('\n');

/**
 * The amount of the link as a reader takes it from the evidence that remains: the amount most of its
 * evidence items state; on a tie, the one of the newest article.
 */
async function investsAmount(): Promise<number[]> {
  const { records } = await driver.executeQuery(
    `MATCH (:Entity)-[r:INVESTS_IN]->(:Entity)
     MATCH (a:Article {id: r.article})
     WITH r.amount AS amount, count(r) AS items, max(a.published) AS newest
     ORDER BY items DESC, newest DESC LIMIT 1
     RETURN amount`,
  );
  return records.map((r) => Number(r.get('amount')));
}

/** The amount each INVESTS_IN evidence item states, smallest first. */
async function itemAmounts(): Promise<number[]> {
  const { records } = await driver.executeQuery('MATCH (:Entity)-[r:INVESTS_IN]->(:Entity) RETURN r.amount AS amount ORDER BY amount');
  return records.map((r) => Number(r.get('amount')));
}

test('an edge\'s amount follows its evidence: removing the article that stated it leaves the build without that article', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wutong-amounts-'));
  const files = { ten: path.join(dir, 'a-ten.txt'), twentyFive: path.join(dir, 'b-twenty-five.txt'), tenAgain: path.join(dir, 'c-ten.txt') };
  writeFileSync(files.ten, investment(10, 3));
  writeFileSync(files.twentyFive, investment(25, 5));
  writeFileSync(files.tenAgain, investment(10, 9));

  await resetDatabase(driver);
  await buildPaths([files.ten], { store, extractor: proposing });
  assert.deepEqual(await investsAmount(), [1e9], 'one article: its amount');
  const withoutRemoved = await fingerprint(driver);

  await buildPaths([files.twentyFive], { store, extractor: proposing });
  assert.deepEqual(await investsAmount(), [2.5e9], 'two articles that disagree: the later one');
  assert.deepEqual(await itemAmounts(), [1e9, 2.5e9], 'each evidence item keeps the amount its sentence states');
  await buildPaths([files.tenAgain], { store, extractor: proposing });
  assert.deepEqual(await investsAmount(), [1e9], 'the amount two of three articles state');
  await removeTargets([files.tenAgain, files.twentyFive], store);
  assert.deepEqual(await investsAmount(), [1e9], 'the amount the remaining article states');
  assert.deepEqual(await fingerprint(driver), withoutRemoved, 'the same graph, facts included, as the build without the removed articles');

  await buildPaths([files.twentyFive], { store, extractor: proposing });
  await removeTargets([files.ten], store);
  const { records } = await driver.executeQuery('MATCH (:Entity)-[r:INVESTS_IN]->(:Entity) RETURN r.amount AS amount, r.date AS date');
  assert.deepEqual(records.map((r) => [Number(r.get('amount')), r.get('date')]), [[2.5e9, '2026-12-05']], 'amount and date both come from the remaining article');
});

/** A database as on first use: no nodes, no constraints, no indexes but Neo4j's own lookups. */
async function freshDatabase(): Promise<void> {
  await resetDatabase(driver);
  const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name');
  for (const r of constraints.records) await driver.executeQuery(`DROP CONSTRAINT \`${r.get('name')}\``);
  const indexes = await driver.executeQuery("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'");
  for (const r of indexes.records) await driver.executeQuery(`DROP INDEX \`${r.get('name')}\``);
}

/** `wutong build` in a process of its own, against the test Neo4j. */
function buildProcess(dir: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [path.resolve(import.meta.dirname, '../../bin/wutong.js'), 'build', dir], { env: process.env });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })));
}

test('two builds started at once on a fresh database both succeed and land everything', async () => {
  await freshDatabase();
  const runs = await Promise.all([buildProcess(reportFolder(3)), buildProcess(reportFolder(4))]);
  for (const run of runs) assert.equal(run.code, 0, run.output);
  // The folders share their first three reports, so the graph holds four distinct articles.
  assert.equal((await store.counts()).articles, 4);
  const schema = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
  assert.deepEqual([...(schema.records[0]!.get('names') as string[])].sort(), ['article_id', 'entity_id']);
  const together = await fingerprint(driver);
  await resetDatabase(driver);
  await buildPaths([reportFolder(4)], { store, extractor });
  assert.deepEqual(together, await fingerprint(driver), 'the articles both wrote went in once: the graph of one build');
});

test('broken files are named with a reason and the rest of the batch lands', async () => {
  await resetDatabase(driver);
  const dir = mkdtempSync(path.join(tmpdir(), 'wutong-bad-'));
  writeFileSync(path.join(dir, 'good.txt'), countyReport(3));
  writeFileSync(path.join(dir, 'empty.txt'), '');
  writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 0xff, 0, 1, 2, 3]));
  writeFileSync(path.join(dir, 'truncated.txt'), iconv.encode('\ufeff湘潭县人民医院', 'utf16le').subarray(0, 9));
  const run = await runCli(['build', dir]);
  assert.equal(run.code, 1, 'some files failed');
  for (const name of ['empty.txt', 'binary.txt', 'truncated.txt']) {
    const line = run.stdout.split('\n').find((l) => l.includes(name));
    assert.ok(line, `${name} is named in the summary:\n${run.stdout}`);
  }
  assert.match(run.stdout, /1 article\(s\) added/);
  assert.equal((await store.counts()).articles, 1);
});

test('one batch of many articles gives the same graph as one transaction per article', async () => {
  const dir = reportFolder(8);
  await resetDatabase(driver);
  await buildPaths([dir], { store, extractor, batchSize: 1 });
  const oneByOne = await fingerprint(driver);
  await resetDatabase(driver);
  await buildPaths([dir], { store, extractor, batchSize: 10_000 });
  assert.deepEqual(await fingerprint(driver), oneByOne);
  const shared = await driver.executeQuery(
    `MATCH (s:Entity)-[r]->(t:Entity) WHERE r.article IS NOT NULL
     WITH s, type(r) AS type, t, count(DISTINCT r.article) AS articles WHERE articles > 1 RETURN count(*) AS n`,
  );
  assert.ok(Number(shared.records[0]!.get('n')) > 0, 'some edges are supported by several articles');
});

/** An article in which two firms are named together in two sentences, with nothing typed between them. */
const meeting = (what: string, day: number) => [
  `${what}活动在湘潭举行`,
  '',
  `12月${day}日，株洲华锐电子科技有限公司和湖南恒岳新材料有限公司的代表参加了${what}。会后，株洲华锐电子科技有限公司与湖南恒岳新材料有限公司的负责人又参观了展厅。`,
].join('\n');

/** The co-mention weight of the two firms of `meeting` (0 when there is no such relationship). */
async function firmsWeight(): Promise<number> {
  const { records } = await driver.executeQuery(
    `MATCH (s:Entity)-[r:CO_MENTIONED]-(t:Entity) WHERE s.name CONTAINS '华锐' AND t.name CONTAINS '恒岳' RETURN sum(r.weight) AS weight`,
  );
  return Number(records[0]!.get('weight'));
}

test('co-mentions: one weight per pair counting its sentences over all articles, an article\'s share taken back exactly, none with comentions off', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wutong-comentions-'));
  const files = { tour: path.join(dir, 'tour.txt'), forum: path.join(dir, 'forum.txt') };
  writeFileSync(files.tour, meeting('观摩', 3));
  writeFileSync(files.forum, meeting('座谈', 4));
  await resetDatabase(driver);
  await buildPaths([files.forum], { store, extractor });
  const forumAlone = await fingerprint(driver);

  await resetDatabase(driver);
  await buildPaths([files.tour], { store, extractor });
  assert.equal(await firmsWeight(), 2, 'one article, two sentences');
  const { records } = await driver.executeQuery(`MATCH (a:Article) UNWIND a.comentions AS entry RETURN a.text AS text, entry`);
  const spans = records.flatMap((r) => (r.get('entry') as string).split('\t')[2]!.split(',').map((span) => {
    const [start, end] = span.split(':').map(Number);
    return (r.get('text') as string).slice(start, end);
  }));
  assert.ok(spans.length >= 2 && spans.every((sentence) => sentence.length > 0), JSON.stringify(spans));
  assert.ok(spans.filter((sentence) => sentence.includes('华锐') && sentence.includes('恒岳')).length === 2, 'the article lists both sentences');
  await buildPaths([files.forum], { store, extractor });
  assert.equal(await firmsWeight(), 4, 'two articles, two sentences each');
  const listed = await driver.executeQuery('MATCH (:Entity)-[r:CO_MENTIONED]->(:Entity) WHERE r.articles IS NOT NULL OR r.sentences IS NOT NULL RETURN count(r) AS n');
  assert.equal(Number(listed.records[0]!.get('n')), 0, 'no lists on the edge');
  await removeTargets([files.tour], store);
  assert.equal(await firmsWeight(), 2, 'the removed article\'s sentences leave the weight');
  assert.deepEqual(await fingerprint(driver), forumAlone, 'the graph a build of the other article alone gives');
  await removeTargets([files.forum], store);
  assert.equal(Number((await driver.executeQuery('MATCH ()-[r:CO_MENTIONED]->() RETURN count(r) AS n')).records[0]!.get('n')), 0, 'a weight come to 0 goes');

  const offRun = await runCli(['build', '--no-comentions', dir]);
  assert.equal(offRun.code, 0, offRun.stdout);
  const off = await driver.executeQuery('MATCH (a:Article) RETURN count(a) AS articles, count(a.comentions) AS lists, COUNT { ()-[:CO_MENTIONED]->() } AS comentions');
  assert.deepEqual(['articles', 'lists', 'comentions'].map((k) => Number(off.records[0]!.get(k))), [2, 0, 0], 'comentions off: no weights, no lists on articles');
  const again = await buildPaths([dir], { store, extractor });
  assert.equal(again.articlesAdded, 2, 'articles built without co-mentions are built again with them');
  assert.equal(await firmsWeight(), 4);
});

test('a changed extractor extracts stored articles again and ends with the graph a fresh build gives', async () => {
  const dir = reportFolder(3);
  // The same real extractor under two versions, as after an upgrade of the code or the models.
  const older = { name: extractor.name, version: 'older', extract: extractor.extract.bind(extractor) };
  await resetDatabase(driver);
  const first = await buildPaths([dir], { store, extractor: older });
  const again = await buildPaths([dir], { store, extractor: older });
  assert.equal(again.articlesReextracted, 0, 'the same version leaves stored articles alone');
  const upgraded = await buildPaths([dir], { store, extractor });
  assert.equal(upgraded.articlesReextracted, first.articlesAdded);
  assert.equal(upgraded.articlesAdded, first.articlesAdded);
  assert.equal(upgraded.articlesRemoved, 0, 'an article extracted again is not counted as removed');
  const rebuilt = await fingerprint(driver);
  const versions = await driver.executeQuery('MATCH (a:Article) RETURN collect(DISTINCT a.extractor) AS v');
  assert.deepEqual(versions.records[0]!.get('v'), [`${extractor.name}@${extractor.version}`]);
  await resetDatabase(driver);
  await buildPaths([dir], { store, extractor });
  assert.deepEqual(rebuilt, await fingerprint(driver));
  assert.equal((await buildPaths([dir], { store, extractor })).articlesReextracted, 0);
});

test('the graph is the same whether articles are extracted on this thread, by one worker or by three', async () => {
  const dir = reportFolder(12);
  const graphs: unknown[] = [];
  for (const workers of [0, 1, 3]) {
    await resetDatabase(driver);
    const summary = await buildPaths([dir], { store, extractor, workers, batchSize: 4 });
    assert.equal(summary.articlesAdded, 12, `${workers} worker(s)`);
    graphs.push(await fingerprint(driver));
  }
  assert.deepEqual(graphs[1], graphs[0], 'one worker = this thread');
  assert.deepEqual(graphs[2], graphs[0], 'three workers = this thread');
});

test('the LLM extractor, which waits on the network, builds on this thread: every English example lands', async () => {
  const server = await startReplayServer(loadRecordings());
  try {
    await resetDatabase(driver);
    const llm = createLlmExtractor({ provider: 'openai', model: 'replay-1', baseUrl: server.url, cacheDir: null, backoffMs: 5, timeoutMs: 2_000 });
    assert.equal(llm.recipe, undefined, 'no recipe: it stays on this thread');
    const summary = await buildPaths([path.join(examples, 'en')], { store, extractor: llm, workers: 2 });
    assert.deepEqual([summary.skipped, summary.skippedArticles], [[], []]);
    assert.ok(summary.articlesAdded >= 2 && server.requests.length >= summary.articlesAdded, `${summary.articlesAdded} articles, ${server.requests.length} requests`);
    const by = await driver.executeQuery('MATCH (:Entity)-[r]->(:Entity) RETURN collect(DISTINCT r.extractor) AS by');
    assert.ok((by.records[0]!.get('by') as string[]).includes('llm:replay-1'), 'the evidence names the LLM');
  } finally {
    await server.close();
  }
});

test('an article moved from one file to another between builds stays, as in a fresh build of the moved files', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wutong-move-'));
  const [one, two, three] = [countyReport(31), countyReport(32), countyReport(33)];
  await resetDatabase(driver);
  writeFileSync(path.join(dir, 'a.txt'), `${one}\n\n\n${two}`);
  writeFileSync(path.join(dir, 'b.txt'), three);
  assert.equal((await buildPaths([dir], { store, extractor })).articlesAdded, 3);
  writeFileSync(path.join(dir, 'a.txt'), one);
  writeFileSync(path.join(dir, 'b.txt'), `${three}\n\n\n${two}`);
  const moved = await buildPaths([dir], { store, extractor });
  assert.equal(moved.counts.articles, 3, 'the moved article is still stored');
  const afterMove = await fingerprint(driver);
  await resetDatabase(driver);
  await buildPaths([dir], { store, extractor });
  assert.deepEqual(afterMove, await fingerprint(driver));
});
