#!/usr/bin/env node
// npm start: the whole first run on a fresh machine. Installs the npm packages if missing,
// fetches Neo4j from Maven Central, starts it, builds the team's example articles into it and
// says what to run next.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!existsSync(path.join(root, 'node_modules', 'tsx'))) run('npm', ['install', '--no-audit', '--no-fund']);
const wutong = path.join(root, 'bin', 'wutong.js');
run(process.execPath, [wutong, 'db', 'start']);
run(process.execPath, [wutong, 'build', path.join(root, 'examples')]);
console.log(`
The examples are in the bundled Neo4j (bolt://127.0.0.1:7687, user neo4j, password wutong-local).
Next:
  npx wutong view                                  explore the graph in the browser
  npx wutong query 'MATCH (e:Entity) RETURN count(e)'
  npx wutong query --file cypher/queries/linked-to.cypher --param name=郴州经开区
  npx wutong build ../shared/corpus                add the reference newspaper page
  npx wutong db stop                               stop Neo4j when done`);
