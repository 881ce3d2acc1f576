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

/** One relationship as an edge; `type` is the Neo4j relationship type (SIGNED_WITH, CO_MENTIONED …). */
export interface EdgeAttrs {
  type: string;
  weight: number;
}

export type WutongGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

export type GraphFormat = 'gexf' | 'graphml' | 'json';
export const GRAPH_FORMATS: readonly GraphFormat[] = ['gexf', 'graphml', 'json'];
