import { sep } from 'node:path';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Neo4jConfig } from './config';
import { openDriver, storeError } from './driver';
import { cypherStatement, cypherStatements } from './cypher-files';
import { toRows } from './rows';
import { EVIDENCE_KEYS, factUpdate, type EdgeFactsRow } from './facts';
import type { ResolvedArticle } from '../resolve/types';
import { WutongError } from '../shared/errors';

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

export interface StoredArticleRef {
  id: string;
  source: string;
  /** name@version of the extractor that built it (findArticles only; null for articles built before versions were kept). */
  extractor?: string | null;
}

/** What Neo4j answers when another session created the same rule in between. */
const SCHEMA_ALREADY_THERE = new Set([
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
]);

/**
 * The only writer of the graph. Each batch is one transaction, so a build killed at any point
 * leaves whole batches or nothing, and running it again converges on the same graph.
 */
export class GraphStore {
  readonly config: Neo4jConfig;
  private readonly driver: Driver;

  constructor(config: Neo4jConfig) {
    this.config = config;
    this.driver = openDriver(config);
  }

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw storeError(error, this.config);
    }
  }

  private get dbOptions() {
    return this.config.database ? { database: this.config.database } : {};
  }

  async verify(): Promise<void> {
    await this.guard(() => this.driver.verifyAuthentication().then(() => this.driver.executeQuery('RETURN 1', {}, this.dbOptions)));
  }

  /**
   * Constraints and indexes first: every statement is IF NOT EXISTS, so this runs before every build.
   * Two builds starting at once on a fresh database both pass IF NOT EXISTS and one of them is then
   * told the rule already exists: that is the state it wanted.
   */
  async applySchema(): Promise<void> {
    await this.guard(async () => {
      for (const statement of cypherStatements('schema.cypher')) {
        try {
          await this.driver.executeQuery(statement, {}, this.dbOptions);
        } catch (error) {
          if (!SCHEMA_ALREADY_THERE.has((error as { code?: string }).code ?? '')) throw error;
        }
      }
    });
  }

  /** Stored articles among `ids`, and every stored article whose source is among `sources`. */
  async findArticles(ids: string[], sources: string[]): Promise<StoredArticleRef[]> {
    return this.guard(async () => {
      const { records } = await this.driver.executeQuery(cypherStatement('store/existing-articles.cypher'), { ids, sources }, { ...this.dbOptions, routing: neo4j.routing.READ });
      return records.map((r) => ({ id: r.get('id') as string, source: r.get('source') as string, extractor: r.get('extractor') as string | null }));
    });
  }

  async write(batch: WriteBatch): Promise<void> {
    if (batch.remove.length === 0 && batch.add.length === 0) return;
    await this.guard(() => this.inWriteTransaction(async (tx) => {
      const factsChanged = new Map<string, EdgeFactsRow>();
      const touched = new Set<string>(await removeInTx(tx, batch.remove, factsChanged));
      const rows = toRows(batch.add);
      await tx.run(cypherStatement('store/write-articles.cypher'), { articles: rows.articles });
      for (const [link, links] of byType(rows.links, (row) => row.link)) {
        await tx.run(withStaticType(cypherStatement('store/write-entities.cypher'), '$(row.link)', link), { links });
      }
      for (const [type, relations] of byType(rows.relations, (row) => row.type)) {
        const written = await tx.run(withStaticType(cypherStatement('store/write-relations.cypher'), '$(row.type)', type), { relations, evidenceKeys: EVIDENCE_KEYS });
        collectFactRows(written.records, factsChanged);
      }
      if (factsChanged.size > 0) await tx.run(cypherStatement('store/set-facts.cypher'), { updates: [...factsChanged.values()].map(factUpdate) });
      for (const link of rows.links) touched.add(link.entityId);
      await tx.run(cypherStatement('store/refresh-entities.cypher'), { ids: [...touched] });
    }));
  }

  /** Removes stored articles (ids as findArticles or articlesUnder give them) with everything only they contributed. */
  async removeArticles(ids: string[]): Promise<void> {
    await this.write({ remove: ids, add: [] });
  }

  /** Stored articles built from a file, or from any file under a folder. */
  async articlesUnder(absolutePath: string): Promise<StoredArticleRef[]> {
    return this.guard(async () => {
      const params = { path: absolutePath, prefix: absolutePath.endsWith(sep) ? absolutePath : absolutePath + sep };
      const { records } = await this.driver.executeQuery(cypherStatement('store/articles-under.cypher'), params, { ...this.dbOptions, routing: neo4j.routing.READ });
      return records.map((r) => ({ id: r.get('id') as string, source: r.get('source') as string }));
    });
  }

  async counts(): Promise<GraphCounts> {
    return this.guard(async () => {
      const { records } = await this.driver.executeQuery(cypherStatement('store/counts.cypher'), {}, { ...this.dbOptions, routing: neo4j.routing.READ });
      const record = records[0]!;
      const n = (key: string) => Number(record.get(key));
      return { articles: n('articles'), entities: n('entities'), relationships: n('relationships'), mentions: n('mentions') };
    });
  }

  /** The driver, for read-only callers (query command, server) that share this connection. */
  get readDriver(): Driver {
    return this.driver;
  }

  private async inWriteTransaction(work: (tx: ManagedTransaction) => Promise<void>): Promise<void> {
    const session = this.driver.session(this.dbOptions);
    try {
      await session.executeWrite(work);
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

/** Edges whose facts may have changed, by element id; a later query's row replaces an earlier one's. */
function collectFactRows(records: { get(key: string): unknown }[], into: Map<string, EdgeFactsRow>): void {
  for (const record of records) {
    const id = record.get('id') as string;
    into.set(id, { id, facts: record.get('facts') as (string | null)[], keys: record.get('keys') as string[] });
  }
}

/** Rows grouped by their relationship type, each group in row order. */
function byType<T>(rows: readonly T[], type: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(type(row));
    if (group === undefined) groups.set(type(row), [row]);
    else group.push(row);
  }
  return groups;
}

/**
 * The statement with the relationship type its MERGE reads from a row written in as a name.
 * Neo4j plans a MERGE of a parameter type by the statistics of the moment: on a database with no
 * relationships yet, that is a scan of every relationship for each row, and the plan is kept while
 * the build fills the graph, so one large article took time growing with the square of its rows.
 * A MERGE of a named type is planned as an expansion from its two nodes, whatever the statistics.
 */
export function withStaticType(statement: string, placeholder: string, type: string): string {
  if (!statement.includes(placeholder)) throw new WutongError('store', 'STORE_STATEMENT', `the write statement has no ${placeholder} to name`);
  return statement.replace(placeholder, `\`${type.replaceAll('`', '``')}\``);
}

async function removeInTx(tx: ManagedTransaction, ids: string[], factsChanged: Map<string, EdgeFactsRow>): Promise<string[]> {
  if (ids.length === 0) return [];
  const stripped = await tx.run(cypherStatement('store/strip-evidence.cypher'), { ids, evidenceKeys: EVIDENCE_KEYS });
  collectFactRows(stripped.records, factsChanged);
  const result = await tx.run(cypherStatement('store/delete-articles.cypher'), { ids });
  return result.records.map((r) => r.get('id') as string);
}
