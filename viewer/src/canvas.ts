import Sigma from 'sigma';
import { drawDiscNodeLabel } from 'sigma/rendering';
import type { MultiDirectedGraph } from 'graphology';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { DIMMED, LABEL_FONT, nodeColor, nodeSize } from './appearance';
import { edgeVisible, nodeVisible } from './filters';
import { labelBox, placeLabels, type LabelBox, type LabelCandidate } from './labels';
import type { Camera, ViewState } from './state';

/** Above these sizes a software-rendered frame takes seconds, so moving draws nodes only and hover dims nothing. */
const LARGE_EDGES = 5000;
const LARGE_NODES = 20000;
const LABEL_SIZE = 13;

export type ViewGraph = MultiDirectedGraph<Record<string, any>, Record<string, any>>;

export interface CanvasEvents {
  click(node: string): void;
  doubleClick(node: string): void;
  clickStage(): void;
  cameraMoved(camera: Camera): void;
}

/**
 * The rendered view of the dataset graph: reducers apply colour, size, filters, focus and hover
 * without touching the data, so every change of view is one refresh.
 */
export class Canvas {
  readonly sigma: Sigma;
  private state: ViewState;
  private focus: ReadonlySet<string> | null = null;
  private hovered: string | null = null;
  private hoverNeighbours = new Set<string>();
  private max = { pagerank: 1, degree: 1 };
  private hidden = new Set<string>();
  /** The labels this frame may draw (labels.ts), and the boxes of those it drew, which tests read. */
  private placed: Set<string> | null = null;
  private drawn: LabelBox[] = [];
  private readonly textWidths = new Map<string, number>();
  private readonly measurer = document.createElement('canvas').getContext('2d');
  /**
   * Sigma 3 resizes its canvases on window resizes only; opening or closing the side panel narrows
   * the stage without one, and the stale canvases would then lie over the panel and take its clicks.
   */
  private readonly resized = new ResizeObserver(() => this.sigma.scheduleRefresh());

  constructor(readonly graph: ViewGraph, container: HTMLElement, state: ViewState, events: CanvasEvents) {
    this.state = state;
    this.measure();
    this.sigma = new Sigma(graph, container, {
      labelFont: LABEL_FONT,
      labelSize: LABEL_SIZE,
      labelWeight: '500',
      // Sigma offers many labels; placeLabels keeps those that do not collide.
      labelRenderedSizeThreshold: 4,
      labelDensity: 4,
      defaultDrawNodeLabel: (context, data, settings) => {
        // Placed at the frame's first label: by then sigma has processed a changed graph (at
        // 'beforeRender' its normalisation would still be the previous graph's).
        if (this.placed === null) this.placed = this.placeLabels();
        if (!data.forceLabel && !this.placed.has(data.key)) return;
        drawDiscNodeLabel(context, data, settings);
        if (data.label) this.drawn.push(labelBox({ node: data.key, x: data.x, y: data.y, size: data.size, width: context.measureText(data.label).width }, settings.labelSize));
      },
      defaultEdgeColor: '#c3c8cf',
      hideEdgesOnMove: graph.size > LARGE_EDGES,
      hideLabelsOnMove: graph.order > LARGE_NODES,
      zIndex: true,
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });
    this.sigma.on('beforeRender', () => { this.placed = null; this.drawn = []; });
    this.sigma.on('clickNode', ({ node }) => events.click(node));
    this.sigma.on('doubleClickNode', (payload) => { payload.preventSigmaDefault(); events.doubleClick(payload.node); });
    this.sigma.on('clickStage', () => events.clickStage());
    this.sigma.on('enterNode', ({ node }) => this.hover(node));
    this.sigma.on('leaveNode', () => this.hover(null));
    this.sigma.getCamera().on('updated', (c) => events.cameraMoved({ x: c.x, y: c.y, ratio: c.ratio }));
    this.resized.observe(container);
  }

  /** Maxima for sizing and the hidden set for filters are computed once per change, not per node per frame. */
  private measure(): void {
    let pagerank = 0;
    let degree = 0;
    this.hidden.clear();
    this.graph.forEachNode((key, a) => {
      pagerank = Math.max(pagerank, a.pagerank ?? 0);
      degree = Math.max(degree, this.graph.degree(key));
      const facts = { type: a.type, degree: this.graph.degree(key), dates: a.dates ?? [] };
      if (!nodeVisible(facts, this.state.filters, this.focus, key)) this.hidden.add(key);
    });
    this.max = { pagerank, degree };
  }

  private textWidth(label: string): number {
    let width = this.textWidths.get(label);
    if (width === undefined) {
      if (this.measurer) this.measurer.font = `500 ${LABEL_SIZE}px ${LABEL_FONT}`;
      width = this.measurer?.measureText(label).width ?? label.length * LABEL_SIZE;
      this.textWidths.set(label, width);
    }
    return width;
  }

