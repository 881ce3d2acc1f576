import type { Extraction, Extractor } from '../types';
import { ask, type AskContext } from './ask';
import { diskCache } from './cache';
import { resolveLlmOptions, type LlmOptions } from './config';
import { ExtractionBuilder, groundGraph } from './ground';
import { createHybrid } from './hybrid';
import { createChatModel } from './model';
import { createPool } from './pool';
import { graphRequests } from './plan';
import { graphAnswer, graphSchema } from './schema';
import { emptyStats, snapshot, type LlmStats } from './stats';

export { llmOptionsFromEnv, resolveLlmOptions } from './config';
export type { LlmOptions, LlmProvider } from './config';
export type { LlmStats } from './stats';
export { graphRequests, relationRequests, toolSchema } from './plan';
export type { PlannedRequest } from './plan';

export type LlmExtractor = Extractor & { stats(): LlmStats };

function createContext(options: Partial<LlmOptions>): AskContext {
  const resolved = resolveLlmOptions(options);
  return {
    model: createChatModel(resolved),
    options: resolved,
    cache: diskCache(resolved.cacheDir),
    pool: createPool(resolved.concurrency),
    stats: emptyStats(),
  };
}

/**
 * Full LLM extraction: each sentence-aligned chunk is asked for entities and quoted relations,
 * and only what is found verbatim in the article is kept. Failures are counted, never thrown.
 */
export function createLlmExtractor(options: Partial<LlmOptions>): LlmExtractor {
  const context = createContext(options);
  return {
    name: `llm:${context.options.model}`,
    async extract({ text, id }): Promise<Extraction> {
      const builder = new ExtractionBuilder();
      const requests = graphRequests(text, context.options);
      const answers = await Promise.all(requests.map(({ tool, system, user }, k) =>
        ask({ id: `${id ?? 'article'}#${k}`, tool, system, user, sent: graphSchema, accepted: graphAnswer }, context)));
      answers.forEach((answer, k) => {
        if (answer) groundGraph(text, requests[k].chunk, answer, builder, context.stats);
      });
      return builder.build();
    },
    stats: () => snapshot(context.stats),
  };
}

/** Entities from `base` (rules or tagger); the LLM only types the relations of pairs sharing a sentence. */
export function createHybridExtractor(base: Extractor, options: Partial<LlmOptions>): LlmExtractor {
  const context = createContext(options);
  return { ...createHybrid(base, context), stats: () => snapshot(context.stats) };
}
