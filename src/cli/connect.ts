import { defaultNeo4jHome, start, status, type InstanceOptions } from '../db';
import { GraphStore, bundledPort, neo4jConfigFromEnv, BUNDLED_PASSWORD } from '../store';
import type { CommandIO } from './command';

/** The bundled instance's options from the environment (WUTONG_NEO4J_HOME, WUTONG_NEO4J_PORT). */
export function bundledInstance(env: NodeJS.ProcessEnv, log: (line: string) => void): InstanceOptions {
  return {
    home: defaultNeo4jHome(env),
    port: bundledPort(env),
    password: env.NEO4J_PASSWORD || BUNDLED_PASSWORD,
    log,
  };
}

/**
 * Opens the store the environment names. With no NEO4J_URI the bundled instance is used, and
 * started first if it is not running, so `wutong build` works right after a clone.
 */
export async function connectStore(io: CommandIO): Promise<GraphStore> {
  const config = neo4jConfigFromEnv(io.env);
  if (config.bundled) {
    const instance = bundledInstance(io.env, (line) => io.stderr.write(line + '\n'));
    const current = await status(instance);
    if (!current.running) {
      io.stderr.write(`db: starting the bundled Neo4j (${instance.home})…\n`);
      await start(instance);
    }
  }
  const store = new GraphStore(config);
  try {
    await store.verify();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
