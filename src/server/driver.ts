import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../store';

/**
 * The viewer's own driver: a page waiting on a database that is down should say so within
 * seconds, so retries stop sooner than the store's (which protects long builds).
 */
export function openViewerDriver(config: Neo4jConfig): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
    connectionTimeout: 3000,
    maxTransactionRetryTime: 2000,
  });
}
