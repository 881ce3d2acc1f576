import { sep } from 'node:path';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Neo4jConfig } from './config';
import { openDriver, storeError } from './driver';
import { cypherStatement, cypherStatements } from './cypher-files';
import { toRows } from './rows';
import { WutongError } from '../shared/errors';
import type { ResolvedArticle } from '../resolve/types';

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

  /** Constraints and indexes first: every statement is IF NOT EXISTS, so this runs before every build. */
  async applySchema(): Promise<void> {
    await this.guard(async () => {
      for (const statement of cypherStatements('schema.cypher')) await this.driver.executeQuery(statement, {}, this.dbOptions);
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
      const touched = new Set<string>(await removeInTx(tx, batch.remove));
      const rows = toRows(batch.add);
      await tx.run(cypherStatement('store/write-articles.cypher'), { articles: rows.articles });
      for (const [link, links] of groupedBy(rows.links, (row) => row.link)) {
        await tx.run(withTypeWrittenOut(cypherStatement('store/write-entities.cypher'), 'link', link), { links });
      }
      for (const [type, relations] of groupedBy(rows.relations, (row) => row.type)) {
        await tx.run(withTypeWrittenOut(cypherStatement('store/write-relations.cypher'), 'type', type), { relations });
      }
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

/**
 * The statement with its relationship type `$(row.<field>)` written out. Neo4j 5.26 plans a MERGE
 * of a relationship whose type is dynamic as a scan of every relationship in the graph, once per
 * row, when it plans on a graph with few relationships (as at the start of a build into an empty
 * one), and keeps that plan: a batch of 500 relations read two million relationships. With the type
 * written out it expands from the two nodes. The .cypher files keep the dynamic form, which runs
 * unchanged in cypher-shell.
 */
function withTypeWrittenOut(statement: string, field: string, type: string): string {
  const dynamic = `$(row.${field})`;
  if (!statement.includes(dynamic)) throw new Error(`store: the statement has no ${dynamic} to write out`);
  if (!/^[A-Z][A-Z0-9_]*$/u.test(type)) throw new WutongError('store', 'STORE_TYPE', `relationship type ${JSON.stringify(type)} is not UPPER_SNAKE_CASE`);
  return statement.replace(dynamic, type);
}

function groupedBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

async function removeInTx(tx: ManagedTransaction, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  await tx.run(cypherStatement('store/strip-evidence.cypher'), { ids });
  const result = await tx.run(cypherStatement('store/delete-articles.cypher'), { ids });
  return result.records.map((r) => r.get('id') as string);
}
