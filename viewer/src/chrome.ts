import type { Canvas, ViewGraph } from './canvas';
import { byId } from './dom';
import type { MessageKey } from './i18n';
import type { ViewState } from './state';

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
  byId('counts').textContent = t('shown', { nodes, total: Math.max(total, graph.order), edges: graph.size });
}

export function setupFilterInputs(current: () => ViewState, change: (next: ViewState) => void): void {
  const hideCo = byId<HTMLInputElement>('hide-co');
  const minDegree = byId<HTMLInputElement>('min-degree');
  const from = byId<HTMLInputElement>('date-from');
  const to = byId<HTMLInputElement>('date-to');
  const f = current().filters;
  hideCo.checked = f.hideCoMentions;
  minDegree.value = String(f.minDegree);
  from.value = f.from;
  to.value = f.to;
  const update = (): void => {
    const degree = Number(minDegree.value);
    change({
      ...current(),
      filters: { ...current().filters, hideCoMentions: hideCo.checked, minDegree: Number.isInteger(degree) && degree > 0 ? degree : 0, from: from.value, to: to.value },
    });
  };
  for (const input of [hideCo, minDegree, from, to]) input.addEventListener('change', update);
}
