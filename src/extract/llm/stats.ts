/** Counters an LLM extractor keeps for the build summary. */
export interface LlmStats {
  /** Requests sent (retries included). */
  calls: number;
  cacheHits: number;
  inputTokens: number;
  outputTokens: number;
  /** Requests repeated after a transport error or a rejected answer. */
  retries: number;
  /** Chunks given up after every retry; their articles keep what other chunks gave. */
  failedChunks: number;
  dropped: {
    /** Entity names not found verbatim in the text. */
    entities: number;
    /** Relation quotes not found verbatim in the text. */
    quotes: number;
    /** Entity or relation types outside the schema. */
    types: number;
    /** Relations naming an entity that was not given or not found, or pairs not sharing a sentence. */
    endpoints: number;
  };
  /** The most recent failures, newest last. */
  errors: Array<{ id: string; code: string; message: string }>;
}

const ERRORS_KEPT = 20;

export function emptyStats(): LlmStats {
  return { calls: 0, cacheHits: 0, inputTokens: 0, outputTokens: 0, retries: 0, failedChunks: 0, dropped: { entities: 0, quotes: 0, types: 0, endpoints: 0 }, errors: [] };
}

export function recordError(stats: LlmStats, error: { id: string; code: string; message: string }): void {
  stats.errors.push(error);
  if (stats.errors.length > ERRORS_KEPT) stats.errors.shift();
}

export function snapshot(stats: LlmStats): LlmStats {
  return { ...stats, dropped: { ...stats.dropped }, errors: [...stats.errors] };
}
