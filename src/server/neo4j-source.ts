import { MultiDirectedGraph } from 'graphology';
import {
  buildSearchIndex, edgeKey, intParams, readRows, search, type EdgeAttrs, type Neo4jSource, type NodeAttrs, type SearchEntry, type SearchIndex, type WutongGraph,
} from '../graph';
import { createQuestionAsker } from '../ask';
import type { LlmOptions } from '../extract/llm';
import type { Neo4jConfig } from '../store';
import { openCypherRunner, type CypherRunnerOptions } from './cypher-runner';
import { openViewerDriver } from './driver';
import { loadOverview, loadTimeline, OPEN_WINDOW, WindowCache } from './overview';
import { entityPanel, evidencePage, PANEL_LIMITS, type PanelLimits } from './panel';
import { entityPaths, PATH_LIMITS } from './paths';
import type { GraphSource, SerializedGraph, Timeline } from './source';

export interface Neo4jSourceOptions {
  /** Entities drawn at first (the most typed evidence, then the most mentioned); the rest come in by search, expansion or Cypher. */
  nodeLimit: number;
  /** Time limit, rows and bytes of one Cypher answer (default 4 MB). */
  timeoutMs: number;
  rowCap: number;
  answerBytes?: number;
  label: string;
  /** The worker threads that run users' Cypher. */
  workers?: Partial<CypherRunnerOptions>;
  /**
   * Compute the first screen, the timeline and the search index at once, so the first visitor does
   * not wait for them (seconds on a corpus of ten thousand articles); `wutong view` does.
   */
  warm?: boolean;
  /** How much an entity's panel holds at most (default PANEL_LIMITS). */
  panel?: Partial<PanelLimits>;
  /** The chat model that turns questions in words into Cypher (askModelFromEnv); without one, asking says how to configure it. */
  llm?: LlmOptions | null;
}

const ANSWER_BYTES = 4_000_000;
/** Neighbours brought in by one expansion: never thousands at once. */
const NEIGHBOUR_PAGE = 50;
/** First screens kept, one per time window. */
const WINDOWS_KEPT = 8;

/** The viewer's graph from Neo4j: its own queries on the main thread, users' Cypher in worker threads. */
export function openNeo4jSource(config: Neo4jConfig, options: Neo4jSourceOptions): GraphSource {
  const source: Neo4jSource = { driver: openViewerDriver(config), database: config.database };
  const panel: PanelLimits = { ...PANEL_LIMITS, ...options.panel };
  const cypher = openCypherRunner(config, {
    timeoutMs: options.timeoutMs, rowCap: options.rowCap, answerBytes: options.answerBytes ?? ANSWER_BYTES,
  }, options.workers);
  const asker = createQuestionAsker(options.llm ?? null);
  const overviews = new WindowCache<SerializedGraph>(WINDOWS_KEPT);
  let timeline: Promise<Timeline> | undefined;
  let index: Promise<SearchIndex> | undefined;
  const searchIndex = (): Promise<SearchIndex> => {
    if (index === undefined) {
      index = readRows(source, 'search-index', {}).then((rows) => buildSearchIndex(rows as unknown as SearchEntry[]));
      index.catch(() => { index = undefined; });
    }
    return index;
  };
  const graphSource: GraphSource = {
    async status() {
      const [row] = await readRows(source, 'counts', {});
      const entities = Number(row?.entities ?? 0);
      return { mode: 'neo4j', entities, articles: Number(row?.articles ?? 0), loaded: Math.min(entities, options.nodeLimit), label: options.label };
    },
    graph(reload, window) {
      if (reload) { overviews.clear(); timeline = undefined; index = undefined; }
      return overviews.get(window, async () => (await loadOverview(source, window, options.nodeLimit)).export() as SerializedGraph);
    },
    timeline() {
      if (timeline === undefined) {
        timeline = loadTimeline(source);
        timeline.catch(() => { timeline = undefined; });
      }
      return timeline;
    },
    entity(id) {
      return entityPanel(source, id, panel);
    },
    evidence(link, skip) {
      return evidencePage(source, link, skip, panel);
    },
    async neighbours(id, skip) {
      const rows = await readRows(source, 'neighbours', intParams({ id, skip, limit: NEIGHBOUR_PAGE }));
      const graph: WutongGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
      for (const r of rows) {
        graph.mergeNode(String(r.id), {
          label: String(r.name), type: String(r.type), aliases: r.aliases as string[], articleCount: Number(r.articleCount),
          dates: [], degree: 0, pagerank: 0, community: 0, x: 0, y: 0,
        });
      }
      for (const r of rows) {
        for (const end of [String(r.source), String(r.target)]) {
          if (!graph.hasNode(end)) graph.addNode(end, { label: end, type: 'Entity', aliases: [], articleCount: 0, dates: [], degree: 0, pagerank: 0, community: 0, x: 0, y: 0 });
        }
        const key = edgeKey(String(r.source), String(r.edgeType), String(r.target));
        if (!graph.hasEdge(key)) graph.addEdgeWithKey(key, String(r.source), String(r.target), { type: String(r.edgeType), weight: Number(r.weight) });
      }
      return graph.export() as SerializedGraph;
    },
    async search(query, limit) {
      return search(await searchIndex(), query, limit);
    },
    path(request) {
      return entityPaths(source, request, { ...PATH_LIMITS, timeoutMs: options.timeoutMs });
    },
    ask(question) {
      return asker.ask(question);
    },
    cypher(query, params) {
      return cypher.run(query, params);
    },
    async close() {
      await cypher.close();
      await source.driver.close();
    },
  };
  if (options.warm) {
    void graphSource.graph(false, OPEN_WINDOW).catch(() => undefined);
    void graphSource.timeline().catch(() => undefined);
    void graphSource.search('', 1).catch(() => undefined);
  }
  return graphSource;
}
