import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { reportFolder } from '../../test/support/articles';
import { fingerprint, resetDatabase, runCli, testDriver, testStore } from '../../test/support/neo4j';

const driver = testDriver();
const store = testStore();
const bin = path.resolve(import.meta.dirname, '../../bin/wutong.js');
after(async () => {
  await store.close();
  await driver.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('a build killed with SIGKILL and run again equals an uninterrupted build', async () => {
  const dir = reportFolder(24);
  await resetDatabase(driver);
  const child = spawn(process.execPath, [bin, 'build', dir, '--batch', '1'], { stdio: 'ignore' });
  let exitCode: number | null | undefined;
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve((exitCode = code))));
  let seen = 0;
  while (seen < 2 && exitCode === undefined) {
    await sleep(50);
    seen = (await store.counts()).articles;
  }
  assert.equal(exitCode, undefined, 'the build was still running when killed');
  child.kill('SIGKILL');
  await exited;
  const atKill = (await store.counts()).articles;
  assert.ok(atKill < 24, `the kill landed mid-build (${atKill} of 24 articles stored)`);

  const resumed = await runCli(['build', dir]);
  assert.equal(resumed.code, 0, resumed.stderr);
  const afterResume = await fingerprint(driver);

  await resetDatabase(driver);
  assert.equal((await runCli(['build', dir])).code, 0);
  assert.deepEqual(afterResume, await fingerprint(driver));
  assert.equal((await store.counts()).articles, 24);
});
