export type { MergeSuggestion } from './types';
export { applyIdentity } from './apply';
export { CurationFile, CURATION_SOURCE, curationPath } from './curation';
export { EMPTY_CURATION, identityChange, identityMap, nodeOf, type Curation, type IdentityMap, type MergeEntry, type MergedFrom, type NodeOverride } from './map';
export {
  appliedIdentity, articlesTouching, autoMerges, currentIdentity, findNode, recordAutoMerges, saveAppliedIdentity, sameNode, storedArticles, writeMergedFrom,
  type NodeRef,
} from './graph';
