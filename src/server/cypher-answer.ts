import { collectGraphValues, computeLayout, computeMetrics, graphFromValues, runReadQuery, type Neo4jSource } from '../graph';
import { WutongError } from '../shared/errors';
import type { CypherAnswer, SerializedGraph } from './source';

export interface CypherLimits {
  timeoutMs: number;
  rowCap: number;
  /** Bytes of JSON one answer may take: half for its rows, the rest for the graph drawn from them. */
  answerBytes: number;
}

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/**
 * A user's read query answered as the JSON text the page receives (rows, and the graph of the nodes
 * and relationships in them, laid out), never larger than `answerBytes`.
 */
export async function cypherAnswerText(source: Neo4jSource, query: string, params: Record<string, unknown>, limits: CypherLimits): Promise<string> {
  const result = await runReadQuery(source, query, params, { timeoutMs: limits.timeoutMs, rowCap: limits.rowCap, byteCap: limits.answerBytes / 2 });
  const graph = graphFromValues(collectGraphValues(result.rows));
  computeMetrics(graph);
  computeLayout(graph, 50);
  const text = JSON.stringify({ ...result, graph: graph.export() as SerializedGraph } satisfies CypherAnswer);
  const bytes = Buffer.byteLength(text);
  if (bytes > limits.answerBytes) {
    throw new WutongError('server', 'SERVER_ANSWER_TOO_LARGE', `the answer takes ${megabytes(bytes)}, over the limit of ${megabytes(limits.answerBytes)}; return fewer or smaller values`);
  }
  return text;
}
