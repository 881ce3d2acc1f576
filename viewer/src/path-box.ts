import { api, type PathAnswer, type SearchHit, type SerializedGraph } from './api';
import { byId, el } from './dom';
import type { MessageKey } from './i18n';
import { evidenceItem } from './panel';
import { setupSearch } from './search-box';
import { edgeKey } from '../../src/graph/types';

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** The entities and links of an answer's chains, to be drawn: one edge per hop link, keyed as the graph keys it. */
export function pathGraph(answer: PathAnswer): SerializedGraph {
  const nodes = new Map<string, SerializedGraph['nodes'][number]>();
  const edges = new Map<string, SerializedGraph['edges'][number]>();
  answer.paths.forEach((path, p) => {
    path.entities.forEach((e, k) => {
      nodes.set(e.id, { key: e.id, attributes: { label: e.name, type: e.type, aliases: [], articleCount: 0, dates: [], degree: 0, pagerank: 0, community: 0, x: 10 * k, y: 6 * p } });
    });
    for (const hop of path.hops) {
      for (const link of hop.links) {
        const [source, target] = link.outgoing ? [hop.from.id, hop.to.id] : [hop.to.id, hop.from.id];
        const key = edgeKey(source, link.type, target);
        edges.set(key, { key, source, target, attributes: { type: link.type, weight: link.weight } });
      }
    }
  });
  return { attributes: {}, options: { type: 'directed', multi: true, allowSelfLoops: true }, nodes: [...nodes.values()], edges: [...edges.values()] } as SerializedGraph;
}

/** One chain as the panel shows it: its entities, then each hop with its links and their first sentences. */
function renderPath(path: PathAnswer['paths'][number], index: number, t: T, select: (id: string) => void): HTMLElement {
  const formatNumber = (n: number): string => n.toLocaleString(document.documentElement.lang || undefined);
  const entity = (e: { id: string; name: string }): HTMLElement => {
    const link = el('a', { className: 'other', text: e.name, attrs: { href: '#', 'data-id': e.id } });
    link.addEventListener('click', (event) => { event.preventDefault(); select(e.id); });
    return link;
  };
  const chain = el('div', { className: 'path-chain' });
  path.entities.forEach((e, k) => { if (k > 0) chain.append(document.createTextNode(' → ')); chain.append(entity(e)); });
  const section = el('section', { className: 'path', attrs: { 'data-path': String(index) } }, [el('h3', { text: t('pathNumber', { n: index + 1 }) }), chain]);
  path.hops.forEach((hop, k) => {
    const item = el('section', { className: 'hop', attrs: { 'data-hop': String(k) } }, [el('div', { className: 'hop-ends' }, [entity(hop.from), document.createTextNode(' — '), entity(hop.to)])]);
    for (const link of hop.links) {
      const arrow = link.symmetric ? '—' : link.outgoing ? '→' : '←';
      item.append(el('div', { className: 'relation-head' }, [el('code', { className: 'relation-type', text: link.type }), el('span', { text: ` ${arrow} ` }), el('span', { className: 'weight', text: `×${link.weight}` })]));
      const list = el('div', { className: 'evidence-list' });
      for (const evidence of link.evidence) list.append(evidenceItem(evidence, t, formatNumber));
      item.append(list);
    }
    section.append(item);
  });
  return section;
}

/** What the panel shows for an answer: a summary line, then every chain. */
export function renderPaths(container: HTMLElement, answer: PathAnswer, t: T, select: (id: string) => void): void {
  container.replaceChildren(el('header', { className: 'panel-header' }, [el('h2', { text: `${answer.from.name} → ${answer.to.name}` })]));
  const summary = answer.length === null
    ? t(answer.comentions ? 'pathNone' : 'pathNoneTyped')
    : t('pathFound', { paths: answer.paths.length, hops: answer.length });
  container.append(el('p', { className: 'path-summary', text: summary }));
  answer.paths.forEach((path, index) => container.append(renderPath(path, index, t, select)));
}

export interface PathBox {
  /** Starts a path from this entity ("how is this linked to …"): the other end is asked for next. */
  startFrom(hit: { id: string; name: string }): void;
}

/** Two search boxes, a co-mentions switch and a button; the chains found open in the panel and are drawn. */
export function setupPathBox(t: T, events: { found(answer: PathAnswer): void }): PathBox {
  const ends: { from: SearchHit | { id: string; name: string } | null; to: SearchHit | { id: string; name: string } | null } = { from: null, to: null };
  const message = byId('path-message');
  const inputs = { from: byId<HTMLInputElement>('path-from'), to: byId<HTMLInputElement>('path-to') };
  for (const end of ['from', 'to'] as const) {
    setupSearch(inputs[end], byId<HTMLUListElement>(`path-${end}-results`), t, {
      typed: () => { ends[end] = null; },
      chosen: (hit) => { ends[end] = hit; inputs[end].value = hit.name; if (end === 'from' && !ends.to) inputs.to.focus(); },
    });
  }
  const find = async (): Promise<void> => {
    if (!ends.from || !ends.to) { message.className = 'error'; message.textContent = t('pathChoose'); return; }
    message.className = '';
    message.textContent = t('loading');
    try {
      const answer = await api.path(ends.from.id, ends.to.id, byId<HTMLInputElement>('path-comentions').checked);
      message.textContent = '';
      events.found(answer);
    } catch (error) {
      message.className = 'error';
      message.textContent = (error as Error).message;
    }
  };
  byId('path-find').addEventListener('click', () => void find());
  return {
    startFrom(hit) {
      ends.from = hit;
      inputs.from.value = hit.name;
      ends.to = null;
      inputs.to.value = '';
      inputs.to.scrollIntoView({ block: 'nearest' });
      inputs.to.focus();
    },
  };
}
