import neo4j, { type Integer } from 'neo4j-driver';
import { CO_MENTIONED, relationType } from '../lexicon';
import type { ResolvedArticle, ResolvedRelation } from '../resolve/types';
import { WutongError } from '../shared/errors';

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
  /** What the article adds to co-mention weights (comentionEntry); null when the build leaves co-mentions out. */
  comentions: string[] | null;
  /** A corpus file's row: its own id, URL and publication (null for an article file's article). */
  corpusId: string | null;
  url: string | null;
  publisher: string | null;
}

/** One entity of a batch, once however many of its articles link it: its node, made or updated. */
export interface EntityRow {
  id: string;
  /** The name it takes when the batch makes it (its first link's); refreshed from its links afterwards. */
  name: string;
  type: string;
  /** Its links' properties merged in batch order, a later link's value over an earlier one's. */
  props: Record<string, string | number>;
  /** Its type label is replaced by `type` (a type the identity map decides, or given back when that decision is undone). */
  retype: boolean;
}

/**
 * One link of an entity to an article. Its relationship is created, not merged: the article's links
 * were all taken out before it is written again (GraphStore.write), and a batch holds an article once.
 */
export interface LinkRow {
  articleId: string;
  entityId: string;
  link: 'MENTIONED_IN' | 'DERIVED_FROM' | 'AUTHORED';
  /** The relationship's properties: name and surfaces, and for a link other than AUTHORED count, starts and ends. */
  props: { name: string; surfaces: string[]; count?: Integer; starts?: Integer[]; ends?: Integer[] };
}

/** One evidence item of a typed link: one relationship, its properties the evidence and the facts of its sentence. */
export interface EvidenceRow {
  source: string;
  target: string;
  type: string;
  props: Record<string, string | number | boolean | Integer>;
}

/** What a batch adds to the co-mention weight of one pair: the sentences of its articles that name both. */
export interface ComentionRow {
  source: string;
  target: string;
  n: Integer;
}

export interface BatchRows {
  articles: ArticleRow[];
  entities: EntityRow[];
  links: LinkRow[];
  evidence: EvidenceRow[];
  comentions: ComentionRow[];
}

export interface RowOptions {
  /** False leaves co-mentions out: no CO_MENTIONED weights and no Article.comentions. */
  comentions: boolean;
}

/**
 * One entry of Article.comentions: `<sourceId>\t<targetId>\t<start>:<end>,<start>:<end>…`, the sentence
 * spans of the article that co-mention the pair; their number is the article's share of the weight.
 * cypher/store/retract-comentions.cypher reads it back.
 */
export function comentionEntry(source: string, target: string, spans: readonly (readonly [number, number])[]): string {
  return `${source}\t${target}\t${spans.map(([start, end]) => `${start}:${end}`).join(',')}`;
}

/**
 * Flattens resolved articles into the parameter rows of the write queries (one UNWIND each). An
 * article given twice is written as its last copy, as two batches in turn would leave it.
 */
export function toRows(resolved: readonly ResolvedArticle[], options: RowOptions): BatchRows {
  const rows: BatchRows = { articles: [], entities: [], links: [], evidence: [], comentions: [] };
  const weights = new Map<string, { source: string; target: string; sum: number }>();
  const entities = new Map<string, EntityRow>();
  const last = new Map(resolved.map((r, i) => [r.article.id, i]));
  for (const [i, { article, entities: found, relations, authors, extractedBy }] of resolved.entries()) {
    if (last.get(article.id) !== i) continue;
    const { id, title, source, index, lang, text } = article;
    const { typed, pairs } = splitRelations(id, relations);
    for (const [key, pair] of pairs) weights.set(key, { source: pair.source, target: pair.target, sum: (weights.get(key)?.sum ?? 0) + pair.spans.length });
    const comentions = options.comentions ? [...pairs.values()].map((p) => comentionEntry(p.source, p.target, p.spans)).sort() : null;
    rows.articles.push({ id, title, source, index: neo4j.int(index), lang, text, published: article.published ?? null, authors: article.authors, extractor: extractedBy ?? null, comentions,
      corpusId: article.corpus?.id ?? null, url: article.corpus?.url ?? null, publisher: article.corpus?.publisher ?? null });
    rows.evidence.push(...typed);
    const authorIds = new Set(authors);
    for (const entity of found) {
      const held = entities.get(entity.id);
      if (held === undefined) entities.set(entity.id, { id: entity.id, name: entity.name, type: entity.type, props: { ...entity.props }, retype: entity.retype === true });
      else {
        Object.assign(held.props, entity.props);
        if (entity.retype === true) Object.assign(held, { type: entity.type, retype: true });
      }
      const mentioned = entity.starts.length > 0;
      const named = { name: entity.name, surfaces: entity.surfaces };
      if (mentioned || !authorIds.has(entity.id)) {
        const counted = { ...named, count: neo4j.int(entity.starts.length), starts: entity.starts.map((n) => neo4j.int(n)), ends: entity.ends.map((n) => neo4j.int(n)) };
        rows.links.push({ articleId: id, entityId: entity.id, link: mentioned ? 'MENTIONED_IN' : 'DERIVED_FROM', props: counted });
      }
      if (authorIds.has(entity.id)) rows.links.push({ articleId: id, entityId: entity.id, link: 'AUTHORED', props: named });
    }
  }
  rows.entities = [...entities.values()];
  if (options.comentions) rows.comentions = [...weights.values()].map(({ source, target, sum }) => ({ source, target, n: neo4j.int(sum) }));
  return rows;
}

/**
 * One article's relations: typed ones as evidence rows (one per pair, type and sentence), co-mentions
 * as the sentence spans of each pair (lower id first, as a symmetric link is stored), in text order.
 */
interface ComentionPair {
  source: string;
  target: string;
  spans: [number, number][];
}

function splitRelations(articleId: string, relations: readonly ResolvedRelation[]): { typed: EvidenceRow[]; pairs: Map<string, ComentionPair> } {
  const typed: EvidenceRow[] = [];
  const seen = new Set<string>();
  const pairs = new Map<string, ComentionPair>();
  for (const relation of relations) {
    const { evidence } = relation;
    if (relation.type === CO_MENTIONED) {
      const [s, t] = relation.source < relation.target ? [relation.source, relation.target] : [relation.target, relation.source];
      const pair = pairs.get(`${s}\t${t}`) ?? { source: s, target: t, spans: [] };
      if (!pair.spans.some(([start, end]) => start === evidence.start && end === evidence.end)) pair.spans.push([evidence.start, evidence.end]);
      pairs.set(`${s}\t${t}`, pair);
      continue;
    }
    if (relationType(relation.type) === undefined) {
      throw new WutongError('store', 'STORE_RELATION_TYPE', `${relation.type} is not a relation type of src/lexicon/relation-types.json, so it could not be retracted; not written`);
    }
    const key = `${relation.type}\u0000${relation.source}\u0000${relation.target}\u0000${evidence.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    typed.push({
      source: relation.source,
      target: relation.target,
      type: relation.type,
      // The evidence after the facts: a fact can never pass for where the link comes from.
      props: {
        ...relation.props,
        article: articleId,
        sentence: evidence.sentence,
        start: neo4j.int(evidence.start),
        end: neo4j.int(evidence.end),
        extractor: evidence.extractor,
        confidence: evidence.confidence,
        ...(evidence.rule === undefined ? {} : { rule: evidence.rule }),
      },
    });
  }
  for (const pair of pairs.values()) pair.spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { typed, pairs };
}
