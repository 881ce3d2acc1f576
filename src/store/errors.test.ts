import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import neo4j, { Neo4jError } from 'neo4j-driver';
import { isWutongError } from '../shared/errors';
import { Neo4jConnection } from './connection';
import { neo4jFailure, storeError, type Neo4jFailure } from './errors';
import type { Neo4jConfig } from './config';
import { resetDatabase, testConfig, testDriver } from '../../test/support/neo4j';

const config: Neo4jConfig = { uri: 'bolt://127.0.0.1:7999', username: 'neo4j', password: 'x', database: undefined, bundled: true };

// Errors as the driver makes them: the code decides, and each message says the opposite of its
// code, so a classifier reading the text would get every case wrong.
const cases: Array<{ label: string; code: string; message: string; failure: Neo4jFailure | undefined; wutong: string; retriable: boolean }> = [
  { label: 'no server answers', code: 'ServiceUnavailable', message: 'syntax error near MATCH', failure: 'unavailable', wutong: 'STORE_UNAVAILABLE', retriable: true },
  { label: 'the connection was lost mid-session', code: 'SessionExpired', message: 'unauthorized', failure: 'unavailable', wutong: 'STORE_UNAVAILABLE', retriable: true },
  { label: 'a wrong password', code: 'Neo.ClientError.Security.Unauthorized', message: 'ECONNREFUSED', failure: 'auth', wutong: 'STORE_AUTH', retriable: false },
  { label: 'a user without the right', code: 'Neo.ClientError.Security.Forbidden', message: 'could not connect', failure: 'auth', wutong: 'STORE_AUTH', retriable: false },
  { label: 'a deadlock with another build', code: 'Neo.TransientError.Transaction.DeadlockDetected', message: 'Invalid input', failure: 'transient', wutong: 'STORE_BUSY', retriable: true },
  { label: 'a lock given up', code: 'Neo.TransientError.Transaction.LockClientStopped', message: 'connection refused', failure: 'transient', wutong: 'STORE_BUSY', retriable: true },
  { label: 'a syntax error', code: 'Neo.ClientError.Statement.SyntaxError', message: 'failed to connect to server', failure: 'query', wutong: 'STORE_QUERY', retriable: false },
  { label: 'a uniqueness constraint', code: 'Neo.ClientError.Schema.ConstraintValidationFailed', message: 'Deadlock', failure: 'query', wutong: 'STORE_QUERY', retriable: false },
  { label: 'the server failed', code: 'Neo.DatabaseError.General.UnknownError', message: 'try again', failure: 'database', wutong: 'STORE_DATABASE', retriable: false },
];

describe('Neo4j failures are told apart by the driver\'s code and retryable flag, never by their message', () => {
  for (const c of cases) {
    test(c.label, () => {
      const error = new Neo4jError(c.message, c.code, 'N/A', 'N/A');
      assert.equal(neo4jFailure(error), c.failure);
      const mapped = storeError(error, config);
      assert.deepEqual([mapped.code, mapped.retriable], [c.wutong, c.retriable]);
      assert.equal(mapped.message.split('\n').length, 1, 'one line');
    });
  }

  test('an error without a code is nobody\'s failure: a query error carrying its first line', () => {
    const mapped = storeError(new Error('could not connect\nsecond line'), config);
    assert.equal(neo4jFailure(new Error('ECONNREFUSED')), undefined);
    assert.deepEqual([mapped.code, mapped.message], ['STORE_QUERY', 'store: Neo4j refused the query: could not connect']);
  });
});

/**
 * Resolves `wait()` for everyone once `count` parties have called it; later calls (a retried
 * transaction running its work again) pass straight through.
 */
function barrier(count: number): () => Promise<void> {
  let arrived = 0;
  let open!: () => void;
  const opened = new Promise<void>((resolve) => { open = resolve; });
  return () => {
    arrived += 1;
    if (arrived === count) open();
    return opened;
  };
}

describe('a write transaction that Neo4j aborts as a deadlock runs again and commits', () => {
  const driver = testDriver();
  const connections = [new Neo4jConnection(testConfig()), new Neo4jConnection(testConfig())];
  after(async () => {
    await Promise.all(connections.map((c) => c.close()));
    await driver.close();
  });

  test('two transactions locking two nodes in opposite order both commit; the one Neo4j chose as victim is retried', async () => {
    await resetDatabase(driver);
    await driver.executeQuery("CREATE (:Lock {id: 'a', n: 0}), (:Lock {id: 'b', n: 0})");
    const bothHoldOne = barrier(2);
    const retries: Array<{ side: string; failure: unknown }> = [];
    const side = (connection: Neo4jConnection, first: string, second: string) => connection.transaction(async (tx) => {
      await tx.run('MATCH (l:Lock {id: $id}) SET l.n = l.n + 1', { id: first });
      await bothHoldOne();
      await tx.run('MATCH (l:Lock {id: $id}) SET l.n = l.n + 1', { id: second });
    }, (failure) => retries.push({ side: first, failure }));
    await Promise.all([side(connections[0]!, 'a', 'b'), side(connections[1]!, 'b', 'a')]);

    const { records } = await driver.executeQuery('MATCH (l:Lock) RETURN l.id AS id, l.n AS n ORDER BY id');
    assert.deepEqual(records.map((r) => [r.get('id'), neo4j.integer.toNumber(r.get('n'))]), [['a', 2], ['b', 2]], 'each transaction counted once on each node');
    assert.ok(retries.length >= 1, 'one side was run again');
    for (const { failure } of retries) {
      assert.equal(neo4jFailure(failure), 'transient', String(failure));
      assert.equal((failure as { code?: string }).code, 'Neo.TransientError.Transaction.DeadlockDetected');
    }
  });

  test('a failure that is the query\'s own is not run again, and comes out as one line with a code', async () => {
    let runs = 0;
    const failed = await connections[0]!.transaction(async (tx) => {
      runs += 1;
      await tx.run('RETURN 1 / 0');
    }).catch((error: unknown) => error);
    assert.ok(isWutongError(failed, 'STORE_QUERY'), String(failed));
    assert.equal(runs, 1);
  });
});
