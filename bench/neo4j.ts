import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, start, stop } from '../src/db';
import type { Neo4jConfig } from '../src/store';

/** A throwaway bundled Neo4j (temporary folder, free port) for the length of one bench. */
export async function withBenchNeo4j<T>(run: (config: Neo4jConfig, pid: number | undefined) => Promise<T>): Promise<T> {
  const home = mkdtempSync(path.join(tmpdir(), 'wutong-bench-neo4j-'));
  const instance = { home, port: await freePort(), password: 'wutong-bench', heap: '1g' };
  const { pid } = await start(instance);
  try {
    return await run({ uri: `bolt://127.0.0.1:${instance.port}`, username: 'neo4j', password: instance.password, database: undefined, bundled: false }, pid);
  } finally {
    await stop(instance);
    rmSync(home, { recursive: true, force: true });
  }
}
