import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import pagerank from 'graphology-metrics/centrality/pagerank';
import louvain from 'graphology-communities-louvain';
import { UndirectedGraph } from 'graphology';
import type { WutongGraph } from './types';
import { seededRandom } from '../shared/random';

/** FNV-1a, so that a node's starting point depends on its id only and a graph opens the same way twice. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function seedPosition(id: string): { x: number; y: number } {
  const h = hashString(id);
  const angle = ((h & 0xffff) / 0x10000) * 2 * Math.PI;
  const radius = 10 + ((h >>> 16) / 0x10000) * 90;
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

/** Louvain and PageRank want a simple graph: parallel relationships collapse into one weighted edge. */
function simpleProjection(graph: WutongGraph): UndirectedGraph {
  const simple = new UndirectedGraph();
  graph.forEachNode((node) => simple.addNode(node));
  graph.forEachEdge((_edge, attrs, source, target) => {
    if (source === target) return;
    simple.updateEdge(source, target, (old) => ({ weight: (old.weight ?? 0) + Math.max(1, attrs.weight || 1) }));
  });
  return simple;
}

/** Degree, PageRank and Louvain community on every node, all deterministic. */
export function computeMetrics(graph: WutongGraph): void {
  const simple = simpleProjection(graph);
  const ranks = simple.size > 0 ? pagerank(simple, { getEdgeWeight: 'weight' }) : {};
  const communities = simple.size > 0 ? louvain(simple, { getEdgeWeight: 'weight', rng: seededRandom(42) /* Louvain's communities otherwise change from run to run */ }) : {};
  graph.forEachNode((node) => {
    graph.mergeNodeAttributes(node, {
      degree: simple.degree(node),
      pagerank: ranks[node] ?? 1 / Math.max(1, graph.order),
      community: communities[node] ?? 0,
    });
  });
}

/** Positions from seeds, then ForceAtlas2 and noverlap; the iteration count shrinks as graphs grow. */
export function computeLayout(graph: WutongGraph, iterations = defaultIterations(graph.order)): void {
  graph.forEachNode((node) => graph.mergeNodeAttributes(node, seedPosition(node)));
  if (graph.order < 2 || iterations === 0) return;
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 };
  forceAtlas2.assign(graph, { iterations, settings, getEdgeWeight: 'weight' });
  if (graph.order <= 5000) noverlap.assign(graph, { maxIterations: 50 });
}

function defaultIterations(order: number): number {
  if (order > 20000) return 20;
  if (order > 5000) return 50;
  return 200;
}
