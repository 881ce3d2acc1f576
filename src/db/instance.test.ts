import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { freePort } from '.';
import { runCli } from '../../test/support/neo4j';

test('wutong db: start waits for Bolt, data survives a restart, stop shuts down, status tells', async () => {
  const home = mkdtempSync(path.join(tmpdir(), 'wutong-db-'));
  const port = String(await freePort());
  const env = { ...process.env, NEO4J_URI: '', NEO4J_PASSWORD: 'restart-test' };
  const db = (action: string) => runCli(['db', action, '--home', home, '--port', port], '', env);
  const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic('neo4j', 'restart-test'));
  try {
    assert.equal((await db('status')).code, 1, 'not running before start');
    const started = await db('start');
    assert.equal(started.code, 0, started.stderr);
    assert.match(started.stdout, new RegExp(`answers at bolt://127.0.0.1:${port}`));
    await driver.executeQuery("CREATE (:Article {id: 'kept-across-restarts'})");
    assert.match((await db('status')).stdout, /answering/);

    assert.match((await db('stop')).stdout, /Neo4j stopped/);
    assert.equal((await db('status')).code, 1, 'not running after stop');
    await assert.rejects(driver.executeQuery('RETURN 1'), 'Bolt is closed after stop');

    assert.equal((await db('start')).code, 0);
    const { records } = await driver.executeQuery("MATCH (a:Article {id: 'kept-across-restarts'}) RETURN count(a) AS n");
    assert.equal(Number(records[0]!.get('n')), 1, 'the data folder survived the restart');
  } finally {
    await driver.close();
    await db('stop');
    rmSync(home, { recursive: true, force: true });
  }
});
