import { PassThrough, Readable } from 'node:stream';
import neo4j, { type Driver } from 'neo4j-driver';
import { CO_MENTIONED } from '../../src/lexicon';
import { GraphStore, neo4jConfigFromEnv, openDriver, type Neo4jConfig } from '../../src/store';
import { main } from '../../src/cli/main';

/** The Neo4j that scripts/test.mjs started; integration tests refuse to run against the bundled one. */
export function testConfig(): Neo4jConfig {
  const config = neo4jConfigFromEnv(process.env);
  if (config.bundled) throw new Error('test: NEO4J_URI is not set; run the tests with `npm test`, which starts Neo4j');
  return config;
}

export function testDriver(): Driver {
  return openDriver(testConfig());
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

/** Every node of the graph (not the identity stage's own) with labels and properties, every relationship with its properties. */
export async function graphDump(db: Driver): Promise<{ nodes: string[]; relationships: string[] }> {
  const plain = (value: unknown): unknown => (neo4j.isInt(value) ? (value as { toNumber(): number }).toNumber() : Array.isArray(value) ? value.map(plain) : value);
  const props = (p: Record<string, unknown>) => JSON.stringify(Object.keys(p).sort().map((k) => [k, plain(p[k])]));
  const nodes = await db.executeQuery(`MATCH (n) WHERE n:Entity OR n:Article RETURN labels(n) AS labels, properties(n) AS props`);
  const rels = await db.executeQuery(`MATCH (s)-[r]->(t) RETURN s.id AS s, type(r) AS type, t.id AS t, properties(r) AS props`);
  return {
    nodes: nodes.records.map((r) => `${(r.get('labels') as string[]).sort().join(':')} ${props(r.get('props'))}`).sort(),
    relationships: rels.records.map((r) => `${r.get('s')} ${r.get('type')} ${r.get('t')} ${props(r.get('props'))}`).sort(),
  };
}

/** A relationship's properties as one line, keys in order, integers as numbers. */
function propertyLine(props: Record<string, unknown>): string {
  return Object.keys(props).sort().map((k) => `${k}=${JSON.stringify(neo4j.isInt(props[k]) ? (props[k] as { toNumber(): number }).toNumber() : props[k])}`).join(' ');
}

/**
 * Everything a build contributes, in a canonical order, so two graphs can be compared with
 * deepEqual: articles with their share of co-mentions, entities with labels and aliases, links to
 * articles, every typed evidence item with all its properties (article, offsets, sentence,
 * extractor, confidence, rule, facts), and co-mention pairs with their weight.
 */
export async function fingerprint(driver: Driver): Promise<unknown> {
  const articles = await driver.executeQuery(`MATCH (a:Article) RETURN a.id AS id, a.comentions AS comentions ORDER BY id`);
  const entities = await driver.executeQuery(
    `MATCH (e:Entity) RETURN e.id AS id, e.name AS name, labels(e) AS labels, e.aliases AS aliases, e.articleCount AS n ORDER BY id`,
  );
  const links = await driver.executeQuery(
    `MATCH (e:Entity)-[m]->(a:Article) RETURN e.id + ' ' + type(m) + ' ' + a.id + ' ' + coalesce(m.count, 0) AS link ORDER BY link`,
  );
  const relationships = await driver.executeQuery(
    `MATCH (s:Entity)-[r]->(t:Entity) RETURN s.id AS source, type(r) AS type, t.id AS target, properties(r) AS props`,
  );
  const line = (r: { get(key: string): unknown }) => `${r.get('source')} ${r.get('type')} ${r.get('target')} ${propertyLine(r.get('props') as Record<string, unknown>)}`;
  const lines = (comentions: boolean) => relationships.records.filter((r) => (r.get('type') === CO_MENTIONED) === comentions).map(line).sort();
  return {
    articles: articles.records.map((r) => `${r.get('id')} ${JSON.stringify(r.get('comentions'))}`),
    entities: entities.records.map((r) => r.toObject()),
    links: links.records.map((r) => r.get('link')),
    evidence: lines(false),
    comentions: lines(true),
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
