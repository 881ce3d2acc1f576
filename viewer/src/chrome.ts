import type { Canvas, ViewGraph } from './canvas';
import { byId } from './dom';
import type { MessageKey } from './i18n';
import type { Filters, ViewState } from './state';

/** One message over the canvas: loading, empty database, Neo4j down; never a blank page without a word. */
export function showBanner(text: string, error: boolean): void {
  const banner = byId('banner');
  banner.textContent = text;
  banner.className = error ? 'error' : '';
  banner.hidden = text === '';
}

export function showCounts(graph: ViewGraph, canvas: Canvas | null, total: number, t: (key: MessageKey, vars?: Record<string, string | number>) => string): void {
  if (!canvas) return;
  const nodes = graph.filterNodes((key) => !canvas.isHidden(key)).length;
  byId('counts').textContent = t('shown', { nodes, total: Math.max(total, graph.order), edges: canvas.visibleEdgeCount() });
}

/** `window` takes the dates: a time window is read from the database again, not filtered in the page. */
export function setupFilterInputs(current: () => ViewState, change: (next: ViewState) => void, window: (from: string, to: string) => void): void {
  const hideCo = byId<HTMLInputElement>('hide-co');
  const minDegree = byId<HTMLInputElement>('min-degree');
  const from = byId<HTMLInputElement>('date-from');
  const to = byId<HTMLInputElement>('date-to');
  syncFilterInputs(current().filters);
  const update = (): void => {
    const degree = Number(minDegree.value);
    change({
      ...current(),
      filters: { ...current().filters, hideCoMentions: hideCo.checked, minDegree: Number.isInteger(degree) && degree > 0 ? degree : 0 },
    });
  };
  for (const input of [hideCo, minDegree]) input.addEventListener('change', update);
  for (const input of [from, to]) input.addEventListener('change', () => window(from.value, to.value));
}

/** The inputs show the filters as applied (co-mentions hidden or not, the window the timeline chose). */
export function syncFilterInputs(f: Filters): void {
  byId<HTMLInputElement>('hide-co').checked = f.hideCoMentions === true;
  byId<HTMLInputElement>('min-degree').value = String(f.minDegree);
  byId<HTMLInputElement>('date-from').value = f.from;
  byId<HTMLInputElement>('date-to').value = f.to;
}
