import type { InstanceOptions } from '../db';
import type { GraphStore } from '../store';
import type { CommandIO } from './command';

// The database modules (and neo4j-driver) are imported when a command first needs them, so the
// CLI's help and its commands that never touch Neo4j start without them.

/** The bundled instance's options from the environment (WUTONG_NEO4J_HOME, WUTONG_NEO4J_PORT). */
export async function bundledInstance(env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<InstanceOptions> {
  const { defaultNeo4jHome } = await import('../db');
  const { bundledPort, BUNDLED_PASSWORD } = await import('../store');
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
  const { GraphStore, neo4jConfigFromEnv } = await import('../store');
  const config = neo4jConfigFromEnv(io.env);
  if (config.bundled) {
    const { start, status } = await import('../db');
    const instance = await bundledInstance(io.env, (line) => io.stderr.write(line + '\n'));
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
