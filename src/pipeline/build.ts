import { listInputFiles, type CorpusFieldNames, type SkippedFile } from '../ingest';
import type { Extractor } from '../extract';
import type { GraphCounts, GraphStore } from '../store';
import { autoIdentityWith, syncWith, type AutoIdentityOptions, type AutoIdentitySummary, type IdentitySyncSummary } from './identity';
import { articlesChangedSinceAuto, type IdentityMap } from '../identity';
import { startExtraction, type ArticleExtraction } from './extraction';
import { ExtractionCache } from './extraction-cache';
import type { BuildEvent, SkippedArticle } from './land';
import { DEFAULT_BATCH_ROWS, DEFAULT_LIMITS, DEFAULT_WORKERS, type BuildLimits } from './limits';
import { extractorStamp } from './extraction-file';
import { inputPieces } from './inputs';
import { landPieces } from './run';
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
  /**
   * The identity map (curation file and accepted merges) every article lands under. Stored
   * articles it places differently from the map the graph was last landed with land again first,
   * so a rebuild never undoes a decision. None lands articles as resolved.
   */
  identity?: IdentityMap;
  /**
   * The automatic identity stage after the articles land (merges and words the corpus's evidence
   * gives, the articles they move landed again), run when the build changed the graph. None leaves
   * the graph to the map above (\`wutong build --no-auto-merge\`).
   */
  autoIdentity?: AutoIdentityOptions;
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
  /** Stored articles landed again because the identity map changed since the graph was built. */
  identity?: IdentitySyncSummary;
  /** What the automatic identity stage accepted and landed again, when it ran. */
  autoIdentity?: AutoIdentitySummary;
  counts: GraphCounts;
  timing: BuildTiming;
}

/**
 * Files and corpus files (JSON lines, CSV: one article per row, streamed) → articles → extraction →
 * resolution → Neo4j, in batches of one transaction each.
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
  const { identity } = options;
  const extractedBy = extractorStamp(extractor);
  const synced = identity === undefined ? undefined : await syncWith(store, identity, extraction, extractedBy, emit);
  const pieces = inputPieces(files, { maxFileBytes: limits.maxFileBytes, fields: options.fields ?? {}, onRead: timing.read });
  const cache = options.autoIdentity === undefined ? undefined : new ExtractionCache();
  try {
    const summary = await landPieces(files, skipped, pieces, {
      store, extraction, limits, timing, emit, extractedBy,
      comentions: options.comentions ?? true,
      rowsPerBatch: options.batchSize ?? DEFAULT_BATCH_ROWS,
      ...(identity === undefined ? {} : { identity }),
      ...(cache === undefined ? {} : { cache }),
    });
    const landed = synced === undefined ? summary : { ...summary, identity: synced };
    if (options.autoIdentity === undefined || !(await articlesChangedSinceAuto(store))) return landed;
    const auto = await autoIdentityWith(store, options.autoIdentity, extraction, extractedBy, emit, cache);
    return { ...landed, autoIdentity: auto, counts: await store.counts() };
  } finally {
    cache?.close();
  }
}
