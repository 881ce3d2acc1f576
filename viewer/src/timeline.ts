import type { TimeWindow, Timeline } from '../../src/server/source';
import { el } from './dom';
import type { MessageKey } from './i18n';

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** The last day of a month given as YYYY-MM. */
export function lastDay(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
}

/** The window the slider's two ends stand for; both ends at the extremes is no window at all. */
export function sliderWindow(months: string[], lo: number, hi: number): TimeWindow {
  const [a, b] = [Math.min(lo, hi), Math.max(lo, hi)];
  if (months.length === 0 || (a <= 0 && b >= months.length - 1)) return { from: '', to: '' };
  return { from: `${months[a]}-01`, to: lastDay(months[b]!) };
}

/** Where the slider's ends sit for a window: the first and last month it touches. */
export function sliderEnds(months: string[], window: TimeWindow): [number, number] {
  const last = months.length - 1;
  const lo = window.from ? months.findIndex((m) => lastDay(m) >= window.from) : 0;
  let hi = last;
  if (window.to) for (hi = last; hi > 0 && `${months[hi]}-01` > window.to; hi -= 1);
  return [lo < 0 ? last : lo, Math.max(0, hi)];
}

export interface TimelineEvents {
  /** The window chosen; the graph is read again from the database for it. */
  change(window: TimeWindow): void;
}

/**
 * The histogram of evidence over time (articles where a month has no typed evidence), with a range
 * slider over the months that have dated articles, and an "as of" date: the graph as it stood then.
 */
export function renderTimeline(container: HTMLElement, timeline: Timeline, window: TimeWindow, t: T, events: TimelineEvents): void {
  const months = timeline.months.map((m) => m.month);
  container.hidden = months.length === 0;
  if (months.length === 0) return;
  const [lo, hi] = sliderEnds(months, window);
  const height = (m: Timeline['months'][number]): number => m.evidence || m.articles;
  const max = Math.max(1, ...timeline.months.map(height));
  const bars = el('div', { className: 'histogram' }, timeline.months.map((m, i) => {
    const bar = el('span', { className: i >= lo && i <= hi ? 'bar in' : 'bar', title: t('timelineBar', m), attrs: { 'data-month': m.month } });
    bar.style.height = `${Math.max(4, (100 * height(m)) / max)}%`;
    return bar;
  }));
  const slider = (id: string, value: number): HTMLInputElement => el('input', { attrs: { id, type: 'range', min: '0', max: String(months.length - 1), step: '1', value: String(value) } });
  const from = slider('time-from', lo);
  const to = slider('time-to', hi);
  const asOf = el('input', { attrs: { id: 'as-of', type: 'date', value: !window.from && window.to ? window.to : '' } });
  const all = el('button', { text: t('timeAll'), attrs: { id: 'time-all', type: 'button' } });
  const shown = window.from || window.to ? t('timeWindow', { from: window.from || '…', to: window.to || '…' }) : t('timeAll');
  const range = el('output', { text: shown, attrs: { id: 'time-range' } });
  for (const input of [from, to]) input.addEventListener('change', () => events.change(sliderWindow(months, Number(from.value), Number(to.value))));
  asOf.addEventListener('change', () => events.change({ from: '', to: asOf.value }));
  all.addEventListener('click', () => events.change({ from: '', to: '' }));
  const note = (window.from || window.to) && timeline.undated > 0 ? el('span', { className: 'muted', text: t('undated', { count: timeline.undated }) }) : null;
  container.replaceChildren(
    el('div', { className: 'timeline-head' }, [el('strong', { text: t('timeline') }), range, all, el('label', {}, [el('span', { text: `${t('asOf')} ` }), asOf]), note]),
    bars,
    el('div', { className: 'sliders' }, [from, to]),
  );
}
