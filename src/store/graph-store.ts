import { sep } from 'node:path';
import type { ManagedTransaction } from 'neo4j-driver';
import { CO_MENTIONED, TYPED_RELATIONS } from '../lexicon';
import type { ResolvedArticle } from '../resolve/types';
import { WutongError } from '../shared/errors';
import type { Neo4jConfig } from './config';
import { Neo4jConnection, type RetryListener } from './connection';
import { cypherStatement, cypherStatements } from './cypher-files';
import { extendNames, type NameProps, type StoredNames } from './entity-names';
import { toRows, type LinkRow } from './rows';

export interface GraphCounts {
  articles: number;
  entities: number;
  relationships: number;
  mentions: number;
}

/** What one transaction changes: stale articles out, new articles in. */
export interface WriteBatch {
  remove: string[];
  add: ResolvedArticle[];
}

export interface WriteOptions {
  /** False leaves co-mentions out: no CO_MENTIONED weights, no Article.comentions (default true). */
  comentions?: boolean;
  /** Hears of each time the batch's transaction is run again after a retryable failure. */
  onRetry?: RetryListener;
}

export interface StoredArticleRef {
  id: string;
  source: string;
  /** name@version of the extractor that built it (findArticles only; null for articles built before versions were kept). */
  extractor?: string | null;
  /** Whether it was built with co-mentions (findArticles only). */
  comentions?: boolean;
}

/** What Neo4j answers when another session created the same rule in between. */
const SCHEMA_ALREADY_THERE = new Set([
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
]);

/** The placeholder of the relationship type in the store's statements. */
const TYPE = '$($type)';

/**
 * The only writer of the graph (storage version 2, see README "The graph"). Each batch is one
 * transaction, so a build killed at any point leaves whole batches or nothing, and running it again
 * converges on the same graph. An article's contributions are its links to entities, its typed
 * evidence (one relationship per item) and its share of co-mention weights; writing an article
 * first retracts whatever of it is stored, so the same article written twice is written once.
 */
export class GraphStore {
  readonly connection: Neo4jConnection;

  constructor(readonly config: Neo4jConfig) {
    this.connection = new Neo4jConnection(config);
  }

  async verify(): Promise<void> {
    await this.connection.verify();
  }

  /**
   * Constraints and indexes first: every statement is IF NOT EXISTS, so this runs before every build.
   * Two builds starting at once on a fresh database both pass IF NOT EXISTS and one of them is then
   * told the rule already exists: that is the state it wanted. A graph written by the storage model
   * before this one is refused, since its evidence could not be retracted.
   */
  async applySchema(): Promise<void> {
    const evidenceIndex = cypherStatement('store/evidence-index.cypher');
    const statements = [
      ...cypherStatements('schema.cypher').map((statement) => ({ statement, params: {} })),
      ...TYPED_RELATIONS.map((type) => ({ statement: withStaticType(evidenceIndex, TYPE, type), params: { name: `${type.toLowerCase()}_article` } })),
    ];
    for (const { statement, params } of statements) {
      try {
        await this.connection.write(statement, params);
      } catch (error) {
        if (!SCHEMA_ALREADY_THERE.has(((error as { cause?: { code?: string } }).cause)?.code ?? '')) throw error;
      }
    }
    await this.refuseOldModel();
  }

  private async refuseOldModel(): Promise<void> {
    for (const type of [...TYPED_RELATIONS, CO_MENTIONED]) {
      const { records } = await this.connection.read(withStaticType(cypherStatement('store/old-model.cypher'), TYPE, type));
      if (records[0]?.get('old') === true) {
        throw new WutongError('store', 'STORE_OLD_GRAPH', `the graph at ${this.config.uri} was written by an older wutong, which kept each link's evidence as lists; `
          + 'empty it (wutong query --write \'MATCH (n) DETACH DELETE n\') and build again');
      }
    }
  }

  /** Stored articles among `ids`, and every stored article whose source is among `sources`. */
  async findArticles(ids: string[], sources: string[]): Promise<StoredArticleRef[]> {
    const { records } = await this.connection.read(cypherStatement('store/existing-articles.cypher'), { ids, sources });
    return records.map((r) => ({ id: r.get('id') as string, source: r.get('source') as string, extractor: r.get('extractor') as string | null, comentions: r.get('comentions') as boolean }));
  }

