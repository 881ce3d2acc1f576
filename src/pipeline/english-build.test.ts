import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { loadRecordings, startReplayServer } from '../../test/replay/server';
import { resetDatabase, runCli, testDriver } from '../../test/support/neo4j';

const driver = testDriver();
const english = path.resolve(import.meta.dirname, '../../examples/en');
after(() => driver.close());

/** Typed (not co-mention) evidence items with their sentence, and whether each sentence is in its article. */
async function typedEdges() {
  const { records } = await driver.executeQuery(
    `MATCH (s:Entity)-[r]->(t:Entity) WHERE type(r) <> 'CO_MENTIONED'
     MATCH (a:Article {id: r.article})
     RETURN s.name AS source, type(r) AS type, t.name AS target, r.sentence AS sentence,
            substring(a.text, r.start, r.end - r.start) = r.sentence AS exact
     ORDER BY type, source, target, r.start`,
  );
  return records.map((r) => r.toObject() as { source: string; type: string; target: string; sentence: string; exact: boolean });
}

const extractors: { label: string; argv: string[]; env: () => Promise<{ env: NodeJS.ProcessEnv; close: () => Promise<void> }> }[] = [
  {
    label: 'rules (--lang en)',
    argv: ['--lang', 'en'],
    env: async () => ({ env: process.env, close: async () => {} }),
  },
  {
    label: 'llm against the replay server',
    argv: ['--extractor', 'llm'],
    env: async () => {
      const server = await startReplayServer(loadRecordings());
      const env = { ...process.env, WUTONG_LLM_BASE_URL: server.url, WUTONG_LLM_MODEL: 'replay-model', WUTONG_LLM_API_KEY: 'test-key', WUTONG_LLM_CACHE_DIR: 'off' };
      return { env, close: () => server.close() };
    },
  },
];

for (const c of extractors) {
  test(`English examples with ${c.label} give typed edges whose evidence is a sentence of the article`, async () => {
    await resetDatabase(driver);
    const { env, close } = await c.env();
    try {
      const run = await runCli(['build', english, ...c.argv], '', env);
      assert.equal(run.code, 0, run.stdout + run.stderr);
      assert.match(run.stdout, /3 article\(s\) added/);
      if (c.argv.includes('llm')) assert.match(run.stdout, /LLM: \d+ call\(s\)/);
    } finally {
      await close();
    }
    const edges = await typedEdges();
    assert.ok(edges.some((e) => e.type === 'SIGNED_WITH'), JSON.stringify(edges, null, 1));
    assert.ok(edges.length >= 3, `typed edges: ${edges.length}`);
    for (const edge of edges) assert.ok(edge.exact, `evidence offsets point at the sentence: ${JSON.stringify(edge)}`);
    const labels = await driver.executeQuery(`MATCH (e:Entity) RETURN DISTINCT [l IN labels(e) WHERE l <> 'Entity'] AS labels`);
    for (const record of labels.records) assert.equal((record.get('labels') as string[]).length, 1, 'exactly one type label besides Entity');
  });
}
