import { MultiDirectedGraph } from 'graphology';
import { computeLayout, computeMetrics, edgeKey, intParams, readRows, type EdgeAttrs, type Neo4jSource, type NodeAttrs, type WutongGraph } from '../graph';
import { TYPED_RELATIONS } from '../lexicon';
import { WutongError } from '../shared/errors';
import type { TimeWindow, Timeline } from './source';

/**
 * The first screen from Neo4j, whatever the graph's size: the entities with the most typed evidence
 * (then the most mentioned), the typed links among them and their co-mentions, all within a time
 * window computed in the database. The viewer hides co-mentions at first when typed links exist.
 */
export const OPEN_WINDOW: TimeWindow = { from: '', to: '' };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A window from query parameters; a malformed or reversed one is refused in one line. */
export function parseWindow(from: string | null, to: string | null): TimeWindow {
  const window = { from: from ?? '', to: to ?? '' };
  for (const [name, value] of Object.entries(window)) {
    if (value !== '' && (!DAY.test(value) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value)) {
      throw new WutongError('server', 'SERVER_BAD_REQUEST', `${name} must be a date as YYYY-MM-DD, not "${value}"`);
    }
  }
  if (window.from && window.to && window.from > window.to) {
    throw new WutongError('server', 'SERVER_BAD_REQUEST', `the window starts (${window.from}) after it ends (${window.to})`);
  }
  return window;
}

const windowParams = (window: TimeWindow) => ({ from: window.from, to: window.to, windowed: window.from !== '' || window.to !== '' });

export async function loadOverview(source: Neo4jSource, window: TimeWindow, limit: number): Promise<WutongGraph> {
  const graph: WutongGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  const params = { ...windowParams(window), types: TYPED_RELATIONS };
  for (const row of await readRows(source, 'overview-nodes', intParams({ ...params, limit }))) {
    graph.addNode(String(row.id), {
      label: String(row.name ?? row.id), type: String(row.type ?? 'Entity'), aliases: (row.aliases as string[]) ?? [],
      articleCount: Number(row.articleCount ?? 0), dates: [], degree: 0, pagerank: 0, community: 0, x: 0, y: 0,
    });
  }
  const ids = graph.nodes();
  const [typed, comentions] = await Promise.all([readRows(source, 'overview-edges', { ...params, ids }), readRows(source, 'overview-comentions', { ...params, ids })]);
  for (const row of [...typed, ...comentions]) {
    const [from, type, to] = [String(row.source), String(row.type), String(row.target)];
    const key = edgeKey(from, type, to);
    if (graph.hasNode(from) && graph.hasNode(to) && !graph.hasEdge(key)) graph.addEdgeWithKey(key, from, to, { type, weight: Number(row.weight) });
  }
  computeMetrics(graph);
  computeLayout(graph);
  return graph;
}

export async function loadTimeline(source: Neo4jSource): Promise<Timeline> {
  const [row] = await readRows(source, 'timeline', { types: TYPED_RELATIONS });
  const months = ((row?.months ?? []) as Timeline['months']).map((m) => ({ month: m.month, articles: Number(m.articles), evidence: Number(m.evidence) }));
  return { months: months.sort((a, b) => a.month.localeCompare(b.month)), undated: Number(row?.undated ?? 0) };
}

/** Answers kept per window, the newest used last out: a user moving the slider back finds them again. */
export class WindowCache<T> {
  private readonly entries = new Map<string, Promise<T>>();
  constructor(private readonly size: number) {}

  get(window: TimeWindow, load: () => Promise<T>): Promise<T> {
    const key = `${window.from}|${window.to}`;
    let entry = this.entries.get(key);
    if (entry === undefined) {
      entry = load();
      entry.catch(() => this.entries.delete(key));
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    for (const old of this.entries.keys()) if (this.entries.size > this.size) this.entries.delete(old);
    return entry;
  }

  clear(): void {
    this.entries.clear();
  }
}
