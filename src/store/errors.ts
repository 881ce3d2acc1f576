import { WutongError } from '../shared/errors';
import type { Neo4jConfig } from './config';

/**
 * What went wrong talking to Neo4j, read from the driver's error code (Neo4j's status codes, or the
 * driver's own ServiceUnavailable and SessionExpired), never from its message:
 * - unavailable: no server answers, or the connection was lost (retryable);
 * - auth: the server refused the user;
 * - transient: the server asks to try again (a deadlock, a lock timeout, a leader switch);
 * - query: the request's own fault (syntax, a constraint, a division by zero);
 * - database: the server failed.
 */
export type Neo4jFailure = 'unavailable' | 'auth' | 'transient' | 'query' | 'database';

export function neo4jFailure(error: unknown): Neo4jFailure | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') return 'unavailable';
  if (code.startsWith('Neo.ClientError.Security.')) return 'auth';
  if (code.startsWith('Neo.TransientError.')) return 'transient';
  if (code.startsWith('Neo.ClientError.')) return 'query';
  if (code.startsWith('Neo.DatabaseError.')) return 'database';
  return undefined;
}

/** Whether the same call may succeed later, as the driver marks it. */
function isRetryable(error: unknown): boolean {
  const e = error as { retryable?: unknown; retriable?: unknown } | null;
  return e?.retryable === true || e?.retriable === true;
}

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim();

/** The driver's error as one line with a code (STORE_UNAVAILABLE, STORE_AUTH, STORE_BUSY, STORE_QUERY, STORE_DATABASE). */
export function storeError(error: unknown, config: Neo4jConfig): WutongError {
  if (error instanceof WutongError) return error;
  const retriable = isRetryable(error);
  const code = (error as { code?: string }).code;
  const said = `${firstLine(error)}${code ? ` (${code})` : ''}`;
  switch (neo4jFailure(error)) {
    case 'unavailable': {
      const hint = config.bundled ? ' (start the bundled one with `wutong db start`)' : '';
      return new WutongError('store', 'STORE_UNAVAILABLE', `cannot reach Neo4j at ${config.uri}${hint}`, { retriable, cause: error });
    }
    case 'auth':
      return new WutongError('store', 'STORE_AUTH', `Neo4j at ${config.uri} refused user '${config.username}': check NEO4J_USERNAME and NEO4J_PASSWORD`, { retriable, cause: error });
    case 'transient':
      return new WutongError('store', 'STORE_BUSY', `Neo4j asked to try again and kept failing: ${said}`, { retriable, cause: error });
    case 'database':
      return new WutongError('store', 'STORE_DATABASE', `Neo4j failed: ${said}`, { retriable, cause: error });
    default:
      return new WutongError('store', 'STORE_QUERY', `Neo4j refused the query: ${said}`, { retriable, cause: error });
  }
}
