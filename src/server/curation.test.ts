import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createExtractor } from '../extract';
import { buildPaths, createCurator } from '../pipeline';
import { neo4jConfigFromEnv } from '../store';
import { fingerprint, resetDatabase, testDriver, testStore } from '../../test/support/neo4j';
import { openNeo4jSource, startServer, TOKEN_HEADER, type Curator, type GraphSource, type RunningServer } from '.';

// The viewer's accept / reject of a suggestion, through the server, into the curation file and the graph.

const driver = testDriver();
const store = testStore();
const extractor = createExtractor();
const examples = path.resolve(import.meta.dirname, '../../examples/zh');
const curationFile = path.join(mkdtempSync(path.join(tmpdir(), 'wutong-curator-')), 'curation.yaml');
const logged: string[] = [];
let server: RunningServer;
let api: GraphSource;
let curator: Curator;
let original: unknown;
let suggestion: { into: string; from: string; intoName: string; fromName: string; type: string };

const post = async (route: string, body: unknown, token = true): Promise<{ status: number; body: any }> => {
  const response = await fetch(new URL(route, server.url), {
    method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...(token ? { [TOKEN_HEADER]: server.token } : {}) },
  });
  return { status: response.status, body: await response.json() };
};

before(async () => {
  await resetDatabase(driver);
  await buildPaths([path.join(examples, '02-liuyang-jingkaiqu-signing.md'), path.join(examples, '07-chenzhou-jingkaiqu-energy.md')], { store, extractor });
  const { records } = await driver.executeQuery(`
    MATCH (a:Entity:Company)-[:MENTIONED_IN]->(x:Article), (b:Entity:Company)-[:MENTIONED_IN]->(y:Article)
    WHERE x <> y AND NOT (a)-[:MENTIONED_IN]->(y) AND NOT (b)-[:MENTIONED_IN]->(x)
    RETURN a.id AS into, a.name AS intoName, b.id AS from, b.name AS fromName ORDER BY into, from LIMIT 1`);
  suggestion = { ...(records[0]!.toObject() as { into: string; from: string; intoName: string; fromName: string }), type: 'Company' };
  const config = neo4jConfigFromEnv(process.env);
  api = openNeo4jSource(config, { nodeLimit: 5000, timeoutMs: 5000, rowCap: 100, label: 'test' });
  curator = createCurator(store, { curationFile, extractor: async () => extractor, log: (line) => logged.push(line) });
  server = await startServer(api, '127.0.0.1', 0, { curator });
});

after(async () => {
  await server.close();
  await api.close();
  await store.close();
  await driver.close();
});

const refused: { label: string; route: string; body: unknown; token: boolean; status: number; code: string }[] = [
  { label: 'without the page\'s token', route: '/api/suggestions/accept', body: {}, token: false, status: 403, code: '' },
  { label: 'without the two nodes', route: '/api/suggestions/accept', body: { into: 'company:1' }, token: true, status: 400, code: 'SERVER_BAD_REQUEST' },
  { label: 'joining a node to itself', route: '/api/suggestions/reject', body: { into: 'a:1', from: 'a:1', intoName: 'x', fromName: 'x' }, token: true, status: 400, code: 'SERVER_BAD_REQUEST' },
];
for (const c of refused) {
  test(`a suggestion decision ${c.label} is refused and writes nothing`, async () => {
    const answer = await post(c.route, c.body, c.token);
    assert.equal(answer.status, c.status);
    if (c.code) assert.equal(answer.body.error.code, c.code);
    assert.equal(existsSync(curationFile), false);
  });
}

test('accepting a suggestion writes the merge, the graph follows, and the panel says what the node was merged from', async () => {
  original = await fingerprint(driver);
  const answer = await post('/api/suggestions/accept', suggestion);
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  assert.match(readFileSync(curationFile, 'utf8'), new RegExp(`into: ${suggestion.into}\\n\\s+from: ${suggestion.from}`));
  await curator.idle();
  assert.match(logged.join('\n'), /merged .* article\(s\) landed again/);
  const { records } = await driver.executeQuery('MATCH (e:Entity) WHERE e.id IN [$into, $from] RETURN collect(e.id) AS ids', suggestion);
  assert.deepEqual(records[0]!.get('ids'), [suggestion.into]);
  const panel = await (await fetch(new URL(`/api/entity?id=${encodeURIComponent(suggestion.into)}`, server.url), { headers: { [TOKEN_HEADER]: server.token } })).json();
  assert.deepEqual(panel.mergedFrom, [{ id: suggestion.from, name: suggestion.fromName, source: 'curation', evidence: ['merged by hand'] }]);
  assert.notDeepEqual(await fingerprint(driver), original);
});

test('rejecting it afterwards takes the merge out, keeps the two distinct and gives the graph back', async () => {
  await post('/api/suggestions/reject', suggestion);
  await curator.idle();
  const text = readFileSync(curationFile, 'utf8');
  assert.doesNotMatch(text, /\bfrom: /);
  assert.match(text, new RegExp(`distinct:\\n\\s+- a: ${suggestion.into}\\n\\s+b: ${suggestion.from}`));
  const { records } = await driver.executeQuery('MATCH (e:Entity) WHERE e.id IN [$into, $from] RETURN count(e) AS n, collect(e.mergedFrom) AS merged', suggestion);
  assert.deepEqual([Number(records[0]!.get('n')), records[0]!.get('merged')], [2, []]);
  assert.deepEqual(await fingerprint(driver), original);
});
