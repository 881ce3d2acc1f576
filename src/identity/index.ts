/**
 * The identity stage: which graph nodes are one real-world thing. Its face: the shape of a merge
 * suggestion and the finder that proposes them from the corpus's evidence.
 */
export type { MergeSuggestion } from './types';
export { suggestMerges, type SuggestOptions } from './suggest';
