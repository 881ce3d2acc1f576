import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli, testConfig, testDriver } from '../../test/support/neo4j';
import { ALLOWED_READS, HOSTILE_QUERIES, graphState, seedReadableGraph, startListener } from '../../test/support/hostile-queries';

/** `wutong query` without --write: the same check as the viewer's Cypher box, one line and exit 1 when refused. */
const config = testConfig();
const driver = testDriver();
let listener: Awaited<ReturnType<typeof startListener>>;

before(async () => {
  await seedReadableGraph(config, driver);
  listener = await startListener();
});
after(async () => {
  await listener.close();
  await driver.close();
});

test('wutong query refuses every hostile query in one line with exit 1; nothing changes or is fetched', async () => {
  const before = await graphState(driver, config.database);
  for (const c of HOSTILE_QUERIES) {
    const run = await runCli(['query', c.query(listener.url)]);
    assert.equal(run.code, 1, `${c.label}: ${run.stderr}`);
    assert.match(run.stderr, /^wutong query: graph: refused [^\n]*\n$/, c.label);
    assert.match(run.stderr, c.refused, c.label);
    assert.equal(run.stdout, '', `${c.label}: no rows`);
  }
  assert.deepEqual(listener.requests, [], 'the listener was never called');
  assert.deepEqual(await graphState(driver, config.database), before, 'the graph and its indexes are as they were');
});

test('wutong query answers reads', async () => {
  for (const c of ALLOWED_READS) {
    const run = await runCli(['query', '--json', c.query]);
    assert.equal(run.code, 0, `${c.label}: ${run.stderr}`);
    assert.ok(c.rows(JSON.parse(run.stdout)), `${c.label}: ${run.stdout}`);
  }
});

test('--write stays the explicit way to write', async () => {
  const created = await runCli(['query', '--write', "CREATE (x:Intruder {name: 'by --write'}) RETURN x.name AS name"]);
  assert.equal(created.code, 0, created.stderr);
  assert.match(created.stdout, /by --write/);
  const removed = await runCli(['query', '--write', 'MATCH (x:Intruder) DELETE x RETURN count(*) AS n']);
  assert.equal(removed.code, 0, removed.stderr);
  assert.match(removed.stdout, /\b1\b/);
});
