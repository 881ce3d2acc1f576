import path from 'node:path';
import { readArticles, type Article, type SkippedFile } from '../ingest';
import type { ResolvedArticle } from '../resolve';
import type { GraphStore, StoredArticleRef } from '../store';
import { errorLine, isWutongError } from '../shared/errors';
import type { ArticleExtraction } from './extraction';
import type { BuildLimits } from './limits';

/** One article of a file: on its way through extraction, or skipped before it with the reason. */
export type ArticleWork =
  | { article: Article; result: Promise<ResolvedArticle>; outdated: boolean }
  | { article: Article; skip: string };

/** One file: skipped whole, or its articles to land in order and the stored ones it no longer holds. */
export type FileWork =
  | { file: string; skipped: SkippedFile }
  | { file: string; articles: number; unchanged: number; removals: string[]; work: ArticleWork[] };

export interface PlanContext {
  store: GraphStore;
  extraction: ArticleExtraction;
  limits: BuildLimits;
  /** name@version of the extractor: a stored article built by another is extracted again. */
  extractedBy: string;
  /** Whether co-mentions are written: a stored article built with the other setting is built again. */
  comentions: boolean;
  /** Articles this run holds (added or found unchanged): a second copy in a later file is not written again. */
  held: Set<string>;
  /** Stored articles this run takes out. */
  removed: Set<string>;
}

/**
 * How many files one look-up in Neo4j covers: enough articles to keep the extraction workers busy
 * while the batch before is written, few enough characters to hold two windows in memory.
 */
const WINDOW = { files: 512, articles: 200, chars: 4_000_000 };

/**
 * Reads files from `start` until a window is full, asks Neo4j once which of their articles are
 * stored, and sends the new and outdated ones to extraction. Files are decided in input order
 * against `held` and `removed`, so a window planned while the one before is still being written
 * decides as if that one had landed.
 */
export async function planWindow(files: readonly string[], start: number, context: PlanContext): Promise<{ work: FileWork[]; next: number }> {
  const read: { file: string; articles: Article[] | SkippedFile }[] = [];
  let articles = 0;
  let chars = 0;
  let next = start;
  while (next < files.length && next - start < WINDOW.files && articles < WINDOW.articles && chars < WINDOW.chars) {
    const file = files[next++]!;
    const found = await readFileArticles(file, context.limits.maxFileBytes);
    read.push({ file, articles: found });
    if (Array.isArray(found)) {
      articles += found.length;
      chars += found.reduce((sum, a) => sum + a.text.length, 0);
    }
  }
  const ids = read.flatMap((r) => (Array.isArray(r.articles) ? r.articles.map((a) => a.id) : []));
  const sources = read.flatMap((r) => (Array.isArray(r.articles) ? [r.articles[0]!.source] : []));
  const stored = ids.length > 0 ? await context.store.findArticles(ids, sources) : [];
  const work = read.map(({ file, articles }): FileWork => (Array.isArray(articles) ? planFile(file, articles, stored, context) : { file, skipped: articles }));
  return { work, next };
}

async function readFileArticles(file: string, maxBytes: number): Promise<Article[] | SkippedFile> {
  const source = path.resolve(file);
  try {
    return (await readArticles(file, { maxBytes })).map((article) => ({ ...article, source }));
  } catch (error) {
    // Ingest names the file in its message; the summary names it once, before the reason.
    const reason = isWutongError(error) ? error.message.replace(/^ingest: /u, '').replace(`${file}: `, '') : errorLine(error);
    return { path: file, reason };
  }
}

function planFile(file: string, articles: Article[], stored: StoredArticleRef[], context: PlanContext): FileWork {
  const { held, removed, limits } = context;
  const source = articles[0]!.source;
  const current = new Set(articles.map((a) => a.id));
  // An article another file of this run holds stays, whatever file it was stored from.
  const removals = stored.filter((a) => a.source === source && !current.has(a.id) && !held.has(a.id) && !removed.has(a.id)).map((a) => a.id);
  removals.forEach((id) => removed.add(id));
  const byId = new Map(stored.map((a) => [a.id, a]));
  const work: ArticleWork[] = [];
  let unchanged = 0;
  for (const article of articles) {
    const ref = removed.has(article.id) ? undefined : byId.get(article.id);
    if (held.has(article.id) || (ref?.extractor === context.extractedBy && ref.comentions === context.comentions)) {
      unchanged += 1;
      held.add(article.id);
      continue;
    }
    held.add(article.id);
    if (article.text.length > limits.maxArticleChars) {
      work.push({ article, skip: `${article.text.length.toLocaleString('en')} characters, over the limit of ${limits.maxArticleChars.toLocaleString('en')} per article` });
      continue;
    }
    const result = context.extraction.run(article);
    // Awaited in order when the file lands; until then a failure must not count as unhandled.
    result.catch(() => undefined);
    // Another extractor (or an older version of this one), or the other co-mention setting, built it: it comes out and goes in again.
    work.push({ article, result, outdated: ref !== undefined });
  }
  return { file, articles: articles.length, unchanged, removals, work };
}
