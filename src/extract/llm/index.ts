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
import { withNamedParents } from '../relations/named-parents';
import { splitSentences } from '../relations/sentences';
import { simplifiedReading } from '../zh/script';
import { inOwnScript } from '../surfaces';
import { detectLanguage } from '../../shared/language';

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
    async extract({ text, id, lang }): Promise<Extraction> {
      const builder = new ExtractionBuilder();
      const requests = graphRequests(text, context.options);
      const answers = await Promise.all(requests.map(({ tool, system, user }, k) =>
        ask({ id: `${id ?? 'article'}#${k}`, tool, system, user, sent: graphSchema, accepted: graphAnswer }, context)));
      answers.forEach((answer, k) => {
        if (answer) groundGraph(text, requests[k].chunk, answer, builder, context.stats);
      });
      return withNamesRead(builder.build(), text, lang ?? detectLanguage(text));
    },
  });
  return Object.assign(extractor, { stats: () => snapshot(context.stats) });
}

/**
 * What the rules extractor reads from the names themselves, read from the LLM's names too: a
 * unit's parent (the nested pass named-parent) and, in a traditional article, the simplified
 * spelling resolve keys a name by.
 */
function withNamesRead(found: Extraction, text: string, lang: 'zh' | 'en'): Extraction {
  const reading = lang === 'zh' ? simplifiedReading(text) : undefined;
  const read = reading === undefined ? found : { ...found, entities: found.entities.map((m) => ({ ...m, text: reading.slice(m.start, m.end) })) };
  return inOwnScript(withNamedParents(read, splitSentences(reading ?? text, lang)), text, reading);
}

/** Entities from `base` (rules or tagger); the LLM only types the relations of pairs sharing a sentence. */
export function createHybridExtractor(base: Extractor, options: Partial<LlmOptions>): LlmExtractor {
  const context = createContext(options);
  // The hybrid's planning pairs every entity with every sentence of what it reads: chunks bound both.
  return Object.assign(inBoundedChunks(createHybrid(base, context)), { stats: () => snapshot(context.stats) });
}
