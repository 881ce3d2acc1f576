import { api, ApiError, type MergeSuggestion } from './api';
import { byId, el } from './dom';
import type { MessageKey } from './i18n';

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

/**
 * Duplicates to review: the identity stage's merge suggestions, most valuable first, each with the
 * corpus's evidence; "merge" and "not the same" write the curation file (the graph follows on the
 * server), and the decided suggestion leaves the list.
 */
export function setupSuggestBox(t: T): void {
  const list = byId('suggest-list');
  const message = byId('suggest-message');
  const say = (text: string, error = false): void => {
    message.className = error ? 'error' : '';
    message.textContent = text;
  };
  const failed = (error: unknown): void => {
    const e = error as ApiError;
    say(t('queryError', { code: e.code ?? 'ERROR', message: e.message }), true);
  };
  const item = (s: MergeSuggestion): HTMLLIElement => {
    const li = el('li', { attrs: { 'data-from': s.from, 'data-into': s.into } }, [
      el('div', { className: 'pair', text: `${s.fromName} → ${s.intoName} (${s.type})` }),
      el('div', { className: 'muted', text: t('suggestScore', { score: s.score.toFixed(2) }) }),
      el('ul', { className: 'evidence-lines' }, s.evidence.map((line) => el('li', { text: line }))),
    ]);
    const row = el('div', { className: 'row' });
    for (const verdict of ['accept', 'reject'] as const) {
      const button = el('button', { text: t(verdict === 'accept' ? 'suggestAccept' : 'suggestReject'), attrs: { type: 'button', 'data-verdict': verdict } });
      button.addEventListener('click', () => {
        row.querySelectorAll('button').forEach((b) => { b.disabled = true; });
        api.decide(verdict, s).then(({ decided }) => {
          li.remove();
          say(t('suggestDecided', { decided }));
        }, (error: unknown) => {
          row.querySelectorAll('button').forEach((b) => { b.disabled = false; });
          failed(error);
        });
      });
      row.append(button);
    }
    li.append(row);
    return li;
  };
  byId('suggest-load').addEventListener('click', () => {
    say('');
    api.suggestions().then((suggestions) => {
      list.replaceChildren(...suggestions.map(item));
      say(suggestions.length === 0 ? t('suggestNone') : t('suggestCount', { count: suggestions.length }));
    }, failed);
  });
}
