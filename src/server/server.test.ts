import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeLayout, computeMetrics, loadGraphFromNeo4j, writeGraph, GRAPH_FORMATS } from '../graph';
import { neo4jConfigFromEnv, openDriver } from '../store';
import { seedFixture } from './fixtures/seed';
import { openFileSource, openNeo4jSource, startServer, TOKEN_HEADER, type EntityDetail, type GraphSource, type RunningServer } from '.';

const config = neo4jConfigFromEnv(process.env);
const driver = openDriver(config);
const source = { driver, database: config.database };
let server: RunningServer;
let api: GraphSource;

/** As the page calls it: with the token the server wrote into the page. */
async function get(path: string, init: RequestInit = {}): Promise<{ status: number; body: any }> {
  const response = await fetch(new URL(path, server.url), { ...init, headers: { ...init.headers, [TOKEN_HEADER]: server.token } });
  return { status: response.status, body: await response.json() };
}

const cypher = (query: string) => get('/api/cypher', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });

before(async () => {
  await seedFixture(driver, config.database);
  api = openNeo4jSource(config, { nodeLimit: 5000, timeoutMs: 1500, rowCap: 3, label: 'test' });
  server = await startServer(api, '127.0.0.1', 0);
});

after(async () => {
  await server.close();
  await api.close();
  await driver.close();
});

test('the server answers on the address it was given', () => {
  assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
});

test('search answers Chinese substrings, pinyin and initials', async () => {
  const cases: [string, string, string][] = [
    ['one character', '郴', 'e-czjkq'],
    ['Chinese name', '郴州经开区', 'e-czjkq'],
    ['alias', '市一医院', 'e-yiyuan'],
    ['full pinyin', 'chenzhou', 'e-czjkq'],
    ['initials', 'czjkq', 'e-czjkq'],
  ];
  for (const [label, q, id] of cases) {
    const { body } = await get(`/api/search?q=${encodeURIComponent(q)}`);
    assert.ok((body as { id: string }[]).some((hit) => hit.id === id), `${label}: ${q} should find ${id}`);
  }
});

test('entity details carry the links with their evidence sentence and marked mentions', async () => {
  const { status, body } = await get('/api/entity?id=e-czjkq');
  assert.equal(status, 200);
  const detail = body as EntityDetail;
  assert.equal(detail.name, '郴州经开区');
  assert.equal(detail.pinyin, 'chen zhou jing kai qu');
  assert.deepEqual(detail.articles.map((a) => a.id), ['a-huayu-invest', 'a-huayu-expand', 'a-hospital', 'a-czjkq-sign'], 'newest first');
  const signed = detail.relations.find((r) => r.type === 'SIGNED_WITH');
  assert.ok(signed, 'SIGNED_WITH present');
  assert.equal(signed.other.id, 'e-huayu');
  assert.equal(signed.outgoing, true);
  const [evidence] = signed.evidence;
  assert.equal(evidence?.title, '华宇新材料追加投资建设研发中心');
  assert.equal(evidence?.published, '2025-03-08');
  const marked = evidence!.marks.map(([s, e]) => evidence!.sentence.slice(s, e));
  assert.deepEqual(marked, ['湖南华宇新材料有限公司', '郴州经开区']);
  const worksAt = detail.relations.find((r) => r.type === 'WORKS_AT');
  assert.equal(worksAt?.outgoing, false, '李建国 WORKS_AT 郴州经开区 points in');
});

test('unknown entity is a 404, not an empty panel', async () => {
  const { status, body } = await get('/api/entity?id=nope');
  assert.equal(status, 404);
  assert.equal(body.error.code, 'NOT_FOUND');
});

test('neighbours expand one entity', async () => {
  const { body } = await get('/api/neighbours?id=e-czjkq');
  const keys = (body.nodes as { key: string }[]).map((n) => n.key).sort();
  assert.deepEqual(keys, ['e-beihu', 'e-czjkq', 'e-huayu', 'e-lijianguo', 'e-yiyuan']);
  const edges = (body.edges as { key: string; attributes: { weight: number } }[]).map((e) => `${e.key} ×${e.attributes.weight}`).sort();
  assert.deepEqual(edges, [
    'e-beihu-[CO_MENTIONED]->e-czjkq ×1', 'e-czjkq-[CO_MENTIONED]->e-yiyuan ×3', 'e-czjkq-[SIGNED_WITH]->e-huayu ×2',
    'e-huayu-[INVESTS_IN]->e-czjkq ×1', 'e-huayu-[LOCATED_IN]->e-czjkq ×1', 'e-lijianguo-[WORKS_AT]->e-czjkq ×2',
  ], 'one edge per source, target and type, weighted by its sentences');
});

