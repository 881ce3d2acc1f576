import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { clearDatabase, seedGraph } from './fixtures/seed';
import { DATED_HUB, DATED_RIVER, datedFixture, datedWindow, RENEWED } from './fixtures/dated';
import { openNeo4jSource, startServer, TOKEN_HEADER, type EntityDetail, type RunningServer, type SerializedGraph } from '.';
import { testConfig, testDriver } from '../../test/support/neo4j';

/**
 * The first screen, the timeline and paged neighbours from Neo4j on a dated corpus: a time window is
 * applied in the database (entities of the window's articles, typed links from its evidence,
 * co-mentions from its sentences), bad windows are refused in one line, and expansion pages.
 */
const config = testConfig();
const driver = testDriver();
const fixture = datedFixture();
let server: RunningServer;
const source = openNeo4jSource(config, { nodeLimit: 300, timeoutMs: 5000, rowCap: 100, label: 'screen' });

async function get(path: string): Promise<{ status: number; body: any }> {
  const response = await fetch(new URL(path, server.url), { headers: { [TOKEN_HEADER]: server.token } });
  return { status: response.status, body: await response.json() };
}

before(async () => {
  await clearDatabase(driver, config.database);
  await seedGraph(driver, fixture, config.database);
  server = await startServer(source, '127.0.0.1', 0);
});

after(async () => {
  await server.close();
  await source.close();
  await driver.close();
});

const kinds = (graph: SerializedGraph) => {
  const edges = graph.edges.map((e) => String(e.attributes?.type));
  return { entities: graph.nodes.length, typed: edges.filter((t) => t !== 'CO_MENTIONED').length, comentions: edges.filter((t) => t === 'CO_MENTIONED').length };
};

test('the first screen holds what the window holds, counted in the database', async () => {
  const cases: { label: string; from: string; to: string }[] = [
    { label: 'all time', from: '', to: '' },
    { label: 'January', from: '2025-01-01', to: '2025-01-31' },
    { label: 'February', from: '2025-02-01', to: '2025-02-28' },
    { label: 'as of 10 February', from: '', to: '2025-02-10' },
    { label: 'from March on', from: '2025-03-01', to: '' },
    { label: 'a window with no articles', from: '2024-01-01', to: '2024-12-31' },
  ];
  for (const c of cases) {
    const { status, body } = await get(`/api/graph?from=${c.from}&to=${c.to}`);
    assert.equal(status, 200, `${c.label}: ${JSON.stringify(body)}`);
    assert.deepEqual(kinds(body as SerializedGraph), datedWindow(fixture, c.from, c.to), c.label);
  }
});

test('a typed link within a window weighs only the window\'s evidence', async () => {
  const key = `${DATED_HUB}-[SIGNED_WITH]->${RENEWED.company}`;
  const cases: { label: string; query: string; weight: number }[] = [
    { label: 'all time: signed, then renewed', query: '', weight: 2 },
    { label: 'January: signed', query: 'from=2025-01-01&to=2025-01-31', weight: 1 },
    { label: 'February: renewed', query: 'from=2025-02-01&to=2025-02-28', weight: 1 },
  ];
  for (const c of cases) {
    const { body } = await get(`/api/graph?${c.query}`);
    assert.equal((body as SerializedGraph).edges.find((e) => e.key === key)?.attributes?.weight, c.weight, c.label);
  }
});

test('the first screen ranks typed evidence above mentions, within its limit', async () => {
  const small = openNeo4jSource(config, { nodeLimit: 3, timeoutMs: 5000, rowCap: 100, label: 'screen-small' });
  try {
    // The hub has 31 signings, each town three companies; the river, named in every article, has no typed link.
    for (const window of [{ from: '', to: '' }, { from: '2025-01-01', to: '2025-03-31' }]) {
      const graph = await small.graph(false, window);
      const keys = graph.nodes.map((n) => String(n.key));
      assert.equal(keys[0], DATED_HUB, JSON.stringify(window));
      assert.ok(!keys.includes(DATED_RIVER) && keys.slice(1).every((k) => k.startsWith('e-town-')), `${JSON.stringify(window)}: ${keys}`);
    }
  } finally {
    await small.close();
  }
});

test('a malformed or reversed window is refused in one line', async () => {
  const cases: { label: string; query: string; message: RegExp }[] = [
    { label: 'not a date', query: 'from=last-week', message: /from must be a date as YYYY-MM-DD/ },
    { label: 'no such day', query: 'to=2025-02-31', message: /to must be a date/ },
    { label: 'reversed', query: 'from=2025-03-01&to=2025-01-01', message: /starts \(2025-03-01\) after it ends/ },
  ];
  for (const c of cases) {
    const { status, body } = await get(`/api/graph?${c.query}`);
    assert.equal(status, 400, c.label);
    assert.equal(body.error.code, 'SERVER_BAD_REQUEST', c.label);
    assert.match(body.error.message, c.message, c.label);
  }
});

test('the timeline counts articles and typed evidence per month', async () => {
  const { body } = await get('/api/timeline');
  const expected = ['2025-01', '2025-02', '2025-03'].map((month) => {
    const ids = new Set(fixture.articles.filter((a) => a.published.startsWith(month)).map((a) => a.id));
    return { month, articles: ids.size, evidence: fixture.evidence.filter((e) => ids.has(e.article)).length };
  });
  assert.deepEqual(body, { months: expected, undated: 0 });
});

test('expanding a node pages its neighbours, typed links first, strongest first', async () => {
  const pages: string[][] = [];
  for (let skip = 0; ; skip += 50) {
    const { body } = await get(`/api/neighbours?id=${DATED_HUB}&skip=${skip}`);
    const types = (body as SerializedGraph).edges.map((e) => String(e.attributes?.type));
    pages.push(types);
    if (types.length === 0) break;
  }
  assert.deepEqual(pages.map((p) => p.length), [50, 10, 0], 'sixty neighbours in pages of fifty');
  const all = pages.flat();
  assert.equal(all.lastIndexOf('SIGNED_WITH') + 1, 30, 'the thirty signings come before the co-mentions');
  assert.equal((await get(`/api/neighbours?id=${DATED_HUB}&skip=0`)).body.edges[0].key, `${DATED_HUB}-[SIGNED_WITH]->${RENEWED.company}`, 'the strongest, signed twice, first');
  assert.equal((await get(`/api/neighbours?id=${DATED_HUB}&skip=-1`)).status, 400, 'a negative skip is refused');
});

test('the panel says when the entity was mentioned and with whom', async () => {
  const { body } = await get('/api/entity?id=e-town-0');
  const detail = body as EntityDetail;
  // Town 0 is where companies 0, 20 and 40 are (i % 4 === 0 and i % 5 === 0), in articles 0 and 4 (January) and 8 (February).
  assert.deepEqual(detail.months.map((m) => [m.month, m.articles, m.partners.map((p) => p.name)]), [
    ['2025-01', 2, ['星河农业有限公司', '星河科技有限公司']],
    ['2025-02', 1, ['星河物流有限公司']],
  ]);
});
