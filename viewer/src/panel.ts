import type { EntityDetail } from './api';
import { TYPE_COLORS } from './appearance';
import { el } from './dom';
import { markSegments } from './marks';
import type { MessageKey } from './i18n';

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

/** The side panel for one entity: who it is, where it is mentioned, and every relationship with its evidence. */
export function renderEntity(container: HTMLElement, detail: EntityDetail, t: T, actions: { select(id: string): void; expand(id: string): void }): void {
  container.replaceChildren();
  const header = el('header', { className: 'panel-header' }, [el('h2', { text: detail.name }), typeBadge(detail.type, t)]);
  const expand = el('button', { text: t('expand'), attrs: { type: 'button', 'data-action': 'expand' } });
  expand.addEventListener('click', () => actions.expand(detail.id));
  container.append(header);
  if (detail.aliases.length) container.append(field(t('aliases'), detail.aliases.join('、')));
  if (/[\u3400-\u9fff]/.test(detail.name)) container.append(field(t('pinyin'), detail.pinyin));
  container.append(expand);

  if (detail.articles.length) {
    const list = el('ul', { className: 'articles' });
    for (const a of detail.articles) list.append(el('li', {}, [el('span', { text: a.title ?? a.id }), el('time', { text: a.published ?? '' })]));
    container.append(el('h3', { text: `${t('articles')} (${detail.articleCount})` }), list);
  }

  container.append(el('h3', { text: `${t('relationsOf')} (${detail.relations.length})` }));
  for (const relation of detail.relations) {
    const other = el('a', { className: 'other', text: relation.other.name, attrs: { href: '#', 'data-id': relation.other.id } });
    other.addEventListener('click', (event) => { event.preventDefault(); actions.select(relation.other.id); });
    const arrow = relation.outgoing ? '→' : '←';
    const head = el('div', { className: 'relation-head' }, [
      el('code', { className: 'relation-type', text: relation.type }), el('span', { text: ` ${arrow} ` }), other,
      el('span', { className: 'weight', text: `×${relation.weight}` }),
    ]);
    const item = el('section', { className: 'relation' }, [head]);
    const props = Object.entries(relation.props).filter(([k]) => k !== 'weight');
    if (props.length) item.append(el('div', { className: 'props', text: props.map(([k, v]) => `${k}: ${String(v)}`).join(' · ') }));
    if (relation.evidence.length === 0) item.append(el('div', { className: 'muted', text: t('noEvidence') }));
    for (const evidence of relation.evidence) {
      const source = el('div', { className: 'evidence-source' }, [
        el('span', { text: evidence.title ?? evidence.article }), el('time', { text: evidence.published ?? '' }),
      ]);
      item.append(el('div', { className: 'evidence' }, [sentence(evidence.sentence, evidence.marks), source]));
    }
    container.append(item);
  }
}
