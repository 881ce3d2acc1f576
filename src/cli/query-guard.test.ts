import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../../test/support/neo4j';
import { ALLOWED_READS, assertEveryHostileQueryRefused, hostileQueryFixture } from '../../test/support/hostile-queries';

/** `wutong query` without --write: the same check as the viewer's Cypher box, one line and exit 1 when refused. */
const fixture = hostileQueryFixture();

test('wutong query refuses every hostile query in one line with exit 1; nothing changes or is fetched', async () => {
  await assertEveryHostileQueryRefused(fixture, async (c, url) => {
    const run = await runCli(['query', c.query(url)]);
    assert.equal(run.code, 1, `${c.label}: ${run.stderr}`);
    assert.match(run.stderr, /^wutong query: graph: refused [^\n]*\n$/, c.label);
    assert.match(run.stderr, c.refused, c.label);
    assert.equal(run.stdout, '', `${c.label}: no rows`);
  });
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