  async write(batch: WriteBatch, options: WriteOptions = {}): Promise<void> {
    if (batch.remove.length === 0 && batch.add.length === 0) return;
    const rows = toRows(batch.add, { comentions: options.comentions ?? true });
    const added = rows.articles.map((a) => a.id);
    await this.connection.transaction(async (tx) => {
      const claimed = await tx.run(cypherStatement('store/claim-articles.cypher'), { ids: added });
      const stored = claimed.records.filter((r) => r.get('stored') === true).map((r) => r.get('id') as string);
      const leaving = [...new Set([...batch.remove, ...stored])];
      const gone = batch.remove.filter((id) => !added.includes(id));
      const lost = new Set(await retract(tx, leaving, gone));
      const articleNodes = await tx.run(cypherStatement('store/write-articles.cypher'), { articles: rows.articles });
      const nodes = rows.entities.length > 0 ? await tx.run(cypherStatement('store/write-entities.cypher'), { entities: rows.entities }) : undefined;
      // The rest finds its nodes by element id, as these two statements return them: no index seek per row.
      const byId = (records: readonly { get: (key: string) => unknown }[]) => new Map(records.map((r) => [r.get('id') as string, r.get('node') as string]));
      const article = byId(articleNodes.records);
      const node = byId(nodes?.records ?? []);
      const endpoints = [...rows.evidence, ...rows.comentions].flatMap((row) => [row.source, row.target]);
      await findNodes(tx, endpoints.filter((id) => !node.has(id)), node);
      if (rows.links.length > 0) {
        await tx.run(cypherStatement('store/write-links.cypher'), { links: rows.links.map((row) => ({ article: article.get(row.articleId), entity: node.get(row.entityId), link: row.link, props: row.props })) });
      }
      if (rows.evidence.length > 0) {
        await tx.run(cypherStatement('store/write-evidence.cypher'), { evidence: rows.evidence.map((row) => ({ ...row, source: node.get(row.source), target: node.get(row.target) })) });
      }
      if (rows.comentions.length > 0) {
        const comentions = rows.comentions.map((row) => ({ ...row, source: node.get(row.source), target: node.get(row.target) }));
        await tx.run(withStaticType(cypherStatement('store/write-comentions.cypher'), TYPE, CO_MENTIONED), { comentions });
      }
      // Entities that lost links are recomputed from all they have left; the others only grew.
      if (lost.size > 0) await tx.run(cypherStatement('store/refresh-entities.cypher'), { ids: [...lost] });
      const grown = extended(nodes?.records.map((r) => r.toObject() as StoredNames) ?? [], rows.links, lost);
      if (grown.length > 0) await tx.run(cypherStatement('store/extend-entities.cypher'), { entities: grown });
    }, options.onRetry);
  }

  /** Removes stored articles (ids as findArticles or articlesUnder give them) with everything only they contributed. */
  async removeArticles(ids: string[]): Promise<void> {
    await this.write({ remove: ids, add: [] });
  }

  /** Stored articles built from a file, or from any file under a folder. */
  async articlesUnder(absolutePath: string): Promise<StoredArticleRef[]> {
    const params = { path: absolutePath, prefix: absolutePath.endsWith(sep) ? absolutePath : absolutePath + sep };
    const { records } = await this.connection.read(cypherStatement('store/articles-under.cypher'), params);
    return records.map((r) => ({ id: r.get('id') as string, source: r.get('source') as string }));
  }

  async counts(): Promise<GraphCounts> {
    const { records } = await this.connection.read(cypherStatement('store/counts.cypher'));
    const record = records[0]!;
    const n = (key: string) => Number(record.get(key));
    return { articles: n('articles'), entities: n('entities'), relationships: n('relationships'), mentions: n('mentions') };
  }

  async close(): Promise<void> {
    await this.connection.close();
  }
}

/**
 * Takes out everything the given articles contributed: their share of co-mention weights (read from
 * the articles, so first), their typed evidence, their links to entities, and the articles in `gone`.
 * Returns the entities that lost links.
 */
async function retract(tx: ManagedTransaction, ids: string[], gone: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  await tx.run(withStaticType(cypherStatement('store/retract-comentions.cypher'), TYPE, CO_MENTIONED), { ids });
  for (const type of TYPED_RELATIONS) await tx.run(withStaticType(cypherStatement('store/retract-evidence.cypher'), TYPE, type), { ids });
  const { records } = await tx.run(cypherStatement('store/retract-links.cypher'), { ids, gone });
  return records.map((r) => r.get('id') as string);
}

/** Adds the element ids of stored entities among `ids` that the batch did not write (a relation's end it does not link). */
async function findNodes(tx: ManagedTransaction, ids: string[], node: Map<string, string>): Promise<void> {
  if (ids.length === 0) return;
  const { records } = await tx.run(cypherStatement('store/entity-nodes.cypher'), { ids: [...new Set(ids)] });
  records.forEach((r) => node.set(r.get('id') as string, r.get('node') as string));
}

/** Per entity not among `lost`, its name state extended by what the batch's new links add (entity-names.ts). */
function extended(stored: readonly StoredNames[], links: readonly LinkRow[], lost: ReadonlySet<string>): { id: string; props: NameProps }[] {
  const byEntity = new Map<string, { articles: Set<string>; names: string[]; surfaces: Set<string> }>();
  for (const link of links) {
    const held = byEntity.get(link.entityId) ?? { articles: new Set(), names: [], surfaces: new Set() };
    held.articles.add(link.articleId);
    held.names.push(link.props.name);
    link.props.surfaces.forEach((s) => held.surfaces.add(s));
    byEntity.set(link.entityId, held);
  }
  return stored.flatMap((node) => {
    const held = byEntity.get(node.id);
    if (held === undefined || lost.has(node.id)) return [];
    return [{ id: node.id, props: extendNames(node, { articles: held.articles.size, names: held.names, surfaces: [...held.surfaces] }) }];
  });
}

/**
 * The statement with the relationship type written in as a name wherever the placeholder stands.
 * Neo4j plans a MERGE of a parameter type by the statistics of the moment: on a database with no
 * relationships yet, that is a scan of every relationship for each row, and the plan is kept while
 * the build fills the graph, so one large article took time growing with the square of its rows.
 * A MERGE of a named type is planned as an expansion from its two nodes, whatever the statistics;
 * a delete by article of a named type is a seek in that type's index.
 */
export function withStaticType(statement: string, placeholder: string, type: string): string {
  if (!statement.includes(placeholder)) throw new WutongError('store', 'STORE_STATEMENT', `the write statement has no ${placeholder} to name`);
  return statement.replaceAll(placeholder, `\`${type.replaceAll('`', '``')}\``);
}
