import type { EntityDetail, Evidence, RelationDetail } from './api';
import { TYPE_COLORS } from './appearance';
import { el } from './dom';
import { markSegments } from './marks';
import { evidenceFields } from './evidence';
import { isMessageKey, type MessageKey } from './i18n';
import { mentionMonths } from './mention-months';

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

function typeBadge(type: string, t: T): HTMLElement {
  const badge = el('span', { className: 'badge', text: t(type as MessageKey) });
  badge.style.background = TYPE_COLORS[type] ?? '#7c8591';
  return badge;
}

function field(label: string, value: string): HTMLElement {
  return el('div', { className: 'field' }, [el('span', { className: 'field-label', text: label }), el('span', { text: value })]);
}

function sentence(text: string, marks: [number, number][]): HTMLElement {
  const quote = el('blockquote', { className: 'evidence-sentence' });
  for (const segment of markSegments(text, marks)) quote.append(segment.marked ? el('mark', { text: segment.text }) : document.createTextNode(segment.text));
  return quote;
}

export function evidenceItem(evidence: Evidence, t: T, formatNumber: (n: number) => string): HTMLElement {
  const source = el('div', { className: 'evidence-source' }, [
    el('span', { text: evidence.title ?? evidence.article }), el('time', { text: evidence.published ?? '' }),
  ]);
  const fields = evidenceFields(evidence, formatNumber).map((f) => el('span', { className: 'evidence-field', attrs: { 'data-field': f.name } }, [
    el('span', { className: 'field-label', text: isMessageKey(f.name) ? t(f.name) : f.name.replace(/^fact_/, '') }), el('span', { text: f.value }),
  ]));
  return el('div', { className: 'evidence' }, [sentence(evidence.sentence, evidence.marks), source, fields.length ? el('div', { className: 'evidence-fields' }, fields) : null]);
}

export interface PanelActions {
  select(id: string): void;
  expand(id: string): void;
  /** The next page of a link's evidence, after the `skip` items shown. */
  moreEvidence(relation: RelationDetail, skip: number): Promise<Evidence[]>;
}

/** One link: its type, direction, the other entity, its weight, and its evidence a page at a time. */
function relationItem(relation: RelationDetail, t: T, actions: PanelActions, formatNumber: (n: number) => string): HTMLElement {
  const other = el('a', { className: 'other', text: relation.other.name, attrs: { href: '#', 'data-id': relation.other.id } });
  other.addEventListener('click', (event) => { event.preventDefault(); actions.select(relation.other.id); });
  const arrow = relation.symmetric ? '—' : relation.outgoing ? '→' : '←';
  const head = el('div', { className: 'relation-head' }, [
    el('code', { className: 'relation-type', text: relation.type }), el('span', { text: ` ${arrow} ` }), other,
    el('span', { className: 'weight', text: `×${relation.weight}` }),
  ]);
  const item = el('section', { className: 'relation', attrs: { 'data-link': relation.id } }, [head]);
  if (relation.evidence.length === 0 && relation.weight === 0) item.append(el('div', { className: 'muted', text: t('noEvidence') }));
  const list = el('div', { className: 'evidence-list' });
  for (const evidence of relation.evidence) list.append(evidenceItem(evidence, t, formatNumber));
  item.append(list);
  let shown = relation.evidence.length;
  const more = el('button', { className: 'more-evidence', attrs: { type: 'button' } });
  // A co-mention's sentences come on request (src/server/panel.ts), so a link shown without any offers them all.
  const label = (): void => { more.textContent = t('moreEvidence', { count: relation.weight - shown }); more.hidden = shown >= relation.weight; };
  label();
  more.addEventListener('click', () => {
    more.disabled = true;
    actions.moreEvidence(relation, shown).then((page) => {
      for (const evidence of page) list.append(evidenceItem(evidence, t, formatNumber));
      // A page shorter than asked means the link has no more (its articles went since the panel opened).
      shown = page.length === 0 ? relation.weight : shown + page.length;
      label();
    }).catch((error: unknown) => { more.textContent = (error as Error).message; }).finally(() => { more.disabled = false; });
  });
  item.append(more);
  return item;
}

/** The side panel for one entity: who it is, where it is mentioned, and its strongest links with their evidence. */
export function renderEntity(container: HTMLElement, detail: EntityDetail, t: T, actions: PanelActions): void {
  container.replaceChildren();
  const header = el('header', { className: 'panel-header' }, [el('h2', { text: detail.name }), typeBadge(detail.type, t)]);
  const expand = el('button', { text: t('expand'), attrs: { type: 'button', 'data-action': 'expand' } });
  expand.addEventListener('click', () => actions.expand(detail.id));
  container.append(header);
  if (detail.aliases.length) container.append(field(t('aliases'), detail.aliases.join('、')));
  if (detail.mergedFrom.length) {
    const merged = detail.mergedFrom.map((m) => `${m.name} (${m.source}: ${m.evidence.join('; ')})`).join('、');
    container.append(el('div', { className: 'field merged-from' }, [el('span', { className: 'field-label', text: t('mergedFrom') }), el('span', { text: merged })]));
  }
  if (/[\u3400-\u9fff]/.test(detail.name)) container.append(field(t('pinyin'), detail.pinyin));
  container.append(expand);
  container.append(mentionMonths(detail.months ?? [], t, actions.select) ?? '');

  if (detail.articles.length) {
    const list = el('ul', { className: 'articles' });
    for (const a of detail.articles) list.append(el('li', {}, [el('span', { text: a.title ?? a.id }), el('time', { text: a.published ?? '' })]));
    container.append(el('h3', { text: `${t('articles')} (${detail.articleCount})` }), list);
  }

  const count = detail.relationTotal > detail.relations.length
    ? t('relationsShown', { shown: detail.relations.length, total: detail.relationTotal }) : String(detail.relations.length);
  container.append(el('h3', { text: `${t('relationsOf')} (${count})` }));
  const formatNumber = (n: number): string => n.toLocaleString(document.documentElement.lang || undefined);
  for (const relation of detail.relations) container.append(relationItem(relation, t, actions, formatNumber));
}
