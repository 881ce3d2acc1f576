import { listInputFiles, type CorpusFieldNames, type SkippedFile } from '../ingest';
import type { Extractor } from '../extract';
import type { GraphCounts, GraphStore } from '../store';
import { isWutongError } from '../shared/errors';
import { startExtraction, type ArticleExtraction } from './extraction';
import { Landing, type BuildEvent, type SkippedArticle } from './land';
import { DEFAULT_BATCH_ROWS, DEFAULT_LIMITS, DEFAULT_WORKERS, type BuildLimits } from './limits';
import { inputBytes, inputPieces } from './inputs';
import { planWindow } from './plan';
import { startTiming, type BuildTiming } from './timing';

export type { BuildEvent, SkippedArticle } from './land';

export interface BuildOptions {
  store: GraphStore;
  extractor: Extractor;
  onEvent?: (event: BuildEvent) => void;
  /**
   * Rows (an article, its entity links, its relations) per write transaction, so a batch of short
   * texts holds as much work as one of long ones; one article is never split.
   */
  batchSize?: number;
  limits?: Partial<BuildLimits>;
  /** Extraction worker threads (for an extractor with a recipe; 0 extracts on this thread). */
  workers?: number;
  /**
   * False leaves co-mentions out of the graph (no CO_MENTIONED weights, no Article.comentions);
   * stored articles built with the other setting are built again. Default true.
   */
  comentions?: boolean;
  /** Column or key names of corpus files' fields (--text-field …); the rest are detected. */
  fields?: CorpusFieldNames;
}

export interface BuildSummary {
  files: number;
  articlesAdded: number;
  /** Of those added, stored articles extracted again because the extractor changed since. */
  articlesReextracted: number;
  articlesUnchanged: number;
  articlesRemoved: number;
  /** Write transactions run again after a retryable failure (a deadlock with another build, a leader switch). */
  writesRetried: number;
  skipped: SkippedFile[];
  skippedArticles: SkippedArticle[];
  counts: GraphCounts;
  timing: BuildTiming;
}

/**
 * Files and corpus files (JSON lines, CSV: one article per row, streamed) → articles → extraction → resolution → Neo4j, in batches of one transaction each.
 * Articles already stored (same content id) are neither extracted nor written again; stored
 * articles of a rebuilt file that it no longer holds (edited or deleted) are removed with their
 * contributions. A file that cannot be read or parsed, an article over the size limit and an
 * article whose extraction fails or runs past its time budget are named and skipped, and the rest
 * lands. Extraction runs ahead in worker threads while the batch before is written; results land
 * in input order, so the graph does not depend on the number of workers.
 */
export async function buildPaths(paths: string[], options: BuildOptions): Promise<BuildSummary> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  // Workers start first: they load their models while the schema is applied and the files listed.
  const extraction = startExtraction(options.extractor, { workers: options.workers ?? DEFAULT_WORKERS, articleMs: limits.articleMs });
  try {
    return await buildWith(paths, options, limits, extraction);
  } finally {
    await extraction.close();
  }
}

async function buildWith(paths: string[], options: BuildOptions, limits: BuildLimits, extraction: ArticleExtraction): Promise<BuildSummary> {
  const { extractor } = options;
  const timing = startTiming();
  const store = timing.timeWrites(options.store);
  const emit = options.onEvent ?? (() => {});
  await store.applySchema();
  const { files, skipped } = await listInputFiles(paths);
  skipped.forEach((file) => emit({ kind: 'skipped', file }));
  emit({ kind: 'start', files: files.length });
  const totalBytes = await inputBytes(files);

  const extractedBy = `${extractor.name}@${extractor.version ?? 'unversioned'}`;
  const comentions = options.comentions ?? true;
  const landing = new Landing(store, { extractedBy, comentions, rowsPerBatch: options.batchSize ?? DEFAULT_BATCH_ROWS }, skipped, emit);
  const context = { store, extraction, limits, extractedBy, comentions, held: new Set<string>(), removed: new Set<string>(), onExtracted: timing.extracted };
  const pieces = inputPieces(files, { maxFileBytes: limits.maxFileBytes, fields: options.fields ?? {}, onRead: timing.read });
  let seen = 0;
  try {
    let window = files.length > 0 ? planWindow(pieces, context) : undefined;
    while (window !== undefined) {
      const { work, done } = await window;
      // The next window is read and sent to extraction while this one lands.
      window = done ? undefined : planWindow(pieces, context);
      window?.catch(() => undefined);
      for (const file of work) {
        await landing.land(file);
        if ('skipped' in file) continue;
        seen += file.articles + (file.bad?.length ?? 0);
        emit({ kind: 'progress', bytes: file.bytes ?? 0, totalBytes, articles: seen, seconds: timing.seconds() });
      }
    }
    await landing.flush();
  } catch (error) {
    // What did land before the failure is written, unless writing is what failed.
    if (!(isWutongError(error) && error.module === 'store')) await landing.flush().catch(() => undefined);
    throw error;
  } finally {
    await pieces.return(undefined);
  }
  return { files: files.length, ...landing.counts, skipped, skippedArticles: landing.skippedArticles, counts: await store.counts(), timing: timing.summary() };
}
