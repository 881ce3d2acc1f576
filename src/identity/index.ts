/**
 * The identity stage: which graph nodes are one real-world thing. Its face: the shape of a merge
 * suggestion, the finder that proposes them from the corpus's evidence, and the identity map
 * (curation file + accepted automatic merges) every article lands under.
 */
export type { MergeSuggestion } from './types';
export { suggestMerges, type SuggestOptions } from './suggest';
export { applyIdentity } from './apply';
export { CurationFile, CURATION_SOURCE, curationPath } from './curation';
export { EMPTY_CURATION, identityChange, identityMap, nodeOf, type Curation, type IdentityMap, type MergeEntry, type MergedFrom, type NodeOverride } from './map';
export {
  appliedIdentity, articlesTouching, autoMerges, currentIdentity, findNode, recordAutoMerges, saveAppliedIdentity, storedArticles, writeMergedFrom,
  type NodeRef,
} from './graph';
