import neo4j, { type Driver, type EagerResult, type ManagedTransaction } from 'neo4j-driver';
import type { Neo4jConfig } from './config';
import { openDriver, STORE_DRIVER, type DriverOptions } from './driver';
import { storeError } from './errors';

/** Why a write transaction was run again: the failure of the attempt before (undefined when its commit failed). */
export type RetryListener = (failure: unknown, attempt: number) => void;

/**
 * One Neo4j database as the project talks to it: reads routed to a reader, writes in managed
 * transactions that the driver runs again on a retryable failure, and every failure as one line
 * with a code (storeError).
 */
export class Neo4jConnection {
  readonly driver: Driver;

  constructor(readonly config: Neo4jConfig, options: DriverOptions = STORE_DRIVER) {
    this.driver = openDriver(config, options);
  }

  get database(): string | undefined {
    return this.config.database;
  }

  private async mapped<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw storeError(error, this.config);
    }
  }

  /** Fails at once (no retry) when the server is down or refuses the user. */
  async verify(): Promise<void> {
    await this.mapped(async () => {
      await this.driver.verifyAuthentication();
      await this.driver.executeQuery('RETURN 1', {}, { database: this.database });
    });
  }

  /** One of our own read statements, on a reader. */
  async read(statement: string, params: Record<string, unknown> = {}): Promise<EagerResult> {
    return this.mapped(() => this.driver.executeQuery(statement, params, { database: this.database, routing: neo4j.routing.READ }));
  }

  /** One statement as given, in a write transaction of its own (`wutong query --write`, schema commands). */
  async write(statement: string, params: Record<string, unknown> = {}): Promise<EagerResult> {
    return this.mapped(() => this.driver.executeQuery(statement, params, { database: this.database, routing: neo4j.routing.WRITE }));
  }

  /**
   * `work` in one write transaction. The driver runs the whole of it again while Neo4j reports a
   * retryable failure (a deadlock with another build, a leader switch) within the driver's retry
   * time; `onRetry` hears of each run after the first. `work` must only touch the transaction.
   */
  async transaction<T>(work: (tx: ManagedTransaction) => Promise<T>, onRetry?: RetryListener): Promise<T> {
    return this.mapped(async () => {
      const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
      let attempt = 0;
      let failure: unknown;
      try {
        return await session.executeWrite(async (tx) => {
          attempt += 1;
          if (attempt > 1) onRetry?.(failure, attempt);
          failure = undefined;
          try {
            return await work(tx);
          } catch (error) {
            failure = error;
            throw error;
          }
        });
      } finally {
        await session.close();
      }
    });
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
