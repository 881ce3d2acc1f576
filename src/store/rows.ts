import neo4j, { type Integer } from 'neo4j-driver';
import type { ResolvedArticle } from '../resolve/types';
import { encodeFacts } from './facts';

export interface ArticleRow {
  id: string;
  title: string;
  source: string;
  index: Integer;
  published: string | null;
  lang: string;
  authors: string[];
  text: string;
  /** The extractor name and version that produced the article's contributions. */
  extractor: string | null;
}

export interface LinkRow {
  articleId: string;
  entityId: string;
  type: string;
  name: string;
  link: 'MENTIONED_IN' | 'DERIVED_FROM' | 'AUTHORED';
  count: Integer;
  surfaces: string[];
  starts: Integer[];
  ends: Integer[];
  props: Record<string, string | number>;
}

export interface RelationRow {
  source: string;
  target: string;
  type: string;
  /** The batch's articles whose earlier evidence on this edge this row replaces. */
  replaces: string[];
  /** Evidence, one item per supporting sentence, parallel lists. */
  articles: string[];
  sentences: string[];
  starts: Integer[];
  ends: Integer[];
  extractors: string[];
  confidences: number[];
  /** Each item's own scalar facts (post, amount…), encoded by encodeFacts. */
  facts: string[];
}

export interface BatchRows {
  articles: ArticleRow[];
  links: LinkRow[];
  relations: RelationRow[];
}

/** Flattens resolved articles into the parameter rows of the write queries (one UNWIND each). */
export function toRows(resolved: readonly ResolvedArticle[]): BatchRows {
  const rows: BatchRows = { articles: [], links: [], relations: [] };
  for (const { article, entities, authors, extractedBy } of resolved) {
    const { id, title, source, index, lang, text } = article;
    rows.articles.push({ id, title, source, index: neo4j.int(index), lang, text, published: article.published ?? null, authors: article.authors, extractor: extractedBy ?? null });
    const authorIds = new Set(authors);
    for (const entity of entities) {
      const mentioned = entity.starts.length > 0;
      const link = mentioned ? 'MENTIONED_IN' : authorIds.has(entity.id) ? 'AUTHORED' : 'DERIVED_FROM';
      rows.links.push({
        articleId: id,
        entityId: entity.id,
        type: entity.type,
        name: entity.name,
        link,
        count: neo4j.int(entity.starts.length),
        surfaces: entity.surfaces,
        starts: entity.starts.map((n) => neo4j.int(n)),
        ends: entity.ends.map((n) => neo4j.int(n)),
        props: entity.props ?? {},
      });
      if (mentioned && authorIds.has(entity.id)) rows.links.push({ ...rows.links[rows.links.length - 1]!, link: 'AUTHORED' });
    }
  }
  rows.relations = groupRelations(resolved);
  return rows;
}

/**
 * One row per (source, target, type) across the whole batch, holding every supporting sentence of
 * every article in it: two rows for one edge in the same UNWIND would each read the edge's lists
 * before the other wrote them, and one article's evidence would be lost.
 */
function groupRelations(resolved: readonly ResolvedArticle[]): RelationRow[] {
  const byKey = new Map<string, RelationRow>();
  const seen = new Set<string>();
  for (const { article, relations } of resolved) {
    for (const relation of relations) {
      const key = `${relation.source}\u0000${relation.target}\u0000${relation.type}`;
      let row = byKey.get(key);
      if (!row) {
        row = { source: relation.source, target: relation.target, type: relation.type, replaces: [], articles: [], sentences: [], starts: [], ends: [], extractors: [], confidences: [], facts: [] };
        byKey.set(key, row);
      }
      if (!row.replaces.includes(article.id)) row.replaces.push(article.id);
      const { evidence } = relation;
      const evidenceKey = `${key}\u0000${article.id}\u0000${evidence.start}\u0000${evidence.end}`;
      if (seen.has(evidenceKey)) continue;
      seen.add(evidenceKey);
      row.articles.push(article.id);
      row.sentences.push(evidence.sentence);
      row.starts.push(neo4j.int(evidence.start));
      row.ends.push(neo4j.int(evidence.end));
      row.extractors.push(evidence.extractor);
      row.confidences.push(evidence.confidence);
      row.facts.push(encodeFacts(relation.props));
    }
  }
  return [...byKey.values()];
}
