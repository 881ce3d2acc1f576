export { buildPaths } from './build';
export type { BuildEvent, BuildOptions, BuildSummary, SkippedArticle } from './build';
export { DEFAULT_BATCH_ROWS, DEFAULT_LIMITS, DEFAULT_WORKERS } from './limits';
export type { BuildLimits } from './limits';
export { removeTargets } from './remove';
export type { RemoveSummary } from './remove';
export { loadExtractions } from './load';
export type { LoadOptions } from './load';
export { extractForLoad, EXTRACTION_FORMAT } from './extraction-file';
