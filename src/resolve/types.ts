import type { Article } from '../ingest/types';
import type { EntityType, Extraction, RelationProps } from '../extract/types';

/** One real-world thing as one article sees it; the store merges these across articles by id. */
export interface ResolvedEntity {
  /** Stable across articles: the same thing resolves to the same id whatever article names it. */
  id: string;
  type: EntityType;
  /** The fullest name this article gives it (the store keeps the best across articles). */
  name: string;
  /** Every surface form this article uses for it (name included). */
  surfaces: string[];
  /** Mention offsets in the article text, parallel arrays. */
  starts: number[];
  ends: number[];
  /** Extra scalar facts, e.g. an administrative division code for a place. */
  props?: Record<string, string | number>;
  /**
   * The node takes this type even when it holds another: a type the identity map decides, or the
   * one its articles give back when that decision is undone. Otherwise a node keeps its first type.
   */
  retype?: boolean;
}

/** Why an edge exists: one supporting sentence of one article. */
export interface Evidence {
  articleId: string;
  sentence: string;
  /** Offsets of the sentence in the article text. */
  start: number;
  end: number;
  extractor: string;
  confidence: number;
  /** The pass, pattern row or resolution step that stated the link (provenance). */
  rule?: string;
}

export interface ResolvedRelation {
  /** Entity ids. */
  source: string;
  target: string;
  /** UPPER_SNAKE_CASE, e.g. SIGNED_WITH; CO_MENTIONED is the co-mention fallback. */
  type: string;
  evidence: Evidence;
  props?: RelationProps;
}

/** An article with its contributions to the graph, ready for the store. */
export interface ResolvedArticle {
  article: Article;
  entities: ResolvedEntity[];
  relations: ResolvedRelation[];
  /** Entity ids of the Person entities that wrote the article (bylines). */
  authors: string[];
  /** The extractor (name@version) whose output this is; stored on the article to tell stale builds. */
  extractedBy?: string;
}

export interface ResolveInput {
  article: Article;
  extraction: Extraction;
  /** Name of the extractor that produced the extraction, kept on every evidence. */
  extractor: string;
}