  private placeLabels(): Set<string> {
    // Sigma draws its first frame inside its constructor, before this.sigma is set: no labels then.
    if ((this as { sigma?: Sigma }).sigma === undefined) return new Set();
    const candidates: LabelCandidate[] = [];
    this.graph.forEachNode((node) => {
      const data = this.sigma.getNodeDisplayData(node);
      if (!data || data.hidden || !data.label) return;
      // Display data holds framed coordinates once sigma has processed the graph; the node's own are unambiguous.
      const at = this.sigma.graphToViewport(this.graph.getNodeAttributes(node) as { x: number; y: number });
      candidates.push({ node, x: at.x, y: at.y, size: this.sigma.scaleSize(data.size), width: this.textWidth(data.label) });
    });
    const { width, height } = this.sigma.getDimensions();
    return placeLabels(candidates, LABEL_SIZE, { width, height });
  }

  /** The node labels drawn in the last frame, as boxes in viewport pixels. */
  labelBoxes(): LabelBox[] {
    return [...this.drawn];
  }

  /** Links drawn now: both ends shown and the type not filtered out. */
  visibleEdgeCount(): number {
    return this.graph.filterEdges((_edge, a, source, target) => !this.hidden.has(source) && !this.hidden.has(target) && edgeVisible(a.type, this.state.filters)).length;
  }

  update(state: ViewState, focus: ReadonlySet<string> | null = this.focus): void {
    this.state = state;
    this.focus = focus;
    this.measure();
    this.sigma.refresh();
  }

  isHidden(node: string): boolean {
    return this.hidden.has(node);
  }

  get focused(): ReadonlySet<string> | null {
    return this.focus;
  }

  private hover(node: string | null): void {
    const previous = this.hovered;
    this.hovered = node;
    this.hoverNeighbours = new Set(node === null ? [] : this.graph.neighbors(node));
    if (this.graph.order <= LARGE_NODES) {
      this.sigma.refresh({ skipIndexation: true });
      return;
    }
    const touched = [previous, node].filter((n): n is string => n !== null);
    const nodes = touched.flatMap((n) => [n, ...this.graph.neighbors(n)]);
    const edges = touched.flatMap((n) => this.graph.edges(n));
    this.sigma.refresh({ partialGraph: { nodes, edges }, skipIndexation: true });
  }

  /** On large graphs hover only lifts the neighbourhood; dimming everything else would redraw every item. */
  private get dims(): boolean {
    return this.hovered !== null && this.graph.order <= LARGE_NODES;
  }

  private reduceNode(key: string, data: Record<string, any>): Partial<NodeDisplayData> {
    const a = data;
    const out: Partial<NodeDisplayData> = {
      x: a.x, y: a.y, label: a.label, type: 'circle',
      color: nodeColor(this.state.colorBy, a.type, a.community ?? 0),
      size: nodeSize(this.state.sizeBy, a.pagerank ?? 0, this.graph.degree(key), this.max),
      hidden: this.hidden.has(key), zIndex: 1,
    };
    if (key === this.state.selected) Object.assign(out, { highlighted: true, forceLabel: true, zIndex: 3 });
    if (key === this.hovered || this.hoverNeighbours.has(key)) Object.assign(out, { forceLabel: true, zIndex: 2 });
    else if (this.dims) Object.assign(out, { color: DIMMED, label: '', zIndex: 0 });
    return out;
  }

  private reduceEdge(edge: string, data: Record<string, any>): Partial<EdgeDisplayData> {
    const [source, target] = this.graph.extremities(edge);
    const hidden = this.hidden.has(source) || this.hidden.has(target) || !edgeVisible(data.type, this.state.filters);
    const touchesHover = this.hovered !== null && (source === this.hovered || target === this.hovered);
    return {
      type: this.graph.size > LARGE_EDGES ? 'line' : 'arrow', label: data.type, hidden: hidden || (this.dims && !touchesHover),
      size: Math.min(6, 1 + Math.log2(data.weight ?? 1)), color: touchesHover ? '#6b7280' : '#c3c8cf', zIndex: touchesHover ? 1 : 0,
    };
  }

  setCamera(camera: Camera): void {
    this.sigma.getCamera().setState(camera);
  }

  centreOn(node: string): void {
    const display = this.sigma.getNodeDisplayData(node);
    if (display) this.sigma.getCamera().animate({ x: display.x, y: display.y, ratio: 0.35 }, { duration: 400 });
  }

  /** Where a node is drawn, in CSS pixels of the canvas (used by tests to click it). */
  screenPosition(node: string): { x: number; y: number } | null {
    if (!this.graph.hasNode(node)) return null;
    return this.sigma.graphToViewport(this.graph.getNodeAttributes(node) as { x: number; y: number });
  }

  kill(): void {
    this.resized.disconnect();
    this.sigma.kill();
  }
}
