import type { ResolvedArticle } from '../resolve/types';

export interface ArticleRow {
  id: string;
  title: string;
  source: string;
  index: number;
  published: string | null;
  lang: string;
  authors: string[];
  text: string;
}

export interface LinkRow {
  articleId: string;
  entityId: string;
  type: string;
  name: string;
  link: 'MENTIONED_IN' | 'DERIVED_FROM' | 'AUTHORED';
  count: number;
  surfaces: string[];
  starts: number[];
  ends: number[];
  props: Record<string, string | number>;
}

export interface RelationRow {
  source: string;
  target: string;
  type: string;
  articleId: string;
  sentences: string[];
  starts: number[];
  ends: number[];
  extractors: string[];
  confidences: number[];
  props: Record<string, string | number | boolean>;
}

export interface BatchRows {
  articles: ArticleRow[];
  links: LinkRow[];
  relations: RelationRow[];
}

/** Flattens resolved articles into the parameter rows of the write queries (one UNWIND each). */
export function toRows(resolved: readonly ResolvedArticle[]): BatchRows {
  const rows: BatchRows = { articles: [], links: [], relations: [] };
  for (const { article, entities, relations, authors } of resolved) {
    const { id, title, source, index, lang, text } = article;
    rows.articles.push({ id, title, source, index, lang, text, published: article.published ?? null, authors: article.authors });
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
        count: entity.starts.length,
        surfaces: entity.surfaces,
        starts: entity.starts,
        ends: entity.ends,
        props: entity.props ?? {},
      });
      if (mentioned && authorIds.has(entity.id)) rows.links.push({ ...rows.links[rows.links.length - 1]!, link: 'AUTHORED' });
    }
    rows.relations.push(...groupRelations(id, relations));
  }
  return rows;
}

/** One row per (source, target, type) of an article, holding all its supporting sentences. */
function groupRelations(articleId: string, relations: ResolvedArticle['relations']): RelationRow[] {
  const byKey = new Map<string, RelationRow>();
  for (const relation of relations) {
    const key = `${relation.source}\u0000${relation.target}\u0000${relation.type}`;
    let row = byKey.get(key);
    if (!row) {
      row = { source: relation.source, target: relation.target, type: relation.type, articleId, sentences: [], starts: [], ends: [], extractors: [], confidences: [], props: {} };
      byKey.set(key, row);
    }
    const { evidence } = relation;
    if (row.starts.some((start, i) => start === evidence.start && row!.ends[i] === evidence.end)) continue;
    row.sentences.push(evidence.sentence);
    row.starts.push(evidence.start);
    row.ends.push(evidence.end);
    row.extractors.push(evidence.extractor);
    row.confidences.push(evidence.confidence);
    Object.assign(row.props, relation.props ?? {});
  }
  return [...byKey.values()];
}
