import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { ChatOllama } from '@langchain/ollama';
import { ChatOpenAI } from '@langchain/openai';
import type { LlmOptions } from './config';

/** The LangChain chat model for the configured provider; retries are ours, so the client makes none. */
export function createChatModel(options: LlmOptions): BaseChatModel {
  if (options.provider === 'ollama') {
    return new ChatOllama({ model: options.model, baseUrl: options.baseUrl, temperature: options.temperature, maxRetries: 0 });
  }
  return new ChatOpenAI({
    model: options.model,
    temperature: options.temperature,
    // Local servers (vLLM, the test replay server) take any key; the client insists on one.
    apiKey: options.apiKey ?? 'not-needed',
    configuration: options.baseUrl ? { baseURL: options.baseUrl } : undefined,
    timeout: options.timeoutMs,
    maxRetries: 0,
  });
}
