import type { MergeSuggestion } from '../identity/types';
import type { SearchHit } from '../graph';
import type { PathAnswer, PathRequest } from './paths';
import type { AskAnswer } from '../ask';

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
  /** The pass or pattern row that made the link from this sentence (null where none is recorded, as for co-mentions). */
  rule: string | null;
  /** What this sentence states of the link: post, amount, currency, date… */
  facts: Record<string, string | number | boolean>;
}

/** One link of an entity: one per (other entity, type, direction), however many sentences state it. */
export interface RelationDetail {
  /** The key of the edge drawn for it (graph's edgeKey). */
  id: string;
  type: string;
  outgoing: boolean;
  /** Stored one way but read both ways (SIGNED_WITH, PARTNERS_WITH …), so the panel shows no arrow. */
  symmetric: boolean;
  other: { id: string; name: string; type: string };
  /** Sentences behind the link: a typed link's evidence items, a co-mention's weight. */
  weight: number;
  /** The first page, newest article first; the rest through GraphSource.evidence. */
  evidence: Evidence[];
}

/** Which link's evidence to page through: the entity's link to `other` of `type`, in that direction. */
export interface LinkRef {
  entity: string;
  other: string;
  type: string;
  outgoing: boolean;
}

export interface EntityDetail {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  pinyin: string;
  articleCount: number;
  /** The nodes merged into this one (wutong merge, accepted suggestions), with what joined them. */
  mergedFrom: { id: string; name: string; source: string; evidence: string[] }[];
  articles: { id: string; title: string | null; published: string | null; count: number | null }[];
  /** The strongest links within the panel's limits: typed links first, then co-mentions. */
  relations: RelationDetail[];
  /** How many links the entity has in all. */
  relationTotal: number;
  /** When it was mentioned and with whom: per month of publication, oldest first (dated articles only). */
  months: MentionMonth[];
}

export interface MentionMonth {
  /** YYYY-MM */
  month: string;
  articles: number;
  /** The entities its typed evidence from that month's articles links it to, the strongest first. */
  partners: { id: string; name: string; weight: number }[];
}

/** Inclusive dates (YYYY-MM-DD), '' for an open end; the graph drawn counts only articles published within. */
export interface TimeWindow {
  from: string;
  to: string;
}

/** The histogram of the corpus over time: articles and their typed evidence per month of publication. */
export interface Timeline {
  months: { month: string; articles: number; evidence: number }[];
  /** Articles with no date, which no window holds. */
  undated: number;
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
  /** The first screen, within a time window (every article when both ends are open). */
  graph(reload: boolean, window: TimeWindow): Promise<SerializedGraph>;
  timeline(): Promise<Timeline>;
  entity(id: string): Promise<EntityDetail | null>;
  /** A page of an entity's neighbours, typed links first and the strongest first, after the first `skip`. */
  neighbours(id: string, skip: number): Promise<SerializedGraph>;
  /** The next page of one link's evidence, after the first `skip` items. */
  evidence(link: LinkRef, skip: number): Promise<Evidence[]>;
  search(query: string, limit: number): Promise<SearchHit[]>;
  /** The shortest chains of links between two entities, with evidence on every hop. */
  path(request: PathRequest): Promise<PathAnswer>;
  /** A question in words as a Cypher query for the user to read, edit and run (it is not run here). */
  ask(question: string): Promise<AskAnswer>;
  /** A CypherAnswer as JSON text, serialised where the query ran, so the server only passes it on. */
  cypher(query: string, params: Record<string, unknown>): Promise<string>;
  close(): Promise<void>;
}

/** A merge suggestion as the viewer sends it back, accepted or rejected. */
export interface SuggestionDecision {
  into: string;
  from: string;
  intoName: string;
  fromName: string;
  type?: string;
}

/**
 * Writes the viewer's decisions on suggestions into the curation file. The file is written before
 * the promise resolves; the graph follows in the background (articles are extracted again), one
 * decision after another.
 */
export interface Curator {
  /** The finder's likely duplicates, most valuable first, less the pairs the curation file keeps apart or already joins. */
  suggestions(limit: number): Promise<MergeSuggestion[]>;
  accept(decision: SuggestionDecision): Promise<string>;
  reject(decision: SuggestionDecision): Promise<string>;
  /** Resolves when every decision so far has reached the graph. */
  idle(): Promise<void>;
}
