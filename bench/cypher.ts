// Users' Cypher: what the read-only check (EXPLAIN first) costs a small query, and how the viewer's
// server answers /api/status while one query builds a huge answer in its worker thread.
import neo4j from 'neo4j-driver';
import { runReadQuery } from '../src/graph';
import { openNeo4jSource, startServer, TOKEN_HEADER } from '../src/server';
import { openDriver, type Neo4jConfig } from '../src/store';

const QUERY = 'UNWIND range(1, 200) AS i RETURN i, toString(i) AS text';
const HUGE = 'RETURN range(1, 10000000) AS r';
const TIME_LIMIT_MS = 5000;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timed(run: () => Promise<unknown>, times: number): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const began = performance.now();
    await run();
    ms.push(performance.now() - began);
  }
  return ms;
}

async function checkCost(config: Neo4jConfig): Promise<string> {
  const driver = openDriver(config);
  try {
    const source = { driver, database: config.database };
    const plain = () => driver.executeQuery(QUERY, {}, { routing: neo4j.routing.READ });
    const checked = () => runReadQuery(source, QUERY, {}, { timeoutMs: 10_000, rowCap: 1000 });
    await timed(plain, 10);
    await timed(checked, 10);
    const [plainMs, checkedMs] = [median(await timed(plain, 50)), median(await timed(checked, 50))];
    return `cypher: a 200-row read takes ${checkedMs.toFixed(1)} ms checked (EXPLAIN first) vs ${plainMs.toFixed(1)} ms unchecked, ratio ${(checkedMs / plainMs).toFixed(2)} (target <= 3)`;
  } finally {
    await driver.close();
  }
}

async function statusDuringHugeAnswer(config: Neo4jConfig): Promise<string> {
  const source = openNeo4jSource(config, { nodeLimit: 100, timeoutMs: TIME_LIMIT_MS, rowCap: 1000, label: 'bench' });
  const server = await startServer(source, '127.0.0.1', 0);
  const token = { [TOKEN_HEADER]: server.token };
  const status = () => fetch(new URL('/api/status', server.url), { headers: token }).then((r) => r.text());
  const post = (query: string) => fetch(new URL('/api/cypher', server.url), { method: 'POST', headers: { 'content-type': 'application/json', ...token }, body: JSON.stringify({ query }) });
  try {
    await post('RETURN 1');
    const idle = median(await timed(status, 20));
    let settled = false;
    const began = performance.now();
    const huge = post(HUGE).then(async (r) => ({ status: r.status, ms: performance.now() - began, body: await r.text() })).finally(() => { settled = true; });
    const during: number[] = [];
    while (!settled) {
      during.push(...(await timed(status, 1)));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const answer = await huge;
    const code = (JSON.parse(answer.body) as { error?: { code: string } }).error?.code ?? 'no error';
    return `cypher: ${HUGE} answered ${answer.status} ${code} after ${Math.round(answer.ms)} ms (limit ${TIME_LIMIT_MS} ms); `
      + `/api/status during it: median ${median(during).toFixed(0)} ms, slowest ${Math.max(...during).toFixed(0)} ms over ${during.length} calls `
      + `(idle median ${idle.toFixed(1)} ms; target: slowest <= 1000 ms, it was about 158 s before the worker threads)`;
  } finally {
    await server.close();
    await source.close();
  }
}

export async function benchCypher(config: Neo4jConfig): Promise<string[]> {
  return [await checkCost(config), await statusDuringHugeAnswer(config)];
}
