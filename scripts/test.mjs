#!/usr/bin/env node
// npm test: type-check, start a throwaway Neo4j (temporary folder, free port), run every *.test.ts
// against it with node's test runner, stop Neo4j, exit with the tests' code.
import { spawnSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
register();
const { start, stop, freePort } = await import('../src/db/index.ts');

function findTests(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    if (statSync(full).isDirectory()) findTests(full, out);
    else if (name.endsWith('.test.ts')) out.push(path.relative(root, full));
  }
  return out;
}

const only = process.argv.slice(2);
const files = only.length > 0 ? only : ['src', 'scripts', 'viewer', 'test', 'bench'].flatMap((d) => {
  try { return findTests(path.join(root, d)); } catch { return []; }
}).sort();

if (only.length === 0) {
  console.log('typecheck: tsc --noEmit');
  const tsc = spawnSync('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
  if (tsc.status !== 0) process.exit(1);
}

const home = mkdtempSync(path.join(tmpdir(), 'wutong-test-neo4j-'));
const port = await freePort();
const password = 'wutong-test-password';
const instance = { home, port, password, heap: '768m', log: (line) => console.log(line) };
const began = Date.now();
await start(instance);
console.log(`test Neo4j answers at bolt://127.0.0.1:${port} after ${((Date.now() - began) / 1000).toFixed(1)} s`);

let code = 1;
try {
  const env = { ...process.env, NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD: password, NEO4J_DATABASE: '' };
  // One file at a time: Community Neo4j has one database and integration tests reset it.
  const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-timeout=600000', ...files], { cwd: root, env, stdio: 'inherit' });
  code = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
} finally {
  await stop(instance);
  rmSync(home, { recursive: true, force: true });
}
process.exit(code);
