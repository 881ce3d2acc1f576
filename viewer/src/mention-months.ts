import type { MentionMonth } from '../../src/server/source';
import { el } from './dom';
import type { MessageKey } from './i18n';

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** When an entity was mentioned (a bar per month, by articles) and with whom (its strongest typed partners that month). */
export function mentionMonths(months: MentionMonth[], t: T, select: (id: string) => void): HTMLElement | null {
  if (months.length === 0) return null;
  const max = Math.max(1, ...months.map((m) => m.articles));
  const rows = months.map((m) => {
    const bar = el('span', { className: 'month-bar' });
    bar.style.width = `${Math.max(2, (100 * m.articles) / max)}%`;
    const partners = m.partners.map((p) => {
      const link = el('a', { text: p.name, attrs: { href: '#', 'data-id': p.id } });
      link.addEventListener('click', (event) => { event.preventDefault(); select(p.id); });
      return link;
    });
    return el('li', { attrs: { 'data-month': m.month } }, [
      el('time', { text: m.month }), el('span', { className: 'month-track' }, [bar]), el('span', { className: 'weight', text: String(m.articles) }),
      el('span', { className: 'month-partners' }, partners),
    ]);
  });
  return el('section', { className: 'mention-months' }, [el('h3', { text: t('mentionMonths') }), el('ul', {}, rows)]);
}
