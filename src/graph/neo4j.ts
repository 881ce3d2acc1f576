import neo4j, { type Driver } from 'neo4j-driver';
import { MultiDirectedGraph } from 'graphology';
import { isWutongError, WutongError } from '../shared/errors';
import { cypherText } from '../store';
import { assertReadOnly } from './read-only';
import { toPlain } from './values';
import { edgeKey, type EdgeAttrs, type NodeAttrs, type WutongGraph } from './types';

export interface Neo4jSource {
  driver: Driver;
  database: string | undefined;
}

/** The read queries live in cypher/viewer/*.cypher so they run unchanged in Neo4j Browser. */
export function viewerCypher(name: string): string {
  return cypherText(`viewer/${name}.cypher`);
}

export type Row = Record<string, unknown>;

/** One of our own read queries, by file name, routed to a reader; `timeoutMs` stops one whose cost depends on the graph's shape. */
export async function readRows(source: Neo4jSource, name: string, params: Record<string, unknown>, timeoutMs?: number): Promise<Row[]> {
  const result = await source.driver.executeQuery(viewerCypher(name), params, {
    routing: neo4j.routing.READ,
    database: source.database,
    ...(timeoutMs === undefined ? {} : { transactionConfig: { timeout: timeoutMs } }),
  });
  return result.records.map((record) => toPlain(record.toObject()) as Row);
}

/** Integers in parameters must reach Neo4j as integers, not floats (LIMIT refuses 100.0). */
export function intParams(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) out[key] = Number.isInteger(value) ? neo4j.int(value as number) : value;
  return out;
}

/** The most mentioned entities and the links among them, one edge per (source, target, type). */
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
    const [from, type, to] = [String(row.source), String(row.type), String(row.target)];
    graph.addEdgeWithKey(edgeKey(from, type, to), from, to, { type, weight: Number(row.weight) });
  }
  return graph;
}

export interface ReadQueryResult {
  columns: string[];
  rows: Row[];
  truncated: boolean;
}

export interface ReadQueryLimits {
  timeoutMs: number;
  rowCap: number;
  /** Bytes of JSON the rows may take; past it the answer stops (truncated), and a single row past it is an error. */
  byteCap?: number;
}

const builtInsByDriver = new WeakMap<Driver, Promise<ReadonlySet<string>>>();

/** Neo4j's own function names, asked once per driver; a server that cannot say gets none, so plugin functions stay refused. */
function builtInFunctions(source: Neo4jSource): Promise<ReadonlySet<string>> {
  let names = builtInsByDriver.get(source.driver);
  if (names === undefined) {
    names = readRows(source, 'built-in-functions', {}).then((rows) => new Set(rows.map((r) => String(r.name))));
    builtInsByDriver.set(source.driver, names);
    names.catch(() => builtInsByDriver.delete(source.driver));
  }
  return names.catch(() => new Set<string>());
}

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/**
 * A user's Cypher, the one path for every query a user types (viewer, wutong query, export --query):
 * refused unless its plan only reads the graph (src/graph/read-only.ts), then run in a READ transaction
 * with a time limit, stopping after `rowCap` rows or `byteCap` bytes. Neo4j's own error (code and
 * message) reaches the caller unchanged.
 */
export async function runReadQuery(
  source: Neo4jSource, query: string, params: Record<string, unknown>, limits: ReadQueryLimits,
): Promise<ReadQueryResult> {
  const builtIns = await builtInFunctions(source);
  const byteCap = limits.byteCap ?? Number.POSITIVE_INFINITY;
  const session = source.driver.session({ database: source.database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(async (tx) => {
      await assertReadOnly(tx, query, params, builtIns);
      const rows: Row[] = [];
      let columns: string[] = [];
      let truncated = false;
      let bytes = 0;
      const result = tx.run(query, params);
      for await (const record of result) {
        if (columns.length === 0) columns = [...record.keys].map(String);
        if (rows.length >= limits.rowCap) { truncated = true; break; }
        const row = toPlain(record.toObject()) as Row;
        if (byteCap !== Number.POSITIVE_INFINITY) {
          const size = Buffer.byteLength(JSON.stringify(row));
          if (rows.length === 0 && size > byteCap) {
            throw new WutongError('graph', 'GRAPH_ANSWER_TOO_LARGE', `one row of the answer takes ${megabytes(size)}, over the limit of ${megabytes(byteCap)}; return fewer or smaller values`);
          }
          bytes += size;
          if (bytes > byteCap) { truncated = true; break; }
        }
        rows.push(row);
      }
      if (columns.length === 0) columns = [...(await result.keys())].map(String);
      return { columns, rows, truncated };
    }, { timeout: limits.timeoutMs });
  } catch (error) {
    if (isWutongError(error)) throw error;
    const code = (error as { code?: string }).code ?? 'Neo.ClientError';
    throw new WutongError('graph', code, (error as Error).message, { cause: error, retriable: (error as { retriable?: boolean }).retriable ?? false });
  } finally {
    await session.close();
  }
}
