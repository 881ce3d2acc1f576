import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { CO_MENTIONED } from '../src/lexicon';
import { createExtractor } from '../src/extract';
import { resolveArticle, type ResolvedArticle } from '../src/resolve';
import { buildPaths } from '../src/pipeline';
import { GraphStore, openDriver, type Neo4jConfig } from '../src/store';
import type { Article } from '../src/ingest';
import type { NewsArticle } from './news';

export async function emptyDatabase(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS');
  } finally {
    await session.close();
  }
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);

export async function resolveAll(news: NewsArticle[]): Promise<ResolvedArticle[]> {
  const extractor = createExtractor({ lang: 'zh' });
  const out: ResolvedArticle[] = [];
  for (const [index, item] of news.entries()) {
    const article: Article = { id: item.id, title: item.title, authors: [], source: `bench/${item.id}`, index, lang: 'zh', text: `${item.title}\n${item.text}` };
    out.push(resolveArticle({ article, extraction: await extractor.extract({ text: article.text, lang: 'zh' }), extractor: extractor.name }));
  }
  return out;
}

function rowCount(resolved: ResolvedArticle[]): number {
  return resolved.reduce((sum, r) => sum + 1 + r.entities.length + r.relations.length, 0);
}

/**
 * The batched writer (UNWIND … MERGE, one transaction per 25 articles) against the plainest
 * writer: one statement per row, each in its own transaction. Same rows, same database. And the
 * batched write against extracting the same articles: how much of a build is spent in Neo4j.
 */
export async function benchWrite(config: Neo4jConfig, news: NewsArticle[]): Promise<string[]> {
  let began = Date.now();
  const resolved = await resolveAll(news);
  const extractMs = Date.now() - began;
  const store = new GraphStore(config);
  const driver = openDriver(config);
  try {
    await emptyDatabase(driver);
    await store.applySchema();
    const rows = rowCount(resolved);
    began = Date.now();
    for (let i = 0; i < resolved.length; i += 25) await store.write({ remove: [], add: resolved.slice(i, i + 25) });
    const batchedMs = Date.now() - began;

    await emptyDatabase(driver);
    const sample = resolved.slice(0, Math.max(1, Math.floor(resolved.length / 5)));
    const sampleRows = rowCount(sample);
    began = Date.now();
    await writeOneRowPerTransaction(driver, sample);
    const naiveMs = Date.now() - began;

    const batchedRate = rows / (batchedMs / 1000);
    const naiveRate = sampleRows / (naiveMs / 1000);
    return [
      `graph writing, ${resolved.length} news articles, ${rows} rows (article + entity links + relations):`,
      `  batched UNWIND…MERGE writer: ${seconds(batchedMs)} s, ${batchedRate.toFixed(0)} rows/s`,
      `  one MERGE per transaction:   ${seconds(naiveMs)} s for ${sampleRows} rows (a fifth), ${naiveRate.toFixed(0)} rows/s`,
      `  ratio batched / one-per-transaction: ${(batchedRate / naiveRate).toFixed(1)}x`,
      `  extract + resolve of the same articles: ${seconds(extractMs)} s; write / extract: ${(batchedMs / extractMs).toFixed(2)} (target: below the figure before storage v2, 4.76 on 2 Dec 2026)`,
    ];
  } finally {
    await store.close();
    await driver.close();
  }
}

async function writeOneRowPerTransaction(driver: Driver, resolved: ResolvedArticle[]): Promise<void> {
  for (const { article, entities, relations } of resolved) {
    await driver.executeQuery('MERGE (a:Article {id: $id}) SET a.title = $title, a.text = $text', { id: article.id, title: article.title, text: article.text });
    for (const e of entities) {
      await driver.executeQuery(
        'MATCH (a:Article {id: $articleId}) MERGE (n:Entity {id: $id}) SET n.name = $name, n.type = $type MERGE (n)-[m:MENTIONED_IN]->(a) SET m.count = $count',
        { articleId: article.id, id: e.id, name: e.name, type: e.type, count: neo4j.int(e.starts.length) },
      );
    }
    for (const r of relations) {
      const params = { source: r.source, target: r.target, type: r.type, article: article.id, sentence: r.evidence.sentence };
      await driver.executeQuery(
        r.type === CO_MENTIONED
          ? 'MATCH (s:Entity {id: $source}), (t:Entity {id: $target}) MERGE (s)-[x:$($type)]->(t) SET x.weight = coalesce(x.weight, 0) + 1'
          : 'MATCH (s:Entity {id: $source}), (t:Entity {id: $target}) CREATE (s)-[x:$($type)]->(t) SET x.article = $article, x.sentence = $sentence',
        params,
      );
    }
  }
}

/** A first build of news files against a rebuild of the same unchanged files (content ids skip all work). */
export async function benchRebuild(config: Neo4jConfig, news: NewsArticle[]): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'wutong-bench-news-'));
  news.forEach((item) => writeFileSync(path.join(dir, `${item.id}.txt`), `${item.title}\n\n${item.text}\n`));
  const store = new GraphStore(config);
  const extractor = createExtractor({ lang: 'zh' });
  try {
    const driver = store.connection.driver;
    await emptyDatabase(driver);
    let began = Date.now();
    const first = await buildPaths([dir], { store, extractor });
    const firstMs = Date.now() - began;
    began = Date.now();
    const again = await buildPaths([dir], { store, extractor });
    const againMs = Date.now() - began;
    return [
      `incremental rebuild, ${news.length} news files:`,
      `  first build ${seconds(firstMs)} s (${first.articlesAdded} articles written); unchanged rebuild ${seconds(againMs)} s (${again.articlesAdded} written)`,
      `  rebuild / first build: ${((againMs / firstMs) * 100).toFixed(1)}%`,
    ];
  } finally {
    await store.close();
  }
}
