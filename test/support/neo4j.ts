import { PassThrough, Readable } from 'node:stream';
import neo4j, { type Driver } from 'neo4j-driver';
import { EVIDENCE_KEYS, GraphStore, neo4jConfigFromEnv, type Neo4jConfig } from '../../src/store';
import { main } from '../../src/cli/main';

/** The Neo4j that scripts/test.mjs started; integration tests refuse to run against the bundled one. */
export function testConfig(): Neo4jConfig {
  const config = neo4jConfigFromEnv(process.env);
  if (config.bundled) throw new Error('test: NEO4J_URI is not set; run the tests with `npm test`, which starts Neo4j');
  return config;
}

export function testDriver(): Driver {
  const config = testConfig();
  return neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password));
}

export function testStore(): GraphStore {
  return new GraphStore(testConfig());
}

/** Empties the database; `IN TRANSACTIONS` needs an auto-commit transaction, hence session.run. */
export async function resetDatabase(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS');
  } finally {
    await session.close();
  }
}

/**
 * Everything a build contributes, in a canonical order, so two graphs can be compared with
 * deepEqual: entities with labels and aliases, mentions, and edges with their evidence and facts.
 */
export async function fingerprint(driver: Driver): Promise<unknown> {
  const entities = await driver.executeQuery(
    `MATCH (e:Entity) RETURN e.id AS id, e.name AS name, labels(e) AS labels, e.aliases AS aliases, e.articleCount AS n ORDER BY id`,
  );
  const links = await driver.executeQuery(
    `MATCH (e:Entity)-[m]->(a:Article) RETURN e.id + ' ' + type(m) + ' ' + a.id + ' ' + coalesce(m.count, 0) AS link ORDER BY link`,
  );
  const edges = await driver.executeQuery(
    `MATCH (s:Entity)-[r]->(t:Entity)
     CALL (r) { UNWIND keys(r) AS k WITH k WHERE NOT k IN $evidenceKeys ORDER BY k RETURN collect(k + '=' + toString(r[k])) AS facts }
     WITH s, r, t, facts, [i IN range(0, size(r.articles) - 1) | r.articles[i] + '@' + r.starts[i] + '-' + r.ends[i] + coalesce(r.facts[i], '')] AS evidence
     UNWIND evidence AS e WITH s, r, t, facts, e ORDER BY e
     WITH s.id + ' ' + type(r) + ' ' + t.id + ' ' + r.weight + ' ' + reduce(acc = '', f IN facts | acc + f + ',') AS key, collect(e) AS sorted
     RETURN key + ' ' + reduce(acc = '', x IN sorted | acc + x + ';') AS edge
     ORDER BY edge`,
    { evidenceKeys: EVIDENCE_KEYS },
  );
  const articles = await driver.executeQuery(`MATCH (a:Article) RETURN a.id AS id ORDER BY id`);
  return {
    articles: articles.records.map((r) => r.get('id')),
    entities: entities.records.map((r) => r.toObject()),
    links: links.records.map((r) => r.get('link')),
    edges: edges.records.map((r) => r.get('edge')),
  };
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `wutong …` in this process against the test Neo4j, with captured output. */
export async function runCli(argv: string[], stdin = '', env: NodeJS.ProcessEnv = process.env): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk.toString('utf8')));
  stderr.on('data', (chunk: Buffer) => err.push(chunk.toString('utf8')));
  const code = await main(argv, { stdin: Readable.from([stdin]), stdout, stderr, env });
  return { code, stdout: out.join(''), stderr: err.join('') };
}
