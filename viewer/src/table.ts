import { el } from './dom';

/** A cell as text: nodes by their name or id, other objects as compact JSON. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  const v = value as { labels?: string[]; properties?: Record<string, unknown>; type?: string; startNodeElementId?: string };
  if (v.labels && v.properties) return `(${v.labels.join(':')} ${String(v.properties.name ?? v.properties.title ?? v.properties.id ?? '')})`;
  if (v.startNodeElementId && v.type) return `[:${v.type}]`;
  return JSON.stringify(value);
}

export function renderTable(container: HTMLElement, columns: string[], rows: Record<string, unknown>[]): void {
  const head = el('tr', {}, columns.map((c) => el('th', { text: c })));
  const body = rows.map((row) => el('tr', {}, columns.map((c) => el('td', { text: cellText(row[c]) }))));
  container.replaceChildren(el('table', { className: 'result-table' }, [el('thead', {}, [head]), el('tbody', {}, body)]));
}
