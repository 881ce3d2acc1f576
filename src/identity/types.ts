import type { EntityType } from '../extract/types';

/**
 * Two graph nodes that name one real-world thing, by the corpus's own evidence. `into` is the node
 * kept, `from` the node it absorbs; both are Entity ids as stored. Produced by the suggestion
 * finder (`wutong suggest`, the automatic identity stage) and accepted by the user or by the
 * stage's threshold; applied through the identity map, so it is explainable and reversible.
 */
export interface MergeSuggestion {
  into: string;
  from: string;
  /** Display names at the time of the suggestion, so a reader of the curation file knows what they were. */
  intoName: string;
  fromName: string;
  /** The type the joined node takes: what most of the mentions of both say. */
  type: EntityType;
  /** 0..1; higher is more certain. The automatic stage applies those at or above its threshold. */
  score: number;
  /** Human-readable reasons, each one fact the corpus gives ("12 articles name both", "腾讯 is the short form of 腾讯公司"). */
  evidence: string[];
  /** Articles naming each node when it was suggested: where merges chain, the most named node stays the node they join. */
  intoArticles: number;
  fromArticles: number;
}

/**
 * A surface the corpus uses as a word, which extraction took for a name now and then (颜值, Logo):
 * a mention written exactly so is no entity once the decision is accepted. Produced by the word
 * finder (src/identity/words.ts), applied through the identity map, undone by the curation file's
 * `names` list.
 */
export interface WordSuggestion {
  surface: string;
  /** 0..1: the share of the corpus's uses of the surface that extraction did not take for a name. */
  score: number;
  evidence: string[];
}

/**
 * The score at or above which the automatic identity stage (every build, \`wutong suggest --apply\`)
 * accepts a suggestion: picked on the identity dev list (scripts/identity), checked on its held-out list.
 */
export const AUTO_MIN_SCORE = 0.55;
/** The source the automatic stage's merges and words are recorded under. */
export const AUTO_SOURCE = 'auto';
