import { z } from 'zod';
import { readJson } from '../../shared/data';
import { WutongError } from '../../shared/errors';

export type LlmProvider = 'openai' | 'ollama';

/** Everything an LLM extractor needs; `resolveLlmOptions` fills the defaults and validates. */
export interface LlmOptions {
  /** `openai` is any OpenAI-compatible endpoint (OpenAI, DeepSeek, Qwen/DashScope, vLLM); `ollama` a local Ollama. */
  provider: LlmProvider;
  model: string;
  baseUrl?: string;
  apiKey?: string;
  temperature: number;
  /** Requests in flight at once, for all articles of one extractor. */
  concurrency: number;
  /** Attempts after a failed request (network, 429, 5xx, timeout) and after a rejected answer. */
  retries: number;
  backoffMs: number;
  timeoutMs: number;
  /** Longest chunk sent at once, in characters; chunks end on sentence boundaries. */
  chunkChars: number;
  /** Sentences repeated at the start of the next chunk, so relations across the cut are seen. */
  overlapSentences: number;
  /** Answer cache folder; null turns the cache off. */
  cacheDir: string | null;
}

const DEFAULTS = {
  provider: 'openai',
  temperature: 0,
  concurrency: 4,
  retries: 2,
  backoffMs: 500,
  timeoutMs: 60_000,
  chunkChars: 2_500,
  overlapSentences: 1,
  cacheDir: '.wutong/llm-cache',
} as const;

/** A config file (WUTONG_LLM_CONFIG): any of the options, each of its type; a key it does not know is refused, not ignored. */
const configFile = z.object({
  provider: z.enum(['openai', 'ollama']),
  model: z.string(),
  baseUrl: z.string(),
  apiKey: z.string(),
  temperature: z.number(),
  concurrency: z.number(),
  retries: z.number(),
  backoffMs: z.number(),
  timeoutMs: z.number(),
  chunkChars: z.number(),
  overlapSentences: z.number(),
  cacheDir: z.string().nullable(),
}).partial().strict();

const fail = (message: string): never => {
  throw new WutongError('extract/llm', 'CONFIG_INVALID', message);
};

export function resolveLlmOptions(options: Partial<LlmOptions>): LlmOptions {
  const resolved: LlmOptions = { ...DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) } as LlmOptions;
  if (resolved.provider !== 'openai' && resolved.provider !== 'ollama') fail(`provider must be openai or ollama, not ${String(resolved.provider)}`);
  if (!resolved.model) fail('a model is required (WUTONG_LLM_MODEL)');
  for (const key of ['concurrency', 'chunkChars'] as const) {
    if (!Number.isInteger(resolved[key]) || resolved[key] < 1) fail(`${key} must be a positive integer`);
  }
  for (const key of ['retries', 'backoffMs', 'timeoutMs', 'overlapSentences', 'temperature'] as const) {
    if (!Number.isFinite(resolved[key]) || resolved[key] < 0) fail(`${key} must be a non-negative number`);
  }
  if (resolved.baseUrl !== undefined && !/^https?:\/\//.test(resolved.baseUrl)) fail(`baseUrl must be an http(s) URL, not ${resolved.baseUrl}`);
  return resolved;
}

const ENV_KEYS: Record<string, keyof LlmOptions> = {
  WUTONG_LLM_PROVIDER: 'provider',
  WUTONG_LLM_MODEL: 'model',
  WUTONG_LLM_BASE_URL: 'baseUrl',
  WUTONG_LLM_API_KEY: 'apiKey',
  WUTONG_LLM_CONCURRENCY: 'concurrency',
  WUTONG_LLM_TIMEOUT_MS: 'timeoutMs',
  WUTONG_LLM_CACHE_DIR: 'cacheDir',
};
const NUMERIC = new Set<keyof LlmOptions>(['concurrency', 'timeoutMs', 'retries', 'backoffMs', 'chunkChars', 'overlapSentences', 'temperature']);

/**
 * Options from a JSON config file (WUTONG_LLM_CONFIG, keys as in LlmOptions) overridden by
 * WUTONG_LLM_* variables. WUTONG_LLM_CACHE_DIR=off turns the cache off.
 */
export function llmOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): LlmOptions {
  let options: Partial<LlmOptions> = {};
  if (env.WUTONG_LLM_CONFIG) {
    options = readJson(env.WUTONG_LLM_CONFIG, configFile, 'extract/llm', 'CONFIG_INVALID');
  }
  for (const [name, key] of Object.entries(ENV_KEYS)) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    Object.assign(options, { [key]: NUMERIC.has(key) ? Number(value) : key === 'cacheDir' && value === 'off' ? null : value });
  }
  return resolveLlmOptions(options);
}
