import { api, type SearchHit } from './api';
import { el } from './dom';
import type { MessageKey } from './i18n';

/** Autocomplete over the server's index: Chinese substrings, aliases and pinyin; Enter or a click chooses. */
export function setupSearch(
  input: HTMLInputElement, list: HTMLUListElement, t: (key: MessageKey) => string,
  events: { typed(text: string): void; chosen(hit: SearchHit): void },
): void {
  let hits: SearchHit[] = [];
  let active = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;

  const render = (): void => {
    list.replaceChildren();
    if (input.value.trim() === '') { list.hidden = true; return; }
    if (hits.length === 0) list.append(el('li', { className: 'sub', text: t('noResults') }));
    hits.forEach((hit, i) => {
      const item = el('li', { attrs: { role: 'option', 'aria-selected': String(i === active), 'data-id': hit.id } }, [
        el('span', { text: hit.name }),
        el('span', { className: 'sub', text: `${t(hit.type as MessageKey)} · ${hit.pinyin}${hit.matched !== hit.name.toLowerCase() ? ` · ${hit.matched}` : ''}` }),
      ]);
      item.addEventListener('mousedown', (event) => { event.preventDefault(); choose(hit); });
      list.append(item);
    });
    list.hidden = false;
  };
  const choose = (hit: SearchHit): void => {
    // A query still pending for earlier keystrokes must not reopen the list over the canvas.
    clearTimeout(timer);
    generation++;
    list.hidden = true;
    events.chosen(hit);
  };
  const query = async (): Promise<void> => {
    const mine = ++generation;
    const text = input.value;
    const found = text.trim() === '' ? [] : await api.search(text).catch(() => []);
    if (mine !== generation) return;
    hits = found;
    active = 0;
    render();
  };

  input.addEventListener('input', () => {
    events.typed(input.value);
    clearTimeout(timer);
    timer = setTimeout(() => void query(), 120);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length) active = (active + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (event.key === 'Enter') {
      const hit = hits[active];
      if (hit) choose(hit);
    } else if (event.key === 'Escape') {
      list.hidden = true;
    }
  });
  input.addEventListener('blur', () => { list.hidden = true; });
  input.addEventListener('focus', () => { if (input.value.trim()) void query(); });
}
