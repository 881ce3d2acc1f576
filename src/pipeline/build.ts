import path from 'node:path';
import { listInputFiles, readArticles, type Article, type SkippedFile } from '../ingest';
import type { Extractor } from '../extract';
import { resolveArticle, type ResolvedArticle } from '../resolve';
import type { GraphCounts, GraphStore, WriteBatch } from '../store';
import { isWutongError } from '../shared/errors';

export type BuildEvent =
  | { kind: 'start'; files: number }
  | { kind: 'file'; path: string; done: number; articles: number; added: number }
  | { kind: 'skipped'; file: SkippedFile };

export interface BuildOptions {
  store: GraphStore;
  extractor: Extractor;
  onEvent?: (event: BuildEvent) => void;
  /** Articles per write transaction. */
  batchSize?: number;
}

export interface BuildSummary {
  files: number;
  articlesAdded: number;
  /** Of those added, stored articles extracted again because the extractor changed since. */
  articlesReextracted: number;
  articlesUnchanged: number;
  articlesRemoved: number;
  skipped: SkippedFile[];
  counts: GraphCounts;
}

/**
 * Files → articles → extraction → resolution → Neo4j, in batches of one transaction each.
 * Articles already stored (same content id) are neither extracted nor written again; stored
 * articles of a rebuilt file that it no longer holds (edited or deleted) are removed with their
 * contributions in the same transaction as the file's new ones.
 */
export async function buildPaths(paths: string[], options: BuildOptions): Promise<BuildSummary> {
  const { store, extractor } = options;
  const emit = options.onEvent ?? (() => {});
  const batchSize = options.batchSize ?? 25;
  await store.applySchema();
  const { files, skipped } = await listInputFiles(paths);
  skipped.forEach((file) => emit({ kind: 'skipped', file }));
  emit({ kind: 'start', files: files.length });

  const summary = { articlesAdded: 0, articlesReextracted: 0, articlesUnchanged: 0, articlesRemoved: 0 };
  const extractedBy = `${extractor.name}@${extractor.version ?? 'unversioned'}`;
  let batch: WriteBatch = { remove: [], add: [] };
  const flush = async () => {
    await store.write(batch);
    summary.articlesAdded += batch.add.length;
    // An article extracted again leaves and comes back in one transaction: it is not removed.
    summary.articlesRemoved += batch.remove.filter((id) => !batch.add.some((r) => r.article.id === id)).length;
    batch = { remove: [], add: [] };
  };

  for (const [done, file] of files.entries()) {
    const source = path.resolve(file);
    let articles: Article[];
    try {
      articles = (await readArticles(file)).map((article) => ({ ...article, source }));
    } catch (error) {
      if (!isWutongError(error)) throw error;
      const entry = { path: file, reason: error.message };
      skipped.push(entry);
      emit({ kind: 'skipped', file: entry });
      continue;
    }
    const stored = await store.findArticles(articles.map((a) => a.id), [source]);
    const currentIds = new Set(articles.map((a) => a.id));
    // Articles another extractor (or an older version of this one) built come out and go in again.
    const outdated = stored.filter((a) => currentIds.has(a.id) && a.extractor !== extractedBy && !batch.remove.includes(a.id)).map((a) => a.id);
    const storedIds = new Set(stored.map((a) => a.id).filter((id) => !outdated.includes(id)));
    batch.remove.push(...stored.filter((a) => a.source === source && !currentIds.has(a.id)).map((a) => a.id), ...outdated);
    summary.articlesReextracted += outdated.length;
    const fresh = uniqueById(articles.filter((a) => !storedIds.has(a.id) && !batch.add.some((r) => r.article.id === a.id)));
    summary.articlesUnchanged += articles.length - fresh.length;
    for (const article of fresh) batch.add.push({ ...(await extractAndResolve(article, extractor)), extractedBy });
    emit({ kind: 'file', path: file, done: done + 1, articles: articles.length, added: fresh.length });
    if (batch.add.length >= batchSize) await flush();
  }
  await flush();
  return { files: files.length, ...summary, skipped, counts: await store.counts() };
}

async function extractAndResolve(article: Article, extractor: Extractor): Promise<ResolvedArticle> {
  const extraction = await extractor.extract({
    text: article.text,
    lang: article.lang,
    id: article.id,
    ...(article.published ? { published: article.published } : {}),
  });
  return resolveArticle({ article, extraction, extractor: extractor.name });
}

function uniqueById(articles: Article[]): Article[] {
  const seen = new Set<string>();
  return articles.filter((a) => !seen.has(a.id) && seen.add(a.id));
}
