import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { graphDump as dump, resetDatabase, runCli, testDriver, testStore } from '../../test/support/neo4j';
import { createExtractor } from '../extract';
import { applyMerges } from '.';

// Curation against a real Neo4j, through the commands a user types: the graph of the example
// articles, two of its nodes merged, split, renamed; full and incremental rebuilds under the file.

const driver = testDriver();
const examples = path.resolve(import.meta.dirname, '../../examples');
const dir = mkdtempSync(path.join(tmpdir(), 'wutong-identity-'));
const curation = path.join(dir, 'curation.yaml');
const cli = (...argv: string[]) => runCli([...argv, '--curation', curation]);

async function entity(id: string): Promise<Record<string, unknown> | undefined> {
  const { records } = await driver.executeQuery('MATCH (e:Entity {id: $id}) RETURN properties(e) AS p, labels(e) AS labels', { id });
  return records[0] === undefined ? undefined : { ...(records[0].get('p') as object), labels: records[0].get('labels') };
}

/** Two organisations of the examples that share no article, the one named in more articles first. */
async function twoOrganisations(): Promise<[{ id: string; name: string }, { id: string; name: string }]> {
  const { records } = await driver.executeQuery(`
    MATCH (a:Entity:Company)-[:MENTIONED_IN]->(x:Article), (b:Entity:Institution)-[:MENTIONED_IN]->(y:Article)
    WHERE x <> y AND NOT (a)-[:MENTIONED_IN]->(y) AND NOT (b)-[:MENTIONED_IN]->(x)
      AND COUNT { MATCH (e:Entity) WHERE e.name IN [a.name, b.name] } = 2
    RETURN DISTINCT a.id AS aId, a.name AS aName, b.id AS bId, b.name AS bName, a.articleCount AS aCount, b.articleCount AS bCount
    ORDER BY aCount DESC, bCount DESC, aId, bId LIMIT 1`);
  const r = records[0]!;
  return [{ id: r.get('aId'), name: r.get('aName') }, { id: r.get('bId'), name: r.get('bName') }];
}

let original: Awaited<ReturnType<typeof dump>>;
let a: { id: string; name: string };
let b: { id: string; name: string };

before(async () => {
  await resetDatabase(driver);
  const build = await cli('build', examples);
  assert.equal(build.code, 0, build.stderr + build.stdout);
  original = await dump(driver);
  [a, b] = await twoOrganisations();
});
after(() => driver.close());

test('merge: B joins A (by name), and the node says what it was merged from', async () => {
  const before = [await entity(a.id), await entity(b.id)];
  const run = await cli('merge', a.name, b.name);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /Merged .* into .*\nLanded [1-9]\d* article\(s\) again/);
  assert.equal(await entity(b.id), undefined, 'B is no node of its own');
  const merged = (await entity(a.id))!;
  assert.equal(Number(merged.articleCount), Number(before[0]!.articleCount) + Number(before[1]!.articleCount));
  assert.deepEqual([merged.name, merged.type, merged.labels], [a.name, 'Company', ['Entity', 'Company']]);
  assert.ok((merged.aliases as string[]).includes(b.name), 'B\'s name is an alias of A');
  assert.deepEqual((merged.mergedFrom as string[]).map((m) => JSON.parse(m) as object), [{ id: b.id, name: b.name, source: 'curation', evidence: ['merged by hand'] }]);
  assert.match(readFileSync(curation, 'utf8'), new RegExp(`into: ${a.id}\\n\\s+from: ${b.id}`));
});

test('a full rebuild under the curation file gives the merged graph again, and so does an incremental one', async () => {
  const merged = await dump(driver);
  await resetDatabase(driver);
  const full = await cli('build', examples);
  assert.equal(full.code, 0, full.stderr + full.stdout);
  assert.deepEqual(await dump(driver), merged, 'full rebuild');

  // Incremental: the articles arrive file by file, B's before A's or after.
  await resetDatabase(driver);
  for (const lang of ['en', 'zh']) assert.equal((await cli('build', path.join(examples, lang))).code, 0);
  assert.deepEqual(await dump(driver), merged, 'incremental build');
});

test('a new article naming B lands on A', async () => {
  const file = path.join(dir, 'new.txt');
  writeFileSync(file, `${b.name}召开年度工作会议\n\n${b.name}今日召开年度工作会议，部署明年的重点工作。\n`);
  const run = await cli('build', file);
  assert.equal(run.code, 0, run.stderr + run.stdout);
  const { records } = await driver.executeQuery('MATCH (e:Entity)-[:MENTIONED_IN]->(:Article {source: $file}) RETURN collect(e.id) AS ids', { file });
  const ids = records[0]!.get('ids') as string[];
  assert.ok(ids.includes(a.id) && !ids.includes(b.id), JSON.stringify(ids));
  assert.equal((await runCli(['remove', file])).code, 0);
});

test('split after merge returns the graph to exactly what it was', async () => {
  const run = await cli('split', a.id, b.name);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /Split .* from .*; kept distinct/);
  assert.deepEqual(await dump(driver), original);
  assert.match(readFileSync(curation, 'utf8'), /distinct:\n\s+- a: /);
});

