import type { Article } from '../ingest';
import type { Extractor } from '../extract';
import type { ResolvedArticle } from '../resolve';
import { errorLine, isWutongError } from '../shared/errors';
import { extractAndResolve, extractionFailed, overBudget, type Spent } from './extract-article';
import { startWorkerPool } from './worker-pool';

/**
 * Articles in, their contributions out. `run` rejects with a WutongError whose code says what it
 * costs: PIPELINE_TIME_BUDGET and PIPELINE_EXTRACT cost this article only; PIPELINE_WORKER means
 * extraction itself cannot go on, and the build stops.
 */
export interface ArticleExtraction {
  run(article: Article): Promise<ResolvedArticle & { spent?: Spent }>;
  close(): Promise<void>;
}

export interface ExtractionOptions {
  /** Worker threads for an extractor that has a recipe; 0 keeps extraction on this thread. */
  workers: number;
  /** Time budget of one article (ms). */
  articleMs: number;
}

/**
 * Extraction in worker threads when the extractor can be rebuilt there (the rules extractor): a
 * worker stuck on one article is terminated and replaced. Extractors that stay on this thread (the
 * LLM and hybrid ones, which wait on the network, and test doubles) run one article at a time; their
 * budget skips an article whose answer has not come in time, but synchronous work there cannot be
 * interrupted.
 */
export function startExtraction(extractor: Extractor, options: ExtractionOptions): ArticleExtraction {
  if (extractor.recipe !== undefined && options.workers > 0) return startWorkerPool(extractor, extractor.recipe, options);
  return onThisThread(extractor, options.articleMs);
}

function onThisThread(extractor: Extractor, articleMs: number): ArticleExtraction {
  let previous: Promise<unknown> = Promise.resolve();
  return {
    run(article) {
      const result = previous.then(() => withinBudget(extractAndResolve(article, extractor), articleMs));
      previous = result.catch(() => undefined);
      return result;
    },
    async close() {},
  };
}

function withinBudget<T>(work: Promise<T>, articleMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(overBudget(articleMs)), articleMs);
  });
  const done = work.catch((error: unknown) => {
    throw isWutongError(error, 'PIPELINE_TIME_BUDGET') ? error : extractionFailed(errorLine(error));
  });
  return Promise.race([done, late]).finally(() => clearTimeout(timer));
}
