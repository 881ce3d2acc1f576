import { MultiDirectedGraph } from 'graphology';
import { api, ApiError, type SerializedGraph, type TimeWindow, type Timeline } from './api';
import { Canvas, type ViewGraph } from './canvas';
import { renderFilters, renderLegend } from './controls';
import { setupAskBox } from './ask-box';
import { setupSuggestBox } from './suggest-box';
import { setupCypherBox } from './cypher-box';
import { byId, el } from './dom';
import { pathGraph, renderPaths, setupPathBox } from './path-box';
import { exportGraph, exportPng } from './export';
import { edgeVisible, WEAK_TYPES } from './filters';
import { applyMessages, translate, type MessageKey } from './i18n';
import { LayoutRunner, restorePositions } from './layout';
import { renderEntity } from './panel';
import { setupSearch } from './search-box';
import { decodeState, encodeState, resolveCoMentions, type ViewState } from './state';
import { setupFilterInputs, showBanner, showCounts, syncFilterInputs } from './chrome';
import { renderTimeline } from './timeline';

let state: ViewState = decodeState(location.search);
const t = (key: MessageKey, vars?: Record<string, string | number>): string => translate(state.lang, key, vars);
const graph: ViewGraph = new MultiDirectedGraph();
let canvas: Canvas | null = null;
let total = 0;
let timeline: Timeline | null = null;
/** Pages of neighbours each node has brought in, so the next expansion asks for the next page. */
const expandedPages = new Map<string, number>();
const hooks: Record<string, unknown> = { ready: false };
(window as unknown as { __wutong: unknown }).__wutong = hooks;

function writeUrl(): void {
  history.replaceState(null, '', encodeState(state) || location.pathname);
}

/** The state as drawn: co-mentions left to the graph are hidden when it has typed links. */
function applied(view: ViewState): ViewState {
  return { ...view, filters: resolveCoMentions(view.filters, graph.someEdge((_e, a) => !WEAK_TYPES.has(String(a.type)))) };
}

const windowOf = (view: ViewState): TimeWindow => ({ from: view.filters.from, to: view.filters.to });

function setState(next: ViewState): void {
  const languageChanged = next.lang !== state.lang;
  state = next;
  writeUrl();
  if (languageChanged) applyMessages(document, state.lang);
  const shown = applied(state);
  canvas?.update(shown);
  renderLegend(graph, state, t);
  renderFilters(graph, state, t, setState);
  showCounts(graph, canvas, total, t);
  syncFilterInputs(shown.filters);
  renderCoMentionToggle(shown);
  if (timeline) renderTimeline(byId('timeline'), timeline, windowOf(state), t, { change: (window) => void showWindow(window) });
  if (languageChanged && state.selected) void openPanel(state.selected);
}

/** One click shows or hides the weak layer; the button says how many co-mentions it would bring. */
function renderCoMentionToggle(shown: ViewState): void {
  const button = byId<HTMLButtonElement>('comentions-toggle');
  const count = graph.filterEdges((_e, a) => WEAK_TYPES.has(String(a.type))).length;
  button.hidden = count === 0;
  button.textContent = shown.filters.hideCoMentions ? t('coMentionsShow', { count }) : t('coMentionsHide');
  button.onclick = () => setState({ ...state, filters: { ...state.filters, hideCoMentions: !shown.filters.hideCoMentions } });
}

/** A time window is read from the database again: the graph of a month is that month's, not today's graph filtered. */
async function showWindow(window: TimeWindow): Promise<void> {
  const answer = await api.graph(window).catch((error: unknown) => { showBanner((error as Error).message, true); return null; });
  if (answer === null) return;
  graph.clear();
  expandedPages.clear();
  graph.import(answer);
  // Another window is another graph with its own layout: the whole of it is shown, not the old camera's corner.
  canvas?.sigma.getCamera().animatedReset({ duration: 0 });
  hooks.window = window;
  setState({ ...state, filters: { ...state.filters, from: window.from, to: window.to } });
}

