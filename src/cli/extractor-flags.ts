import type { Extractor } from '../extract';
import type { LlmStats } from '../extract/llm';
import { flagValue, UsageError } from './args';
import type { ParsedArgs } from './command';

export const EXTRACTOR_FLAGS = ['lang', 'extractor'] as const;

export const EXTRACTOR_USAGE = `  --lang zh|en            treat every article as this language (default: detected per article)
  --extractor rules|llm|hybrid
                          rules: the trained taggers and the relation pattern table (default)
                          llm: a chat model finds entities and relations (WUTONG_LLM_MODEL,
                               WUTONG_LLM_BASE_URL, WUTONG_LLM_API_KEY, WUTONG_LLM_PROVIDER …)
                          hybrid: rules find the entities, the chat model types their relations`;

export interface ConfiguredExtractor {
  extractor: Extractor;
  /** Lines for the build summary (LLM calls, tokens, cache hits, dropped answers). */
  report(): string[];
}

/**
 * The extractor that `--lang` and `--extractor` ask for. The extraction stack is imported here, not
 * at the top, so commands that do not extract start without it (the LLM side alone takes a second).
 */
export async function createExtractorFromFlags(args: ParsedArgs, env: NodeJS.ProcessEnv): Promise<ConfiguredExtractor> {
  const lang = flagValue(args, 'lang');
  if (lang !== undefined && lang !== 'zh' && lang !== 'en') throw new UsageError(`--lang must be zh or en, not ${lang}`);
  const kind = flagValue(args, 'extractor') ?? 'rules';
  if (kind !== 'rules' && kind !== 'llm' && kind !== 'hybrid') throw new UsageError(`--extractor must be rules, llm or hybrid, not ${kind}`);
  const { createExtractor } = await import('../extract');
  const rules = createExtractor(lang ? { lang } : {});
  switch (kind) {
    case 'rules':
      return { extractor: rules, report: () => [] };
    case 'llm':
    case 'hybrid': {
      const { createHybridExtractor, createLlmExtractor, llmOptionsFromEnv } = await import('../extract/llm');
      const options = llmOptionsFromEnv(env);
      const llm = kind === 'llm' ? createLlmExtractor(options) : createHybridExtractor(rules, options);
      return { extractor: llm, report: () => llmReport(llm.stats()) };
    }
  }
}

function llmReport(stats: LlmStats): string[] {
  const { dropped } = stats;
  const lines = [
    `LLM: ${stats.calls} call(s), ${stats.cacheHits} cache hit(s), ${stats.inputTokens} input + ${stats.outputTokens} output tokens, ${stats.retries} retr${stats.retries === 1 ? 'y' : 'ies'}`,
    `LLM answers dropped: ${dropped.entities} entities and ${dropped.quotes} quotes not in the text, ${dropped.types} outside the schema, ${dropped.endpoints} bad endpoints; ${stats.failedChunks} chunk(s) failed`,
  ];
  return lines.concat(stats.errors.slice(-5).map((e) => `  ${e.id}: ${e.code} ${e.message}`));
}
