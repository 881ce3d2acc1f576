import type { Article } from '../ingest';
import type { Extraction, Extractor } from '../extract';
import { resolveArticle, type ResolvedArticle } from '../resolve';
import { WutongError } from '../shared/errors';

/** Milliseconds one article spent in extraction and in resolution, for the build's summary. */
export interface Spent {
  extractMs: number;
  resolveMs: number;
}

/** One article's extraction, given what the article says of itself: the same call for build and for extract --resolved. */
export function extractArticle(article: Article, extractor: Extractor): Promise<Extraction> {
  return extractor.extract({
    text: article.text,
    lang: article.lang,
    id: article.id,
    ...(article.published ? { published: article.published } : {}),
  });
}

/** One article through extraction and resolution: the unit of work a time budget bounds, on either thread. */
export async function extractAndResolve(article: Article, extractor: Extractor): Promise<ResolvedArticle & { spent: Spent }> {
  const began = performance.now();
  const extraction = await extractArticle(article, extractor);
  const extracted = performance.now();
  const resolved = resolveArticle({ article, extraction, extractor: extractor.name });
  return { ...resolved, spent: { extractMs: extracted - began, resolveMs: performance.now() - extracted } };
}

/** The article took longer than its budget; the build skips it and goes on. */
export function overBudget(articleMs: number): WutongError {
  return new WutongError('pipeline', 'PIPELINE_TIME_BUDGET', `extraction ran past its time budget of ${Number((articleMs / 1000).toFixed(3))} s`);
}

/** Extraction or resolution threw on this article; the build skips it and goes on. */
export function extractionFailed(reason: string): WutongError {
  return new WutongError('pipeline', 'PIPELINE_EXTRACT', `extraction failed (${reason})`);
}
