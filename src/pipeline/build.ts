import { listInputFiles, type SkippedFile } from '../ingest';
import type { Extractor } from '../extract';
import type { GraphCounts, GraphStore } from '../store';
import { isWutongError } from '../shared/errors';
import { writeMergedFrom, type IdentityMap } from '../identity';
import { syncWith, type IdentitySyncSummary } from './identity';
import { startExtraction, type ArticleExtraction } from './extraction';
import { Landing, type BuildEvent, type SkippedArticle } from './land';
import { DEFAULT_BATCH_ROWS, DEFAULT_LIMITS, DEFAULT_WORKERS, type BuildLimits } from './limits';
import { planWindow } from './plan';

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
  /**
   * The identity map (curation file and accepted merges) every article lands under. Stored
   * articles it places differently from the map the graph was last landed with land again first,
   * so a rebuild never undoes a decision. None lands articles as resolved.
   */
  identity?: IdentityMap;
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
  /** Stored articles landed again because the identity map changed since the graph was built. */
  identity?: IdentitySyncSummary;
  counts: GraphCounts;
}

/**
 * Files → articles → extraction → resolution → Neo4j, in batches of one transaction each.
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
  const { store, extractor } = options;
  const emit = options.onEvent ?? (() => {});
  await store.applySchema();
  const { files, skipped } = await listInputFiles(paths);
  skipped.forEach((file) => emit({ kind: 'skipped', file }));
  emit({ kind: 'start', files: files.length });

  const extractedBy = `${extractor.name}@${extractor.version ?? 'unversioned'}`;
  const comentions = options.comentions ?? true;
  const { identity } = options;
  const synced = identity === undefined ? undefined : await syncWith(store, identity, extraction, extractedBy);
  const landing = new Landing(store, { extractedBy, comentions, rowsPerBatch: options.batchSize ?? DEFAULT_BATCH_ROWS, ...(identity === undefined ? {} : { identity }) }, skipped, emit);
  const context = { store, extraction, limits, extractedBy, comentions, held: new Set<string>(), removed: new Set<string>() };
  try {
    let window = files.length > 0 ? planWindow(files, 0, context) : undefined;
    while (window !== undefined) {
      const { work, next } = await window;
      // The next window is read and sent to extraction while this one lands.
      window = next < files.length ? planWindow(files, next, context) : undefined;
      window?.catch(() => undefined);
      for (const file of work) await landing.land(file);
    }
    await landing.flush();
    // Nodes this build created may be merged ones.
    if (identity !== undefined && identity.mergedFrom.size > 0) await writeMergedFrom(store, identity);
  } catch (error) {
    // What did land before the failure is written, unless writing is what failed.
    if (!(isWutongError(error) && error.module === 'store')) await landing.flush().catch(() => undefined);
    throw error;
  }
  return {
    files: files.length, ...landing.counts, skipped, skippedArticles: landing.skippedArticles, ...(synced === undefined ? {} : { identity: synced }), counts: await store.counts(),
  };
}
