import { pinyin } from 'pinyin-pro';
import { MultiDirectedGraph } from 'graphology';
import {
  buildSearchIndex, computeLayout, computeMetrics, intParams, loadGraphFromNeo4j,
  readRows, search, type EdgeAttrs, type Neo4jSource, type NodeAttrs, type Row, type SearchEntry, type SearchIndex, type WutongGraph,
} from '../graph';
import type { Neo4jConfig } from '../store';
import { openCypherRunner, type CypherRunnerOptions } from './cypher-runner';
import { openViewerDriver } from './driver';
import type { EntityDetail, Evidence, GraphSource, RelationDetail, SerializedGraph } from './source';

export interface Neo4jSourceOptions {
  /** Entities drawn at first (the most mentioned); the rest come in by search, expansion or Cypher. */
  nodeLimit: number;
  /** Time limit, rows and bytes of one Cypher answer (default 4 MB). */
  timeoutMs: number;
  rowCap: number;
  answerBytes?: number;
  label: string;
  /** The worker threads that run users' Cypher. */
  workers?: Partial<CypherRunnerOptions>;
}

const ANSWER_BYTES = 4_000_000;

interface RawEvidence {
  article: string; title: string | null; published: string | null; sentence: string | null;
  start: number | null; end: number | null; extractor: string | null; confidence: number | null; spans: [number, number][];
}

/** Mention spans that fall inside the sentence, made relative to it, sorted and without overlaps. */
export function sentenceMarks(start: number, end: number, spans: [number, number][]): [number, number][] {
  const inside = spans
    .filter(([s, e]) => s >= start && e <= end && e > s)
    .map(([s, e]): [number, number] => [s - start, e - start])
    .sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const marks: [number, number][] = [];
  for (const span of inside) {
    const last = marks[marks.length - 1];
    if (last && span[0] < last[1]) last[1] = Math.max(last[1], span[1]);
    else marks.push([span[0], span[1]]);
  }
  return marks;
}

function toEvidence(raw: RawEvidence): Evidence | null {
  if (raw.sentence === null) return null;
  const marks = raw.start === null || raw.end === null ? [] : sentenceMarks(raw.start, raw.end, raw.spans);
  return {
    article: raw.article, title: raw.title, published: raw.published, sentence: raw.sentence, marks,
    extractor: raw.extractor, confidence: raw.confidence,
  };
}

function toRelation(row: Row): RelationDetail {
  const { articles: _a, sentences: _s, starts: _st, ends: _e, extractors: _x, confidences: _c, facts: _f, ...props } = row.props as Record<string, unknown>;
  return {
    id: String(row.id), type: String(row.type), outgoing: Boolean(row.outgoing), weight: Number(row.weight),
    other: { id: String(row.otherId), name: String(row.otherName), type: String(row.otherType) }, props,
    evidence: (row.evidence as RawEvidence[]).map(toEvidence).filter((e): e is Evidence => e !== null),
  };
}

/** The viewer's graph from Neo4j: its own queries on the main thread, users' Cypher in worker threads. */
export function openNeo4jSource(config: Neo4jConfig, options: Neo4jSourceOptions): GraphSource {
  const source: Neo4jSource = { driver: openViewerDriver(config), database: config.database };
  const cypher = openCypherRunner(config, {
    timeoutMs: options.timeoutMs, rowCap: options.rowCap, answerBytes: options.answerBytes ?? ANSWER_BYTES,
  }, options.workers);
  let loaded: Promise<WutongGraph> | undefined;
  let index: Promise<SearchIndex> | undefined;
  const load = (reload: boolean): Promise<WutongGraph> => {
    if (reload || loaded === undefined) {
      index = undefined;
      loaded = loadGraphFromNeo4j(source, options.nodeLimit).then((graph) => {
        computeMetrics(graph);
        computeLayout(graph);
        return graph;
      });
      loaded.catch(() => { loaded = undefined; });
    }
    return loaded;
  };
  const searchIndex = (): Promise<SearchIndex> => {
    if (index === undefined) {
      index = readRows(source, 'search-index', {}).then((rows) => buildSearchIndex(rows as unknown as SearchEntry[]));
      index.catch(() => { index = undefined; });
    }
    return index;
  };
  return {
    async status() {
      const [row] = await readRows(source, 'counts', {});
      const entities = Number(row?.entities ?? 0);
      return { mode: 'neo4j', entities, articles: Number(row?.articles ?? 0), loaded: Math.min(entities, options.nodeLimit), label: options.label };
    },
    async graph(reload) {
      return (await load(reload)).export() as SerializedGraph;
    },
    async entity(id) {
      const [row] = await readRows(source, 'entity', intParams({ id, articleLimit: 50 }));
      if (row === undefined) return null;
      const relations = await readRows(source, 'relations', intParams({ id, relationLimit: 200, evidenceLimit: 5 }));
      return {
        id: String(row.id), name: String(row.name), type: String(row.type), aliases: row.aliases as string[],
        pinyin: pinyin(String(row.name), { toneType: 'none' }), articleCount: Number(row.articleCount),
        articles: (row.articles as EntityDetail['articles']).filter((a) => a !== null), relations: relations.map(toRelation),
      };
    },
    async neighbours(id) {
      const rows = await readRows(source, 'neighbours', intParams({ id, limit: 200 }));
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
        if (!graph.hasEdge(String(r.edgeId))) graph.addEdgeWithKey(String(r.edgeId), String(r.source), String(r.target), { type: String(r.edgeType), weight: Number(r.weight) });
      }
      return graph.export() as SerializedGraph;
    },
    async search(query, limit) {
      return search(await searchIndex(), query, limit);
    },
    cypher(query, params) {
      return cypher.run(query, params);
    },
    async close() {
      await cypher.close();
      await source.driver.close();
    },
  };
}
