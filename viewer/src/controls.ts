import type { ViewGraph } from './canvas';
import { nodeColor } from './appearance';
import { el } from './dom';
import type { MessageKey } from './i18n';
import { toggle, type ViewState } from './state';

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

function distinct(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

/** Type and relation checkboxes are built from what the graph holds, so new types appear without code. */
export function renderFilters(graph: ViewGraph, state: ViewState, t: T, change: (next: ViewState) => void): void {
  const types = distinct(graph.mapNodes((_k, a) => String(a.type)));
  const relations = distinct(graph.mapEdges((_k, a) => String(a.type)));
  const box = (id: string, values: string[], hidden: string[], label: (v: string) => string, key: 'hiddenTypes' | 'hiddenRelations'): void => {
    const container = document.getElementById(id);
    if (!container) return;
    container.replaceChildren(...values.map((value) => {
      const input = el('input', { attrs: { type: 'checkbox', value } });
      input.checked = !hidden.includes(value);
      input.addEventListener('change', () => change({ ...state, filters: { ...state.filters, [key]: toggle(state.filters[key], value) } }));
      return el('label', {}, [input, document.createTextNode(` ${label(value)}`)]);
    }));
  };
  box('type-filters', types, state.filters.hiddenTypes, (v) => t(v as MessageKey), 'hiddenTypes');
  box('relation-filters', relations, state.filters.hiddenRelations, (v) => v, 'hiddenRelations');
}

export function renderLegend(graph: ViewGraph, state: ViewState, t: T): void {
  const legend = document.getElementById('legend');
  if (!legend) return;
  if (state.colorBy === 'community') {
    const communities = distinct(graph.mapNodes((_k, a) => String(a.community ?? 0)));
    const items = communities.slice(0, 12).map((c) => el('li', {}, [swatch(nodeColor('community', '', Number(c))), el('span', { text: `#${c}` })]));
    legend.replaceChildren(el('li', { className: 'muted', text: t('communities', { count: communities.length }) }), ...items);
    return;
  }
  const types = distinct(graph.mapNodes((_k, a) => String(a.type)));
  legend.replaceChildren(...types.map((type) => el('li', {}, [swatch(nodeColor('type', type, 0)), el('span', { text: t(type as MessageKey) })])));
}

function swatch(color: string): HTMLElement {
  const dot = el('span', { className: 'swatch' });
  dot.style.background = color;
  return dot;
}
