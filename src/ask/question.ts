import { AIMessage, HumanMessage, SystemMessage } from '@langchain/core/messages';
import { z } from 'zod';
import { createChatModel, type LlmOptions } from '../extract/llm';
import { WutongError } from '../shared/errors';
import { splitStatements } from '../store';
import { PROMPT, systemPrompt } from './prompt';

/** A question in words turned into Cypher: shown to the user, who reads, edits and runs it. */
export interface AskAnswer {
  question: string;
  cypher: string;
  /** The model's one sentence on what the query finds. */
  explanation: string;
}

export interface QuestionAsker {
  ask(question: string): Promise<AskAnswer>;
}

/** Longer than this is not a question but a document. */
const MAX_QUESTION = 1000;

const HOW_TO_CONFIGURE = 'questions in words need a chat model: set WUTONG_LLM_MODEL, and WUTONG_LLM_BASE_URL and WUTONG_LLM_API_KEY for an OpenAI-compatible endpoint (DeepSeek, Qwen, vLLM…) or WUTONG_LLM_PROVIDER=ollama, the same settings as the LLM extractor (README, "Questions in words")';

const answerSchema = z.object({
  cypher: z.string().describe('one read-only Cypher query, names as string literals'),
  explanation: z.string().describe("one sentence, in the question's language, on what the query finds"),
});

/** The query out of a tool call, or out of a message's text (JSON, or a ```cypher block) from models without tools. */
function answerOf(message: AIMessage): z.infer<typeof answerSchema> | null {
  const args = message.tool_calls?.[0]?.args;
  if (args !== undefined) return answerSchema.safeParse(args).data ?? null;
  const text = typeof message.content === 'string' ? message.content.trim() : '';
  try {
    return answerSchema.safeParse(JSON.parse(text)).data ?? null;
  } catch {
    const block = /```(?:cypher)?\s*\n([\s\S]*?)```/i.exec(text);
    return block ? { cypher: block[1]!, explanation: text.replace(block[0], '').trim() } : null;
  }
}

/** A model's query, as it will be shown: one statement, no fences, no closing semicolon. */
export function cleanCypher(text: string): string {
  const unfenced = text.trim().replace(/^```(?:cypher)?\s*/i, '').replace(/\s*```$/, '');
  const statements = splitStatements(unfenced);
  if (statements.length !== 1) {
    throw new WutongError('ask', 'ASK_BAD_ANSWER', `the model answered with ${statements.length} statements, not one query; ask again in other words`);
  }
  return statements[0]!;
}

/** Settings of the chat model, or null where none is configured: asking then says how to configure one. */
export function createQuestionAsker(options: LlmOptions | null): QuestionAsker {
  const model = options === null ? null : createChatModel(options);
  return {
    async ask(question) {
      const asked = question.trim();
      if (asked === '') throw new WutongError('ask', 'ASK_BAD_QUESTION', 'the question is empty');
      if (asked.length > MAX_QUESTION) throw new WutongError('ask', 'ASK_BAD_QUESTION', `the question has ${asked.length} characters; ask in at most ${MAX_QUESTION}`);
      if (model === null || options === null) throw new WutongError('ask', 'ASK_NO_MODEL', HOW_TO_CONFIGURE);
      // Tool calls are the most portable route on OpenAI-compatible servers; Ollama follows a JSON schema.
      const method = options.provider === 'ollama' ? 'jsonSchema' : 'functionCalling';
      const runnable = model.withStructuredOutput(answerSchema, { name: PROMPT.tool, method, includeRaw: true });
      let raw: AIMessage;
      try {
        raw = (await runnable.invoke([new SystemMessage(systemPrompt()), new HumanMessage(asked)], { signal: AbortSignal.timeout(options.timeoutMs) })).raw as AIMessage;
      } catch (error) {
        const status = (error as { status?: number }).status;
        throw new WutongError('ask', 'ASK_MODEL_FAILED', `the model ${options.model} did not answer${status ? ` (HTTP ${status})` : ''}: ${(error as Error).message.split('\n')[0]}`, { cause: error });
      }
      const answer = answerOf(raw);
      if (answer === null || answer.cypher.trim() === '') {
        throw new WutongError('ask', 'ASK_BAD_ANSWER', `the model ${options.model} answered without a query; ask again in other words`);
      }
      return { question: asked, cypher: cleanCypher(answer.cypher), explanation: answer.explanation.trim() };
    },
  };
}