/** Nodes from an answer join the dataset; new ones are placed around `around` when given. */
function merge(answer: SerializedGraph, around?: string): string[] {
  const keys = answer.nodes.map((n) => n.key);
  const fresh = answer.nodes.filter((n) => !graph.hasNode(n.key));
  const centre = around && graph.hasNode(around) ? graph.getNodeAttributes(around) : null;
  fresh.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, fresh.length);
    const position = centre ? { x: centre.x + 8 * Math.cos(angle), y: centre.y + 8 * Math.sin(angle) } : {};
    graph.addNode(n.key, { ...n.attributes, ...position });
  });
  for (const e of answer.edges) {
    if (e.key !== undefined && !graph.hasEdge(e.key) && graph.hasNode(e.source) && graph.hasNode(e.target)) graph.addEdgeWithKey(e.key, e.source, e.target, e.attributes ?? {});
  }
  return keys;
}

async function openPanel(id: string): Promise<void> {
  const asked = performance.now();
  const panel = byId('panel');
  const body = byId('panel-body');
  panel.hidden = false;
  body.textContent = t('loading');
  try {
    const detail = await api.entity(id);
    if (state.selected !== id) return;
    renderEntity(body, detail, t, {
      select: (other) => void select(other, true),
      expand: (node) => void expand(node),
      moreEvidence: (relation, skip) => api.evidence({ entity: id, other: relation.other.id, type: relation.type, outgoing: relation.outgoing }, skip),
    });
    const linkTo = el('button', { text: t('pathFromHere'), attrs: { type: 'button', 'data-action': 'path-from' } });
    linkTo.addEventListener('click', () => paths.startFrom({ id, name: detail.name }));
    body.querySelector('[data-action="expand"]')?.after(linkTo);
    hooks.panelMs = performance.now() - asked;
  } catch (error) {
    body.textContent = (error as Error).message;
  }
}

async function select(id: string, centre: boolean, seed?: { name: string; type: string; aliases: string[]; articleCount: number }): Promise<void> {
  // The panel is asked for first and its neighbours after it: on a hub they take longer than its counts.
  const added = !graph.hasNode(id) && seed !== undefined;
  if (added) graph.addNode(id, { label: seed.name, type: seed.type, aliases: seed.aliases, articleCount: seed.articleCount, dates: [], pagerank: 0, community: 0, x: 0, y: 0 });
  // The canvas is redrawn and the camera moves once the panel is drawn: in software WebGL each frame
  // is a full redraw of a few hundred milliseconds, which would hold the answer up.
  state = { ...state, selected: id };
  await openPanel(id);
  setState(state);
  if (centre && canvas) canvas.centreOn(id);
  if (added) await expand(id);
}

async function expand(id: string): Promise<void> {
  try {
    const page = expandedPages.get(id) ?? 0;
    const answer = await api.neighbours(id, page * NEIGHBOUR_PAGE);
    expandedPages.set(id, page + 1);
    if (answer.nodes.length === 0) showBanner(t('noMoreNeighbours'), false);
    merge(answer, id);
    setState(state);
  } catch (error) {
    showBanner((error as Error).message, true);
  }
}

async function load(): Promise<void> {
  applyMessages(document, state.lang);
  showBanner(t('loading'), false);
  let status;
  try {
    status = await api.status();
  } catch (error) {
    const e = error as ApiError;
    showBanner(e.code === 'NEO4J_UNAVAILABLE' ? t('neo4jDown', { message: e.message }) : e.message, true);
    return;
  }
  total = status.entities;
  if (status.entities === 0) { showBanner(t('emptyDatabase'), true); return; }
  graph.import(await api.graph(windowOf(state)));
  restorePositions(graph, status.label);
  showBanner('', false);
  if (status.loaded < status.entities) showBanner(t('partial', { total: status.entities, loaded: status.loaded }), false);

  const container = byId('graph');
  canvas = new Canvas(graph, container, state, {
    click: (node) => void select(node, false),
    doubleClick: (node) => void expand(node),
    clickStage: () => { byId('panel').hidden = true; setState({ ...state, selected: '' }); },
    cameraMoved: (camera) => { state = { ...state, camera }; scheduleUrl(); },
  });
  canvas.sigma.once('afterRender', () => { hooks.firstFrameMs = performance.now(); });
  if (state.camera) canvas.setCamera(state.camera);
  Object.assign(hooks, { graph, sigma: canvas.sigma, screenPosition: (id: string) => canvas?.screenPosition(id), labelBoxes: () => canvas?.labelBoxes() ?? [] });
  wireControls(status.label);
  setState(state);
  if (state.selected && graph.hasNode(state.selected)) void openPanel(state.selected);
  // A link's query is shown, not run: a link from anywhere must not run a query the user has not read.
  if (state.query) cypher.show(state.query);
  hooks.ready = true;
  // The timeline comes after the first screen: it scans every evidence item once, and nothing waits on it.
  void api.timeline().then((answer) => { timeline = answer; setState(state); hooks.timelineReady = true; }).catch(() => undefined);
}

