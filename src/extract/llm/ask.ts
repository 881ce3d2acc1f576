import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { AIMessage, HumanMessage, SystemMessage, type BaseMessage } from '@langchain/core/messages';
import type { z } from 'zod';
import type { AnswerCache } from './cache';
import { cacheKey } from './cache';
import type { LlmOptions } from './config';
import { sleep } from './pool';
import { PROMPT_VERSION, retryPrompt } from './schema';
import { recordError, type LlmStats } from './stats';

/** One structured question: the schema sent to the model and the looser one its answer must pass. */
export interface Question<T> {
  id: string;
  tool: string;
  system: string;
  user: string;
  sent: z.ZodType;
  accepted: z.ZodType<T>;
}

export interface AskContext {
  model: BaseChatModel;
  options: LlmOptions;
  cache: AnswerCache;
  pool: <R>(task: () => Promise<R>) => Promise<R>;
  stats: LlmStats;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; retriable: boolean; code: string; message: string };

/** The validated answer, from the cache or the model, or null once every retry is spent (and counted). */
export async function ask<T>(question: Question<T>, context: AskContext): Promise<T | null> {
  const { options, stats } = context;
  const key = cacheKey([options.provider, options.baseUrl ?? '', options.model, PROMPT_VERSION, question.tool, question.system, question.user]);
  const cached = await context.cache.get(key);
  const fromCache = question.accepted.safeParse(cached);
  if (cached !== undefined && fromCache.success) {
    stats.cacheHits++;
    return fromCache.data;
  }
  const messages: BaseMessage[] = [new SystemMessage(question.system), new HumanMessage(question.user)];
  // Tool calls are the most portable route on OpenAI-compatible servers; Ollama constrains its output to the JSON schema.
  const method = options.provider === 'ollama' ? 'jsonSchema' : 'functionCalling';
  const runnable = context.model.withStructuredOutput(question.sent, { name: question.tool, method, includeRaw: true });
  let last: Outcome<T> = { ok: false, retriable: false, code: 'NOT_ASKED', message: 'no request was made' };
  for (let attempt = 0; attempt <= options.retries; attempt++) {
    if (attempt > 0) {
      stats.retries++;
      await sleep(options.backoffMs * 2 ** (attempt - 1));
    }
    last = await context.pool(() => once(runnable, messages, question, context));
    if (last.ok) {
      await context.cache.set(key, last.value);
      return last.value;
    }
    if (!last.retriable) break;
    if (last.code === 'ANSWER_INVALID') messages.push(new HumanMessage(retryPrompt(last.message)));
  }
  stats.failedChunks++;
  recordError(stats, { id: question.id, code: last.code, message: last.message });
  return null;
}

async function once<T>(
  runnable: { invoke(input: BaseMessage[], config?: { signal?: AbortSignal }): Promise<{ raw: unknown }> },
  messages: BaseMessage[], question: Question<T>, { options, stats }: AskContext,
): Promise<Outcome<T>> {
  stats.calls++;
  let raw: AIMessage;
  try {
    raw = (await runnable.invoke(messages, { signal: AbortSignal.timeout(options.timeoutMs) })).raw as AIMessage;
  } catch (error) {
    const status = (error as { status?: number }).status;
    const permanent = status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429;
    return { ok: false, retriable: !permanent, code: status ? `HTTP_${status}` : 'REQUEST_FAILED', message: (error as Error).message };
  }
  stats.inputTokens += raw.usage_metadata?.input_tokens ?? 0;
  stats.outputTokens += raw.usage_metadata?.output_tokens ?? 0;
  const invalid = raw.invalid_tool_calls?.[0];
  if (invalid) return { ok: false, retriable: true, code: 'ANSWER_INVALID', message: `the tool arguments are not valid JSON (${invalid.error ?? 'unparseable'})` };
  const args = raw.tool_calls?.[0]?.args ?? parseContent(raw.content);
  const parsed = question.accepted.safeParse(args);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  return { ok: false, retriable: true, code: 'ANSWER_INVALID', message: issues.join('; ') };
}

/** Providers without tool calls (some Ollama models) answer with JSON in the message text. */
function parseContent(content: AIMessage['content']): unknown {
  const text = typeof content === 'string' ? content : '';
  try {
    return JSON.parse(text.replace(/^```(?:json)?\s*|\s*```$/g, ''));
  } catch {
    return undefined;
  }
}
