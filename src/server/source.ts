import type { SearchHit } from '../graph';

/** What the viewer asks for; the same shape whether the graph comes from Neo4j or from a file. */
export interface Evidence {
  article: string;
  title: string | null;
  published: string | null;
  sentence: string;
  /** Mention spans relative to the sentence, end exclusive. */
  marks: [number, number][];
  extractor: string | null;
  confidence: number | null;
}

export interface RelationDetail {
  id: string;
  type: string;
  outgoing: boolean;
  other: { id: string; name: string; type: string };
  weight: number;
  props: Record<string, unknown>;
  evidence: Evidence[];
}

export interface EntityDetail {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  pinyin: string;
  articleCount: number;
  articles: { id: string; title: string | null; published: string | null; count: number | null }[];
  relations: RelationDetail[];
}

export interface Status {
  mode: 'neo4j' | 'file';
  entities: number;
  articles: number;
  /** Nodes shown at first; fewer than `entities` when the database is larger than the load limit. */
  loaded: number;
  label: string;
}

/** graphology's serialised form (graph.export()), which the viewer imports as is. */
export type SerializedGraph = ReturnType<import('../graph').WutongGraph['export']>;

export interface CypherAnswer {
  columns: string[];
  rows: Record<string, unknown>[];
  truncated: boolean;
  graph: SerializedGraph;
}

export interface GraphSource {
  status(): Promise<Status>;
  graph(reload: boolean): Promise<SerializedGraph>;
  entity(id: string): Promise<EntityDetail | null>;
  neighbours(id: string): Promise<SerializedGraph>;
  search(query: string, limit: number): Promise<SearchHit[]>;
  /** A CypherAnswer as JSON text, serialised where the query ran, so the server only passes it on. */
  cypher(query: string, params: Record<string, unknown>): Promise<string>;
  close(): Promise<void>;
}
