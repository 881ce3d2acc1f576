import type { Driver } from 'neo4j-driver';
import { openDriver, type Neo4jConfig } from '../store';

/**
 * The viewer's driver: a page waiting on a database that is down should say so within seconds, so
 * it connects and retries for less time than the store, which protects long builds.
 */
export function openViewerDriver(config: Neo4jConfig): Driver {
  return openDriver(config, { connectionTimeoutMs: 3000, retryMs: 2000 });
}
