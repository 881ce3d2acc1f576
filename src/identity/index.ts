/**
 * The identity stage: which graph nodes are one real-world thing. Its face: the shape of a merge
 * suggestion, the finder that proposes them from the corpus's evidence, and the identity map
 * (curation file + accepted automatic merges) every article lands under.
 */
export { AUTO_MIN_SCORE, AUTO_SOURCE, type MergeSuggestion, type WordSuggestion } from './types';
export { suggestMerges, type SuggestOptions } from './suggest';
export { suggestWords, type WordOptions } from './words';
export { applyIdentity } from './apply';
export { CurationFile, CURATION_SOURCE, curationPath } from './curation';
export { EMPTY_CURATION, identityChange, identityMap, nodeOf, type Curation, type IdentityMap, type MergeEntry, type MergedFrom, type NodeOverride, type WordEntry } from './map';
export {
  appliedIdentity, articlesChangedSinceAuto, articlesTouching, saveAutoState, autoDecisions, currentIdentity, findNode, recordAutoMerges, recordAutoWords, saveAppliedIdentity, storedArticles, writeMergedFrom,
  type AutoDecisions, type NodeRef,
} from './graph';
