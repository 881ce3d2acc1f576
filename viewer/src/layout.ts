import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { ViewGraph } from './canvas';

type Positions = Record<string, [number, number]>;

/** Positions are kept per graph (keyed by the server's label), so the same graph reopens the same way. */
function storageKey(label: string): string {
  return `wutong:positions:${label}`;
}

export function restorePositions(graph: ViewGraph, label: string): number {
  let saved: Positions;
  try {
    saved = JSON.parse(localStorage.getItem(storageKey(label)) ?? '{}') as Positions;
  } catch {
    return 0;
  }
  let restored = 0;
  for (const [key, [x, y]] of Object.entries(saved)) {
    if (graph.hasNode(key) && Number.isFinite(x) && Number.isFinite(y)) {
      graph.mergeNodeAttributes(key, { x, y });
      restored++;
    }
  }
  return restored;
}

export function savePositions(graph: ViewGraph, label: string): void {
  const positions: Positions = {};
  graph.forEachNode((key, a) => { positions[key] = [Math.round(a.x * 100) / 100, Math.round(a.y * 100) / 100]; });
  try {
    localStorage.setItem(storageKey(label), JSON.stringify(positions));
  } catch {
    // A full quota only loses the saved layout; the server's deterministic one is still there.
  }
}

/** ForceAtlas2 in a web worker; stopping it runs noverlap once so labels do not sit on each other. */
export class LayoutRunner {
  private layout: FA2Layout | null = null;

  constructor(private readonly graph: ViewGraph, private readonly label: string) {}

  get running(): boolean {
    return this.layout?.isRunning() ?? false;
  }

  start(): void {
    this.layout?.kill();
    const settings = { ...forceAtlas2.inferSettings(this.graph), barnesHutOptimize: this.graph.order > 500 };
    this.layout = new FA2Layout(this.graph, { settings, getEdgeWeight: 'weight' });
    this.layout.start();
  }

  stop(): void {
    this.layout?.stop();
    this.layout?.kill();
    this.layout = null;
    if (this.graph.order <= 5000) noverlap.assign(this.graph, { maxIterations: 50 });
    savePositions(this.graph, this.label);
  }
}