/** Neighbours per expansion, as the server pages them (src/server/neo4j-source.ts). */
const NEIGHBOUR_PAGE = 50;

let urlTimer: ReturnType<typeof setTimeout> | undefined;
function scheduleUrl(): void {
  clearTimeout(urlTimer);
  urlTimer = setTimeout(writeUrl, 200);
}

const cypher = setupCypherBox(t, {
  ran: (query, answer) => {
    const keys = merge(answer.graph);
    state = { ...state, query };
    canvas?.update(state, keys.length ? new Set(keys) : null);
    setState(state);
  },
  showAll: () => { state = { ...state, query: '' }; canvas?.update(state, null); setState(state); },
});

const paths = setupPathBox(t, {
  found: (answer) => {
    // The chains are drawn around an entity of theirs already on the canvas, shown alone and centred.
    const around = answer.paths[0]?.entities.find((e) => graph.hasNode(e.id))?.id;
    const keys = merge(pathGraph(answer), around);
    state = { ...state, selected: '' };
    canvas?.update(state, keys.length ? new Set(keys) : null);
    setState(state);
    if (around) canvas?.centreOn(around);
    byId('show-all').hidden = keys.length === 0;
    byId('panel').hidden = false;
    renderPaths(byId('panel-body'), answer, t, (id) => void select(id, true));
  },
});
setupAskBox(t, { answered: (query) => cypher.show(query, 'askNotRun') });
setupSuggestBox(t);

function wireControls(label: string): void {
  const layout = new LayoutRunner(graph, label);
  const layoutButton = byId<HTMLButtonElement>('layout');
  layoutButton.addEventListener('click', () => {
    if (layout.running) layout.stop(); else layout.start();
    layoutButton.dataset.i18n = layout.running ? 'layoutStop' : 'layoutStart';
    layoutButton.textContent = t(layoutButton.dataset.i18n as MessageKey);
  });
  const colorBy = byId<HTMLSelectElement>('color-by');
  const sizeBy = byId<HTMLSelectElement>('size-by');
  colorBy.value = state.colorBy;
  sizeBy.value = state.sizeBy;
  colorBy.addEventListener('change', () => setState({ ...state, colorBy: colorBy.value === 'community' ? 'community' : 'type' }));
  sizeBy.addEventListener('change', () => setState({ ...state, sizeBy: sizeBy.value === 'degree' ? 'degree' : 'pagerank' }));
  setupFilterInputs(() => state, setState, (from, to) => void showWindow({ from, to }));
  const visibleNode = (key: string): boolean => !canvas?.isHidden(key);
  const visibleEdge = (edge: string): boolean => edgeVisible(graph.getEdgeAttribute(edge, 'type'), state.filters);
  byId('export-png').addEventListener('click', () => { if (canvas) exportPng(canvas.sigma); });
  const exportFailed = (error: unknown) => showBanner((error as Error).message, true);
  byId('export-gexf').addEventListener('click', () => void exportGraph(graph, visibleNode, visibleEdge, 'gexf').catch(exportFailed));
  byId('export-graphml').addEventListener('click', () => void exportGraph(graph, visibleNode, visibleEdge, 'graphml').catch(exportFailed));
}

const searchInput = byId<HTMLInputElement>('search');
searchInput.value = state.search;
setupSearch(searchInput, byId<HTMLUListElement>('search-results'), t, {
  typed: (text) => { state = { ...state, search: text }; scheduleUrl(); },
  chosen: (hit) => void select(hit.id, true, hit),
});
byId('lang').addEventListener('click', () => setState({ ...state, lang: state.lang === 'zh' ? 'en' : 'zh' }));
byId('panel-close').addEventListener('click', () => { byId('panel').hidden = true; setState({ ...state, selected: '' }); });
void load().catch((error: unknown) => showBanner((error as Error).message, true));
