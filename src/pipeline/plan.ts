import type { Article, SkippedFile } from '../ingest';
import type { ResolvedArticle } from '../resolve';
import type { GraphStore, StoredArticleRef } from '../store';
import type { Spent } from './extract-article';
import type { ArticleExtraction } from './extraction';
import type { Piece } from './inputs';
import type { SkippedArticle } from './land';
import type { BuildLimits } from './limits';

/** One article of a file: on its way through extraction, or skipped before it with the reason. */
export type ArticleWork =
  | { article: Article; result: Promise<ResolvedArticle>; outdated: boolean }
  | { article: Article; skip: string };

/**
 * One file, or a run of a corpus file's rows: skipped whole, or its articles to land in order, the
 * stored ones it no longer holds, and rows that could not be articles. `bytes` is how far into the
 * inputs it reaches.
 */
export type FileWork = (
  | { file: string; skipped: SkippedFile }
  | { file: string; articles: number; unchanged: number; removals: string[]; work: ArticleWork[]; bad?: SkippedArticle[] }
) & { bytes?: number };

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
  /** Hears what each extracted article spent in extraction and resolution. */
  onExtracted?: (spent: Spent | undefined) => void;
  /**
   * Hears of a file skipped whole (too large, unreadable) as soon as it is read, not when its turn
   * to land comes: the files before it may wait on extraction for long.
   */
  onSkipped?: (file: SkippedFile) => void;
}

/**
 * How many pieces one look-up in Neo4j covers: enough articles to keep the extraction workers busy
 * while the batch before is written, few enough characters to hold two windows in memory.
 */
const WINDOW = { pieces: 512, articles: 200, chars: 4_000_000 };

/**
 * Reads pieces until a window is full, asks Neo4j once which of their articles are stored, and
 * sends the new and outdated ones to extraction. Pieces are decided in input order against `held`
 * and `removed`, so a window planned while the one before is still being written decides as if
 * that one had landed. A corpus file read to its end then takes out its stored rows that it no
 * longer holds (removed or edited since), as a rebuilt article file does.
 */
export async function planWindow(pieces: AsyncIterator<Piece>, context: PlanContext): Promise<{ work: FileWork[]; done: boolean }> {
  const read: Piece[] = [];
  let articles = 0;
  let chars = 0;
  let done = false;
  while (read.length < WINDOW.pieces && articles < WINDOW.articles && chars < WINDOW.chars) {
    const next = await pieces.next();
    if (next.done === true) {
      done = true;
      break;
    }
    read.push(next.value);
    if (Array.isArray(next.value.articles)) {
      articles += next.value.articles.length;
      chars += next.value.articles.reduce((sum, a) => sum + a.text.length, 0);
    }
  }
  const ids = read.flatMap((r) => (Array.isArray(r.articles) ? r.articles.map((a) => a.id) : []));
  // A whole file's stored articles are looked up by its path; a corpus file's, once it has been read to the end.
  const sources = read.flatMap((r) => (r.kind === 'file' && Array.isArray(r.articles) ? [r.articles[0]!.source] : []));
  const stored = ids.length > 0 ? await context.store.findArticles(ids, sources) : [];
  const work: FileWork[] = [];
  for (const piece of read) {
    if (piece.kind === 'file') {
      if (Array.isArray(piece.articles)) work.push({ ...planFile(piece.file, piece.articles, stored, context, true), bytes: piece.bytes });
      else {
        context.onSkipped?.(piece.articles);
        work.push({ file: piece.file, skipped: piece.articles, bytes: piece.bytes });
      }
      continue;
    }
    const planned = { ...planFile(piece.file, piece.articles, stored, context, false), bad: piece.bad, bytes: piece.bytes };
    if (piece.end === 'end') planned.removals.push(...(await corpusLeftovers(piece.source, context)));
    work.push(planned);
    if (typeof piece.end === 'object') {
      context.onSkipped?.(piece.end);
      work.push({ file: piece.file, skipped: piece.end, bytes: piece.bytes });
    }
  }
  return { work, done };
}

/** Stored articles of a corpus file that this run has not held: rows removed or edited since it was built. */
async function corpusLeftovers(source: string, context: PlanContext): Promise<string[]> {
  const { held, removed } = context;
  const gone = (await context.store.articlesUnder(source)).filter((a) => a.source === source && !held.has(a.id) && !removed.has(a.id)).map((a) => a.id);
  gone.forEach((id) => removed.add(id));
  return gone;
}

/** `whole`: the articles are all of their file, so its stored articles they do not hold leave. */
function planFile(file: string, articles: Article[], stored: StoredArticleRef[], context: PlanContext, whole: boolean): Extract<FileWork, { work: ArticleWork[] }> {
  const { held, removed, limits } = context;
  const source = articles[0]?.source;
  const current = new Set(articles.map((a) => a.id));
  // An article another file of this run holds stays, whatever file it was stored from.
  const removals = whole ? stored.filter((a) => a.source === source && !current.has(a.id) && !held.has(a.id) && !removed.has(a.id)).map((a) => a.id) : [];
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
    result.then((resolved) => context.onExtracted?.(resolved.spent), () => undefined);
    // Another extractor (or an older version of this one), or the other co-mention setting, built it: it comes out and goes in again.
    work.push({ article, result, outdated: ref !== undefined });
  }
  return { file, articles: articles.length, unchanged, removals, work };
}
