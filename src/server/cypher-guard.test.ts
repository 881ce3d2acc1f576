import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openNeo4jSource, startServer, TOKEN_HEADER, type GraphSource, type RunningServer } from '.';
import { ALLOWED_READS, assertEveryHostileQueryRefused, hostileQueryFixture } from '../../test/support/hostile-queries';

/** The viewer's Cypher box through POST /api/cypher on a real server and a real Neo4j. */
const fixture = hostileQueryFixture();
const { config } = fixture;
const TIME_LIMIT_MS = 3000;
const ANSWER_BYTES = 200_000;
let server: RunningServer;
let source: GraphSource;

/** Every request of this file goes through here. */
async function callApi(target: RunningServer, path: string, init: RequestInit = {}): Promise<{ status: number; text: string; body: any; ms: number }> {
  const began = performance.now();
  const response = await fetch(new URL(path, target.url), { ...init, headers: { ...(init.headers as Record<string, string>), [TOKEN_HEADER]: target.token } });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text), ms: performance.now() - began };
}

const cypher = (query: string, target = server) =>
  callApi(target, '/api/cypher', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });

before(async () => {
  source = openNeo4jSource(config, { nodeLimit: 100, timeoutMs: TIME_LIMIT_MS, rowCap: 5000, answerBytes: ANSWER_BYTES, label: 'guard' });
  server = await startServer(source, '127.0.0.1', 0);
});

after(async () => {
  await server.close();
  await source.close();
});

test('the API refuses every hostile query with 400 GRAPH_QUERY_REFUSED; nothing changes or is fetched', async () => {
  await assertEveryHostileQueryRefused(fixture, async (c, url) => {
    const { status, body } = await cypher(c.query(url));
    assert.equal(status, 400, `${c.label}: ${JSON.stringify(body)}`);
    assert.equal(body.error.code, 'GRAPH_QUERY_REFUSED', c.label);
    assert.match(body.error.message, c.refused, c.label);
  });
});

test('the API answers reads', async () => {
  for (const c of ALLOWED_READS) {
    const { status, body } = await cypher(c.query);
    assert.equal(status, 200, `${c.label}: ${JSON.stringify(body)}`);
    assert.ok(c.rows(body.rows), `${c.label}: ${JSON.stringify(body.rows)}`);
  }
});

test('an answer stays within its byte budget: rows are cut, a single huge row is an error', async () => {
  const many = await cypher("UNWIND range(1, 4000) AS i RETURN i, 'a line of about forty characters, no more' AS text");
  assert.equal(many.status, 200);
  assert.equal(many.body.truncated, true);
  assert.ok(many.body.rows.length > 100 && many.body.rows.length < 4000, `${many.body.rows.length} rows`);
  assert.ok(Buffer.byteLength(many.text) <= ANSWER_BYTES, `${many.text.length} bytes`);

  const nodes = await cypher('UNWIND range(1, 4000) AS i MATCH (e:Entity) RETURN e');
  assert.equal(nodes.status, 200, JSON.stringify(nodes.body).slice(0, 300));
  assert.ok(nodes.body.graph.nodes.length > 0 && Buffer.byteLength(nodes.text) <= ANSWER_BYTES, 'rows and their graph fit together');

  const huge = await cypher('RETURN range(1, 100000) AS r');
  assert.equal(huge.status, 422);
  assert.equal(huge.body.error.code, 'GRAPH_ANSWER_TOO_LARGE');
  assert.match(huge.body.error.message, /one row of the answer takes 0\.\d MB, over the limit of 0\.1 MB/);
});

test('RETURN range(1, 10000000) gets an error within the time limit while /api/status keeps answering fast', async () => {
  await callApi(server, '/api/status');
  let settled = false;
  const big = cypher('RETURN range(1, 10000000) AS r').finally(() => { settled = true; });
  const latencies: number[] = [];
  while (!settled) {
    const status = await callApi(server, '/api/status');
    assert.equal(status.status, 200);
    latencies.push(status.ms);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const { status, body, ms } = await big;
  assert.ok([504, 422].includes(status), `an error answer: ${status} ${JSON.stringify(body)}`);
  assert.match(body.error.code, /^(SERVER_QUERY_TIMEOUT|SERVER_ANSWER_TOO_LARGE)$/);
  assert.ok(ms < TIME_LIMIT_MS + 1000, `answered after ${Math.round(ms)} ms (limit ${TIME_LIMIT_MS} ms)`);
  const slowest = Math.max(...latencies);
  console.log(`big query answered in ${Math.round(ms)} ms; /api/status ×${latencies.length} during it, slowest ${Math.round(slowest)} ms`);
  assert.ok(latencies.length >= 5 && slowest < 1000, `/api/status during the big query: ${latencies.map(Math.round).join(', ')} ms`);

  const next = await cypher('RETURN 1 AS one');
  assert.equal(next.status, 200, 'a new worker answers the next query');
  assert.deepEqual(next.body.rows, [{ one: 1 }]);
});

test('a query past the time limit is a 504 with SERVER_QUERY_TIMEOUT; one past the worker heap a 422', async () => {
  const slow = await cypher('UNWIND range(1, 400000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x)');
  assert.equal(slow.status, 504);
  assert.equal(slow.body.error.code, 'SERVER_QUERY_TIMEOUT');
  assert.match(slow.body.error.message, /ran past its time limit of 3 s/);
  assert.ok(slow.ms < TIME_LIMIT_MS + 1000, `answered after ${Math.round(slow.ms)} ms`);

  const small = openNeo4jSource(config, { nodeLimit: 10, timeoutMs: 60_000, rowCap: 10, label: 'small heap', workers: { heapMb: 32 } });
  const other = await startServer(small, '127.0.0.1', 0);
  try {
    const big = await cypher('RETURN range(1, 10000000) AS r', other);
    assert.equal(big.status, 422, JSON.stringify(big.body));
    assert.equal(big.body.error.code, 'SERVER_ANSWER_TOO_LARGE');
    assert.match(big.body.error.message, /needed more than 32 MB/);
  } finally {
    await other.close();
    await small.close();
  }
});
