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
import { inBoundedChunks } from '../chunks';
import { moduleOf, versionOf } from '../version';

export { llmOptionsFromEnv, resolveLlmOptions } from './config';
export { createChatModel } from './model';
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
 * A text longer than MAX_CHUNK is first cut into chunks of that size (src/extract/chunks.ts).
 */
export function createLlmExtractor(options: Partial<LlmOptions>): LlmExtractor {
  const context = createContext(options);
  const extractor = inBoundedChunks({
    name: `llm:${context.options.model}`,
    version: versionOf([moduleOf(import.meta.url)]),
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
  });
  return Object.assign(extractor, { stats: () => snapshot(context.stats) });
}

/** Entities from `base` (rules or tagger); the LLM only types the relations of pairs sharing a sentence. */
export function createHybridExtractor(base: Extractor, options: Partial<LlmOptions>): LlmExtractor {
  const context = createContext(options);
  // The hybrid's planning pairs every entity with every sentence of what it reads: chunks bound both.
  return Object.assign(inBoundedChunks(createHybrid(base, context)), { stats: () => snapshot(context.stats) });
}
