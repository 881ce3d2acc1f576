import { readFileSync } from 'node:fs';
import neo4j, { type Driver } from 'neo4j-driver';
import { MultiDirectedGraph } from 'graphology';
import { WutongError } from '../shared/errors';
import { toPlain } from './values';
import type { EdgeAttrs, NodeAttrs, WutongGraph } from './types';

export interface Neo4jSource {
  driver: Driver;
  database: string | undefined;
}

const CYPHER_DIR = new URL('../../cypher/viewer/', import.meta.url);
const cache = new Map<string, string>();

/** The read queries live in cypher/viewer/*.cypher so they run unchanged in Neo4j Browser. */
export function viewerCypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(new URL(`${name}.cypher`, CYPHER_DIR), 'utf8');
    cache.set(name, text);
  }
  return text;
}

export type Row = Record<string, unknown>;

/** One of our own read queries, by file name, routed to a reader. */
export async function readRows(source: Neo4jSource, name: string, params: Record<string, unknown>): Promise<Row[]> {
  const result = await source.driver.executeQuery(viewerCypher(name), params, {
    routing: neo4j.routing.READ,
    database: source.database,
  });
  return result.records.map((record) => toPlain(record.toObject()) as Row);
}

/** Integers in parameters must reach Neo4j as integers, not floats (LIMIT refuses 100.0). */
export function intParams(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) out[key] = Number.isInteger(value) ? neo4j.int(value as number) : value;
  return out;
}

export async function loadGraphFromNeo4j(source: Neo4jSource, limit: number): Promise<WutongGraph> {
  const graph: WutongGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  const nodes = await readRows(source, 'nodes', intParams({ limit }));
  for (const row of nodes) {
    graph.addNode(String(row.id), {
      label: String(row.name ?? row.id), type: String(row.type ?? 'Entity'), aliases: (row.aliases as string[]) ?? [],
      articleCount: Number(row.articleCount ?? 0), dates: ((row.dates as (string | null)[]) ?? []).filter((d): d is string => !!d),
      degree: 0, pagerank: 0, community: 0, x: 0, y: 0,
    });
  }
  const edges = await readRows(source, 'edges', { ids: graph.nodes() });
  for (const row of edges) {
    graph.addEdgeWithKey(String(row.id), String(row.source), String(row.target), { type: String(row.type), weight: Number(row.weight ?? 1) });
  }
  return graph;
}

export interface ReadQueryResult {
  columns: string[];
  rows: Row[];
  truncated: boolean;
}

/**
 * A user's Cypher in a READ transaction with a time limit: Neo4j itself refuses writes, and we stop
 * reading after `rowCap` rows. Neo4j's own error (code and message) reaches the caller unchanged.
 */
export async function runReadQuery(
  source: Neo4jSource, query: string, params: Record<string, unknown>, limits: { timeoutMs: number; rowCap: number },
): Promise<ReadQueryResult> {
  const session = source.driver.session({ database: source.database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(async (tx) => {
      const rows: Row[] = [];
      let columns: string[] = [];
      let truncated = false;
      const result = tx.run(query, params);
      for await (const record of result) {
        if (columns.length === 0) columns = [...record.keys].map(String);
        if (rows.length >= limits.rowCap) { truncated = true; break; }
        rows.push(toPlain(record.toObject()) as Row);
      }
      if (columns.length === 0) columns = [...(await result.keys())].map(String);
      return { columns, rows, truncated };
    }, { timeout: limits.timeoutMs });
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'Neo.ClientError';
    throw new WutongError('graph', code, (error as Error).message, { cause: error, retriable: (error as { retriable?: boolean }).retriable ?? false });
  } finally {
    await session.close();
  }
}