test('Cypher runs read-only with a row cap; writes are refused before they run; Neo4j\'s own errors reach the user', async () => {
  const read = await cypher("MATCH (e:Entity {id: 'e-czjkq'})-[r]-(o:Entity) RETURN e, r, o ORDER BY type(r), o.id");
  assert.equal(read.status, 200);
  assert.equal(read.body.rows.length, 3, 'row cap');
  assert.equal(read.body.truncated, true);
  assert.ok(read.body.graph.nodes.some((n: { key: string }) => n.key === 'e-czjkq'));
  assert.equal(read.body.graph.edges.length, 3, 'two co-mentions and INVESTS_IN come first');

  const parallel = await cypher("MATCH (e:Entity {id: 'e-czjkq'})-[r:SIGNED_WITH]-(o:Entity) RETURN e, r, o");
  assert.equal(parallel.body.rows.length, 2, 'two evidence relationships');
  assert.deepEqual(parallel.body.graph.edges.map((e: { key: string; attributes: { weight: number } }) => [e.key, e.attributes.weight]),
    [['e-czjkq-[SIGNED_WITH]->e-huayu', 2]], 'drawn as the one edge of the loaded graph, weighted by both');

  const table = await cypher("MATCH (e:Entity {id: 'e-czjkq'}) RETURN e.name AS name, e.articleCount AS n");
  assert.deepEqual(table.body.rows, [{ name: '郴州经开区', n: 4 }]);
  assert.equal(table.body.graph.nodes.length, 0);

  const write = await cypher("CREATE (x:Intruder {name: 'x'}) RETURN x");
  assert.equal(write.status, 400);
  assert.equal(write.body.error.code, 'GRAPH_QUERY_REFUSED');
  assert.match(write.body.error.message, /refused a write/);
  const left = await driver.executeQuery('MATCH (x:Intruder) RETURN count(x) AS n', {}, { database: config.database });
  assert.equal(left.records[0]?.get('n').toNumber(), 0);

  const syntax = await cypher('MATCH (n RETURN n');
  assert.equal(syntax.status, 400);
  assert.equal(syntax.body.error.code, 'Neo.ClientError.Statement.SyntaxError');

  const slow = await cypher('UNWIND range(1, 400000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x)');
  assert.equal(slow.status, 504, 'the time limit stops a long query');
  assert.equal(slow.body.error.code, 'SERVER_QUERY_TIMEOUT');
});

test('Neo4j down is a 503 with a code the page explains', async () => {
  const down = openNeo4jSource({ ...config, uri: 'bolt://127.0.0.1:1', database: undefined }, { nodeLimit: 10, timeoutMs: 1000, rowCap: 10, label: 'down' });
  const other = await startServer(down, '127.0.0.1', 0);
  try {
    const response = await fetch(new URL('/api/status', other.url), { headers: { [TOKEN_HEADER]: other.token } });
    assert.equal(response.status, 503);
    assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'NEO4J_UNAVAILABLE');
  } finally {
    await other.close();
    await down.close();
  }
});

test('an exported file opens with no database: search and details work, Cypher explains why not', async () => {
  const graph = await loadGraphFromNeo4j(source, 1000);
  computeMetrics(graph);
  computeLayout(graph);
  const dir = mkdtempSync(join(tmpdir(), 'wutong-view-'));
  for (const format of GRAPH_FORMATS) {
    const path = join(dir, `graph.${format}`);
    writeFileSync(path, writeGraph(graph, format));
    const file = await openFileSource(path);
    const [hit] = await file.search('czjkq', 5);
    assert.equal(hit?.id, 'e-czjkq', `${format}: search`);
    const detail = await file.entity('e-czjkq');
    const signed = detail?.relations.filter((r) => r.type === 'SIGNED_WITH' && r.other.id === 'e-huayu');
    assert.deepEqual(signed?.map((r) => r.weight), [2], `${format}: one link, weighted by its two sentences`);
    assert.deepEqual(detail?.aliases, ['郴州经济开发区'], `${format}: aliases survive`);
    await assert.rejects(file.cypher('RETURN 1', {}), /needs a database/, `${format}: cypher`);
  }
});
