import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from './config';

/** How long a caller waits on Neo4j before it hears the database is not there. */
export interface DriverOptions {
  /** Time to open a connection. */
  connectionTimeoutMs: number;
  /**
   * How long a managed transaction (executeRead, executeWrite, executeQuery) is run again after a
   * failure the driver marks `retryable`: a deadlock between concurrent builds, a cluster's leader
   * switching, a dropped connection.
   */
  retryMs: number;
}

/** Builds wait out a deadlock or a leader switch rather than lose a batch. */
export const STORE_DRIVER: DriverOptions = { connectionTimeoutMs: 10_000, retryMs: 15_000 };

/** The one driver factory: the store, the viewer (with its shorter waits), export and the tests. */
export function openDriver(config: Neo4jConfig, options: DriverOptions = STORE_DRIVER): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
    disableLosslessIntegers: false,
    connectionTimeout: options.connectionTimeoutMs,
    maxTransactionRetryTime: options.retryMs,
  });
}
