import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from './config';
import { WutongError } from '../shared/errors';

export function openDriver(config: Neo4jConfig): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
    disableLosslessIntegers: false,
    connectionTimeout: 10_000,
    maxTransactionRetryTime: 15_000,
  });
}

/** Turns the driver's errors into one clear line; callers decide on the code. */
export function storeError(error: unknown, config: Neo4jConfig): WutongError {
  if (error instanceof WutongError) return error;
  const code = (error as { code?: string }).code ?? '';
  const message = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
  if (code === 'Neo.ClientError.Security.Unauthorized' || code.startsWith('Neo.ClientError.Security.')) {
    return new WutongError('store', 'STORE_AUTH', `Neo4j at ${config.uri} refused user '${config.username}': check NEO4J_USERNAME and NEO4J_PASSWORD`, { cause: error });
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /connect|ECONNREFUSED/i.test(message)) {
    const hint = config.bundled ? ' (start the bundled one with `wutong db start`)' : '';
    return new WutongError('store', 'STORE_UNAVAILABLE', `cannot reach Neo4j at ${config.uri}${hint}`, { retriable: true, cause: error });
  }
  return new WutongError('store', 'STORE_QUERY', `Neo4j refused the query: ${message}${code ? ` (${code})` : ''}`, { cause: error });
}
