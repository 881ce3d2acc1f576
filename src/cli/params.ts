import neo4j from 'neo4j-driver';
import { UsageError } from './args';

/**
 * `--param k=v` values: JSON where the value parses as JSON (numbers, booleans, lists, null),
 * the raw text otherwise; whole numbers become Neo4j integers so LIMIT and ids work.
 */
export function parseParams(pairs: readonly string[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--param wants key=value, got ${pair}`);
    params[pair.slice(0, eq)] = toNeo4j(parseValue(pair.slice(eq + 1)));
  }
  return params;
}

function parseValue(text: string): unknown {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'string' ? text : value;
  } catch {
    return text;
  }
}

function toNeo4j(value: unknown): unknown {
  if (Number.isInteger(value)) return neo4j.int(value as number);
  if (Array.isArray(value)) return value.map(toNeo4j);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNeo4j(v)]));
  return value;
}
