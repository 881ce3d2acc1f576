import { llmOptionsFromEnv, type LlmOptions } from '../extract/llm';

export { createQuestionAsker, cleanCypher, type AskAnswer, type QuestionAsker } from './question';
export { graphSchema, systemPrompt } from './prompt';

/**
 * The chat model's settings from the LLM extractor's variables (WUTONG_LLM_MODEL, WUTONG_LLM_CONFIG …),
 * or null when neither names a model: asking then says how to configure one. A configuration that is
 * there but wrong fails here, in one line.
 */
export function askModelFromEnv(env: NodeJS.ProcessEnv): LlmOptions | null {
  if (!env.WUTONG_LLM_MODEL && !env.WUTONG_LLM_CONFIG) return null;
  return llmOptionsFromEnv(env);
}
