import { MultiDirectedGraph } from 'graphology';
import type { Attributes } from 'graphology-types';
import * as gexf from 'graphology-gexf';
import * as graphml from 'graphology-graphml';
import { writeGraphml } from './graphml';
import { WutongError } from '../shared/errors';
import { GRAPH_FORMATS, type EdgeAttrs, type GraphFormat, type NodeAttrs, type WutongGraph } from './types';

const LIST_SEPARATOR = '|';

export function formatFromPath(path: string): GraphFormat {
  const ext = path.toLowerCase().split('.').pop() ?? '';
  const format = ext === 'xml' ? 'graphml' : ext;
  if (!(GRAPH_FORMATS as readonly string[]).includes(format)) {
    throw new WutongError('graph', 'GRAPH_BAD_FORMAT', `cannot tell the format of ${path}; use .json, .gexf or .graphml`);
  }
  return format as GraphFormat;
}

/** GEXF and GraphML hold scalars only, so lists travel as `a|b|c`. */
function flatten(attrs: Attributes): Attributes {
  const out: Attributes = {};
  for (const [key, value] of Object.entries(attrs)) out[key] = Array.isArray(value) ? value.join(LIST_SEPARATOR) : value;
  return out;
}

export function writeGraph(graph: WutongGraph, format: GraphFormat): string {
  if (format === 'json') return JSON.stringify(graph.export());
  if (format === 'gexf') {
    return gexf.write(graph, {
      formatNode: (_key, attrs) => {
        const { label, x, y, ...rest } = attrs;
        return { label, viz: { x, y, size: 2 + 2 * Math.sqrt(attrs.degree) }, attributes: flatten(rest) };
      },
      formatEdge: (_key, attrs) => ({ weight: attrs.weight, attributes: flatten(attrs) }),
    });
  }
  return writeGraphml(graph, flatten);
}

function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string' && value !== '') return value.split(LIST_SEPARATOR);
  return [];
}

function num(value: unknown, fallback: number): number {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : fallback;
}

/** Files written by other tools lack our attributes; every node and edge gets them with defaults. */
export function normaliseGraph(source: { forEachNode: MultiDirectedGraph['forEachNode']; forEachEdge: MultiDirectedGraph['forEachEdge'] }): WutongGraph {
  const graph: WutongGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  source.forEachNode((key, a) => {
    graph.addNode(key, {
      label: String(a.label ?? a.name ?? key),
      type: String(a.type ?? 'Entity'),
      aliases: list(a.aliases),
      articleCount: num(a.articleCount, 0),
      dates: list(a.dates),
      degree: num(a.degree, 0),
      pagerank: num(a.pagerank, 0),
      community: num(a.community, 0),
      x: num(a.x, 0),
      y: num(a.y, 0),
    });
  });
  source.forEachEdge((key, a, s, t) => {
    graph.addEdgeWithKey(key, s, t, { type: String(a.type ?? a.label ?? 'RELATED'), weight: num(a.weight, 1) });
  });
  return graph;
}

export function readGraph(text: string, format: GraphFormat): WutongGraph {
  try {
    if (format === 'json') return normaliseGraph(MultiDirectedGraph.from(JSON.parse(text)));
    if (format === 'gexf') return normaliseGraph(gexf.parse(MultiDirectedGraph, text, { addMissingNodes: true }));
    return normaliseGraph(graphml.parse(MultiDirectedGraph, text, { addMissingNodes: true }));
  } catch (cause) {
    throw new WutongError('graph', 'GRAPH_BAD_FILE', `cannot read this ${format} file: ${(cause as Error).message}`, { cause });
  }
}
