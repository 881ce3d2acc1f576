export { buildPaths } from './build';
export type { BuildEvent, BuildOptions, BuildSummary } from './build';
export { removeTargets } from './remove';
export type { RemoveSummary } from './remove';
