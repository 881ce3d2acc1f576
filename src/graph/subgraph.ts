import { MultiDirectedGraph } from 'graphology';
import { isPlainNode, isPlainPath, isPlainRelationship, type PlainNode, type PlainRelationship } from './values';
import { edgeKey, type EdgeAttrs, type NodeAttrs, type WutongGraph } from './types';

/** The key a Neo4j node gets on the canvas: its `id` property when it has one, so results merge with the loaded graph. */
export function nodeKey(node: PlainNode): string {
  const id = node.properties.id;
  return typeof id === 'string' && id !== '' ? id : node.elementId;
}

function nodeAttrs(node: PlainNode): NodeAttrs {
  const p = node.properties;
  const type = typeof p.type === 'string' ? p.type : node.labels.find((l) => l !== 'Entity') ?? node.labels[0] ?? 'Node';
  const label = p.name ?? p.title ?? p.id ?? node.elementId;
  const published = typeof p.published === 'string' ? [p.published.slice(0, 10)] : [];
  return {
    label: String(label), type, aliases: Array.isArray(p.aliases) ? p.aliases.map(String) : [],
    articleCount: typeof p.articleCount === 'number' ? p.articleCount : 0, dates: published,
    degree: 0, pagerank: 0, community: 0, x: 0, y: 0,
  };
}

/** Collects every node, relationship and path found anywhere in the rows (lists and maps included). */
export function collectGraphValues(rows: unknown[]): { nodes: PlainNode[]; relationships: PlainRelationship[] } {
  const nodes: PlainNode[] = [];
  const relationships: PlainRelationship[] = [];
  const visit = (value: unknown): void => {
    if (isPlainNode(value)) nodes.push(value);
    else if (isPlainRelationship(value)) relationships.push(value);
    else if (isPlainPath(value)) { nodes.push(...value.nodes); relationships.push(...value.relationships); }
    else if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(visit);
  };
  rows.forEach(visit);
  return { nodes, relationships };
}

/**
 * A graph of the nodes and relationships in a query result; a relationship whose ends are absent is
 * left out. Relationships of one (source, target, type) are one edge, as on the loaded graph: each
 * adds its `weight` (a co-mention's) or 1 (one evidence item of a typed link), once however often
 * the rows repeat it.
 */
export function graphFromValues(values: { nodes: PlainNode[]; relationships: PlainRelationship[] }): WutongGraph {
  const graph: WutongGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  const keyByElementId = new Map<string, string>();
  for (const node of values.nodes) {
    const key = nodeKey(node);
    keyByElementId.set(node.elementId, key);
    if (!graph.hasNode(key)) graph.addNode(key, nodeAttrs(node));
  }
  const counted = new Set<string>();
  for (const rel of values.relationships) {
    const source = keyByElementId.get(rel.startNodeElementId);
    const target = keyByElementId.get(rel.endNodeElementId);
    if (source === undefined || target === undefined || counted.has(rel.elementId)) continue;
    counted.add(rel.elementId);
    const weight = typeof rel.properties.weight === 'number' ? rel.properties.weight : 1;
    const key = edgeKey(source, rel.type, target);
    if (graph.hasEdge(key)) graph.updateEdgeAttribute(key, 'weight', (w) => (w ?? 0) + weight);
    else graph.addEdgeWithKey(key, source, target, { type: rel.type, weight });
  }
  return graph;
}
