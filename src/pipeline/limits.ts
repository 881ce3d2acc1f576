/**
 * What one build lets a single file or article cost before it is skipped and named. Plain
 * constants, with no imports, so the command line can show them without loading the pipeline.
 */
export interface BuildLimits {
  /** A larger file is skipped unread (bytes). */
  maxFileBytes: number;
  /** A longer article is skipped before extraction (characters of its text). */
  maxArticleChars: number;
  /** One article's extraction and resolution is stopped after this long and the article skipped (ms). */
  articleMs: number;
}

export const DEFAULT_LIMITS: BuildLimits = {
  maxFileBytes: 32 * 2 ** 20,
  maxArticleChars: 2_000_000,
  articleMs: 60_000,
};

/** Extraction worker threads a build runs by default: measured best on two cores beside Neo4j (README). */
export const DEFAULT_WORKERS = 1;

/**
 * Rows (an article, its entity links, its relations) per write transaction. Sized by rows, not
 * articles, so short texts batch as much work as long ones; measured on news, larger transactions
 * keep gaining up to about this size.
 */
export const DEFAULT_BATCH_ROWS = 10_000;
