import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import neo4j from 'neo4j-driver';
import { seedFixture } from '../server/fixtures/seed';
import { loadRecordings, startReplayServer, type ReplayServer } from '../../test/replay/server';
import { fingerprint, runCli, testConfig, testDriver } from '../../test/support/neo4j';

/**
 * `wutong ask` on the news fixture with the model replayed: the query is printed, and runs only with
 * --run (or a yes on a terminal), exactly as wutong query runs it; a model's write is refused by the
 * plan check and, underneath, by Neo4j's read access mode, and the graph stays as it was.
 */
const config = testConfig();
const driver = testDriver();
let replay: ReplayServer;
let env: NodeJS.ProcessEnv;
/** The environment without any model configured. */
const bare = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('WUTONG_LLM_')));

before(async () => {
  await seedFixture(driver, config.database);
  replay = await startReplayServer(loadRecordings());
  env = { ...bare, WUTONG_LLM_MODEL: 'replay-1', WUTONG_LLM_BASE_URL: replay.url, WUTONG_LLM_CACHE_DIR: 'off' };
});

after(async () => {
  await replay?.close();
  await driver.close();
});

const SIGNED = "MATCH (zone:Entity)-[r:SIGNED_WITH]-(company:Company)\nWHERE zone.name = '郴州经开区' OR '郴州经开区' IN zone.aliases\nRETURN zone, r, company\nLIMIT 100";

const runs: { label: string; argv: string[]; code: number; stdout: RegExp[]; stderr: RegExp[] }[] = [
  {
    label: '--run prints the query and its rows',
    argv: ['ask', '--run', '郴州经开区和哪些企业签了约？'],
    code: 0, stdout: [new RegExp(`^// 郴州经开区和与它签约的企业，每句签约的话是一条关系。\n${SIGNED.replace(/[()[\]|.*+?]/g, '\\$&')}\n`), /湖南华宇新材料有限公司/, /\(2 rows\)\n$/], stderr: [/^$/],
  },
  {
    label: 'without --run and not on a terminal, only the query is printed',
    argv: ['ask', '郴州经开区和哪些企业签了约？'],
    code: 0, stdout: [/RETURN zone, r, company\nLIMIT 100\n$/], stderr: [/^\(not run: add --run, or run it with wutong query\)\n$/],
  },
  {
    label: '--json prints the answer for scripts',
    argv: ['ask', '--json', 'Who works at the Chenzhou economic development zone?'],
    code: 0, stdout: [/^\{"question":"Who works at the Chenzhou economic development zone\?","cypher":"MATCH \(p:Person\)-\[r:WORKS_AT\]->\(zone:Entity\)\\n/], stderr: [/^$/],
  },
  {
    label: "a model's write is refused in one line",
    argv: ['ask', '--run', '把郴州经开区从图里删掉'],
    code: 1, stdout: [/DETACH DELETE e\n$/], stderr: [/^wutong ask: .*a write.*\[GRAPH_QUERY_REFUSED\]\n$/],
  },
  {
    label: 'an empty question is a usage error',
    argv: ['ask', '  '],
    code: 2, stdout: [/^$/], stderr: [/give a question/],
  },
];

for (const r of runs) {
  test(`wutong ask: ${r.label}`, async () => {
    const before = await fingerprint(driver);
    const run = await runCli(r.argv, '', env);
    assert.equal(run.code, r.code, run.stderr);
    for (const pattern of r.stdout) assert.match(run.stdout, pattern);
    for (const pattern of r.stderr) assert.match(run.stderr, pattern);
    assert.deepEqual(await fingerprint(driver), before, 'the graph is as it was');
  });
}

test('wutong ask: without a model it says how to configure one', async () => {
  const run = await runCli(['ask', '--run', '郴州经开区和哪些企业签了约？'], '', bare);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /^wutong ask: ask: questions in words need a chat model: set WUTONG_LLM_MODEL.*\[ASK_NO_MODEL\]\n$/);
});

test("a model's write is refused by Neo4j's read access mode itself, below the plan check", async () => {
  const answer = JSON.parse((await runCli(['ask', '--json', '把郴州经开区从图里删掉'], '', env)).stdout) as { cypher: string };
  const session = driver.session({ database: config.database, defaultAccessMode: neo4j.session.READ });
  try {
    await assert.rejects(session.executeRead((tx) => tx.run(answer.cypher)), (error: { code?: string }) => {
      assert.match(String(error.code), /AccessMode|ForbiddenDueToTransactionType|WriteOnReadOnlyAccessDbException/);
      return true;
    });
  } finally {
    await session.close();
  }
  const [row] = (await driver.executeQuery("MATCH (e:Entity {name: '郴州经开区'}) RETURN count(e) AS n", {}, { database: config.database })).records;
  assert.equal(row?.get('n').toNumber(), 1, 'the zone is still there');
});
