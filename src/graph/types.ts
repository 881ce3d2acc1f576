import type { MultiDirectedGraph } from 'graphology';

/** One entity as a node. Arrays stay arrays in memory; file writers flatten them. */
export interface NodeAttrs {
  label: string;
  type: string;
  aliases: string[];
  articleCount: number;
  /** Publication dates (YYYY-MM-DD) of the articles that mention the entity, for the date filter. */
  dates: string[];
  degree: number;
  pagerank: number;
  community: number;
  x: number;
  y: number;
}

/**
 * One link as an edge, one per (source, target, type); `type` is the Neo4j relationship type
 * (SIGNED_WITH, CO_MENTIONED …) and `weight` the sentences behind it: a typed link's evidence
 * relationships, a co-mention's stored weight.
 */
export interface EdgeAttrs {
  type: string;
  weight: number;
}

/** The key of the edge for a link, the same wherever the link is drawn from, so answers merge into one canvas. */
export function edgeKey(source: string, type: string, target: string): string {
  return `${source}-[${type}]->${target}`;
}

export type WutongGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

export type GraphFormat = 'gexf' | 'graphml' | 'json';
export const GRAPH_FORMATS: readonly GraphFormat[] = ['gexf', 'graphml', 'json'];
