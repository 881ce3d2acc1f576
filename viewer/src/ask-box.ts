import { api, ApiError } from './api';
import { byId } from './dom';
import type { MessageKey } from './i18n';

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

/**
 * A question in words: the model's Cypher goes into the Cypher box, to be read, edited and run
 * there (never run from here), with the model's sentence on what it finds.
 */
export function setupAskBox(t: T, events: { answered(cypher: string): void }): void {
  const input = byId<HTMLTextAreaElement>('question');
  const message = byId('ask-message');
  const button = byId<HTMLButtonElement>('ask');
  const ask = async (): Promise<void> => {
    if (!input.value.trim()) return;
    button.disabled = true;
    message.className = '';
    message.textContent = t('asking');
    try {
      const answer = await api.ask(input.value);
      message.textContent = t('askAnswered', { explanation: answer.explanation });
      events.answered(answer.cypher);
    } catch (error) {
      const e = error as ApiError;
      message.className = 'error';
      // Without a model the server's message is the how-to, shown as it is.
      message.textContent = e.code === 'ASK_NO_MODEL' ? e.message : t('queryError', { code: e.code ?? 'ERROR', message: e.message });
    } finally {
      button.disabled = false;
    }
  };
  button.addEventListener('click', () => void ask());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void ask();
  });
}
