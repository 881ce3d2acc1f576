import { api, ApiError, type CypherAnswer } from './api';
import { byId, el } from './dom';
import type { MessageKey } from './i18n';
import { renderTable } from './table';

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

const TABLE_ROWS = 200;

/** The read-only Cypher box: examples from cypher/queries/, Neo4j's own error text when a query fails. */
export function setupCypherBox(t: T, events: { ran(query: string, answer: CypherAnswer): void; showAll(): void }): { show(query: string, note?: MessageKey): void } {
  const textarea = byId<HTMLTextAreaElement>('cypher');
  const examples = byId<HTMLSelectElement>('examples');
  const message = byId('cypher-message');
  const table = byId('cypher-table');
  const showAll = byId<HTMLButtonElement>('show-all');

  void api.queries().then((queries) => {
    for (const q of queries) examples.append(el('option', { text: q.name, attrs: { value: q.text } }));
  }).catch(() => undefined);
  examples.addEventListener('change', () => { if (examples.value) textarea.value = examples.value; });

  const run = async (query: string): Promise<void> => {
    textarea.value = query;
    message.className = '';
    message.textContent = t('loading');
    table.replaceChildren();
    try {
      const answer = await api.cypher(query);
      const nodes = answer.graph.nodes.length;
      message.textContent = t('queryResult', { nodes, edges: answer.graph.edges.length, rows: answer.rows.length })
        + (answer.truncated ? ` ${t('truncated', { rows: answer.rows.length })}` : '');
      if (nodes === 0) renderTable(table, answer.columns, answer.rows.slice(0, TABLE_ROWS));
      showAll.hidden = nodes === 0;
      message.scrollIntoView({ block: 'nearest' });
      events.ran(query, answer);
    } catch (error) {
      const e = error as ApiError;
      message.className = 'error';
      message.textContent = t('queryError', { code: e.code ?? 'ERROR', message: e.message });
      message.scrollIntoView({ block: 'nearest' });
    }
  };
  byId('run').addEventListener('click', () => { if (textarea.value.trim()) void run(textarea.value); });
  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && textarea.value.trim()) void run(textarea.value);
  });
  showAll.addEventListener('click', () => { showAll.hidden = true; events.showAll(); });
  /** A query shown, not run (from a link, from a question): `note` says where it came from. */
  const show = (query: string, note: MessageKey = 'queryNotRun'): void => {
    textarea.value = query;
    message.className = '';
    message.textContent = t(note);
    table.replaceChildren();
  };
  return { show };
}