test('rename and type reach the node and survive a rebuild; an ambiguous name is refused with its candidates', async () => {
  assert.equal((await cli('rename', a.id, '同名单位')).code, 0);
  assert.equal((await cli('rename', b.id, '同名单位')).code, 0);
  assert.equal((await cli('type', b.id, 'Company')).code, 0);
  const renamed = (await entity(b.id))!;
  assert.deepEqual([renamed.name, renamed.type, renamed.labels], ['同名单位', 'Company', ['Entity', 'Company']]);
  const file = readFileSync(curation, 'utf8');
  const graph = await dump(driver);
  const ambiguous = await cli('merge', '同名单位', a.id);
  assert.equal(ambiguous.code, 1);
  assert.match(ambiguous.stderr, new RegExp(`'同名单位' names 2 nodes: .*${a.id}.*${b.id}|'同名单位' names 2 nodes: .*${b.id}.*${a.id}`));
  assert.equal(ambiguous.stderr.trim().split('\n').length, 1);
  assert.equal(readFileSync(curation, 'utf8'), file, 'the file is unchanged');
  assert.deepEqual(await dump(driver), graph, 'the graph is unchanged');
  await resetDatabase(driver);
  assert.equal((await cli('build', examples)).code, 0);
  assert.deepEqual(await dump(driver), graph, 'a rebuild keeps the names and the type');
});

test('automatic merges: one the file keeps distinct is vetoed, another joins with its evidence and source', async () => {
  const store = testStore();
  const options = { curationFile: curation, extractor: createExtractor() };
  const suggestion = (into: string, from: string) => ({ into, from, intoName: 'x', fromName: 'y', type: 'Company' as const, score: 0.9, evidence: ['2 articles name both'], intoArticles: 2, fromArticles: 1 });
  try {
    const graph = await dump(driver);
    await applyMerges(store, [suggestion(a.id, b.id)], 'suggest', options);
    assert.deepEqual(await dump(driver), graph, 'split A B vetoes it');
    const { records } = await driver.executeQuery('MATCH (p:Entity:Place) WHERE NOT p.id IN [$a, $b] RETURN p.id AS id ORDER BY p.articleCount, id LIMIT 1', { a: a.id, b: b.id });
    const place = records[0]!.get('id') as string;
    const summary = await applyMerges(store, [suggestion(a.id, place)], 'suggest', options);
    assert.ok(summary.relanded > 0);
    assert.equal(await entity(place), undefined);
    const merged = (await entity(a.id))!;
    assert.deepEqual((merged.mergedFrom as string[]).map((m) => JSON.parse(m) as object), [{ id: place, name: 'y', source: 'suggest', evidence: ['2 articles name both'] }]);
  } finally {
    await store.close();
  }
});

test('automatic words: a surface taken for a word leaves the graph with its links; the file calling it a name brings back the graph exactly', async () => {
  const store = testStore();
  const file = readFileSync(curation, 'utf8');
  try {
    const graph = await dump(driver);
    const { records } = await driver.executeQuery(`
      MATCH (e:Entity:Person) WHERE e.aliases = [] AND size(e.name) >= 2 AND COUNT { (e)--(:Entity) } > 0
      RETURN e.id AS id, e.name AS name ORDER BY e.articleCount DESC, id LIMIT 1`);
    const [id, name] = [records[0]!.get('id') as string, records[0]!.get('name') as string];
    const word = { surface: name, score: 0.9, evidence: ['the corpus writes it as a word'] };
    const summary = await applyMerges(store, [], 'suggest', { curationFile: curation, extractor: createExtractor(), words: [word] });
    assert.ok(summary.relanded > 0);
    assert.equal(await entity(id), undefined, `${name} is no node`);
    const { records: left } = await driver.executeQuery('MATCH (e:Entity) WHERE e.name = $name OR $name IN e.aliases RETURN count(e) AS n', { name });
    assert.equal(Number(left[0]!.get('n')), 0, 'no node carries the word, as name or alias');
    writeFileSync(curation, `${file}names: [ ${name} ]\n`);
    const build = await cli('build', examples);
    assert.equal(build.code, 0, build.stderr + build.stdout);
    assert.deepEqual(await dump(driver), graph, 'the graph as it was');
  } finally {
    writeFileSync(curation, file);
    await store.close();
  }
});

test('a bad curation file stops a command and a build with its line, and changes nothing', async () => {
  const graph = await dump(driver);
  const text = readFileSync(curation, 'utf8').replace(/type: Company/, 'type: Planet');
  writeFileSync(curation, text);
  const line = text.split('\n').findIndex((l) => l.includes('Planet')) + 1;
  for (const argv of [['merge', a.id, b.id], ['build', examples]]) {
    const run = await cli(...argv);
    assert.equal(run.code, 1, argv[0]);
    assert.match(run.stderr, new RegExp(`curation.yaml:${line}: 'Planet' is not an entity type .*left as it is \\[IDENTITY_BAD_CURATION\\]\\n$`));
    assert.equal(readFileSync(curation, 'utf8'), text);
    assert.deepEqual(await dump(driver), graph);
  }
  assert.ok(existsSync(curation));
});
