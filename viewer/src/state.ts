/** Everything that makes a view shareable; it lives in the URL's query string. */
export interface Filters {
  /** Entity types hidden from the canvas. */
  hiddenTypes: string[];
  /** Relationship types hidden from the canvas. */
  hiddenRelations: string[];
  minDegree: number;
  /** Inclusive ISO dates (YYYY-MM-DD) or '' for open. */
  from: string;
  to: string;
  /** null: hidden when the graph shown has typed links (the weak layer would bury them), shown otherwise. */
  hideCoMentions: boolean | null;
}

export interface Camera {
  x: number;
  y: number;
  ratio: number;
}

export type ColorBy = 'type' | 'community';
export type SizeBy = 'pagerank' | 'degree';
export type Lang = 'zh' | 'en';

export interface ViewState {
  selected: string;
  search: string;
  query: string;
  filters: Filters;
  camera: Camera | null;
  colorBy: ColorBy;
  sizeBy: SizeBy;
  lang: Lang;
}

export const DEFAULT_FILTERS: Filters = { hiddenTypes: [], hiddenRelations: [], minDegree: 0, from: '', to: '', hideCoMentions: null };

export const DEFAULT_STATE: ViewState = {
  selected: '', search: '', query: '', filters: DEFAULT_FILTERS, camera: null, colorBy: 'type', sizeBy: 'pagerank', lang: 'zh',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function list(value: string | null): string[] {
  return value ? value.split(',').filter(Boolean) : [];
}

function parseCamera(value: string | null): Camera | null {
  const parts = (value ?? '').split(',').map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n)) || (parts[2] ?? 0) <= 0) return null;
  const [x, y, ratio] = parts as [number, number, number];
  return { x, y, ratio };
}

function round(n: number): number {
  return Math.round(n * 10000) / 10000;
}

/** Reads a query string; anything malformed falls back to the default rather than failing. */
export function decodeState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const minDegree = Number(p.get('deg') ?? 0);
  return {
    selected: p.get('sel') ?? '',
    search: p.get('q') ?? '',
    query: p.get('cypher') ?? '',
    filters: {
      hiddenTypes: list(p.get('types')),
      hiddenRelations: list(p.get('rels')),
      minDegree: Number.isInteger(minDegree) && minDegree > 0 ? minDegree : 0,
      from: DATE.test(p.get('from') ?? '') ? (p.get('from') as string) : '',
      to: DATE.test(p.get('to') ?? '') ? (p.get('to') as string) : '',
      hideCoMentions: p.get('nocm') === '1' ? true : p.get('nocm') === '0' ? false : null,
    },
    camera: parseCamera(p.get('cam')),
    colorBy: p.get('color') === 'community' ? 'community' : 'type',
    sizeBy: p.get('size') === 'degree' ? 'degree' : 'pagerank',
    lang: p.get('lang') === 'en' ? 'en' : 'zh',
  };
}

/** Writes only what differs from the default, so links stay short. */
export function encodeState(state: ViewState): string {
  const p = new URLSearchParams();
  const f = state.filters;
  if (state.selected) p.set('sel', state.selected);
  if (state.search) p.set('q', state.search);
  if (f.hiddenTypes.length) p.set('types', [...f.hiddenTypes].sort().join(','));
  if (f.hiddenRelations.length) p.set('rels', [...f.hiddenRelations].sort().join(','));
  if (f.minDegree > 0) p.set('deg', String(f.minDegree));
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  if (f.hideCoMentions !== null) p.set('nocm', f.hideCoMentions ? '1' : '0');
  if (state.query) p.set('cypher', state.query);
  if (state.camera) p.set('cam', [state.camera.x, state.camera.y, state.camera.ratio].map(round).join(','));
  if (state.colorBy !== 'type') p.set('color', state.colorBy);
  if (state.sizeBy !== 'pagerank') p.set('size', state.sizeBy);
  if (state.lang !== 'zh') p.set('lang', state.lang);
  const text = p.toString();
  return text ? `?${text}` : '';
}

/** The filters as applied: co-mentions left to the graph are hidden exactly when it has typed links. */
export function resolveCoMentions(filters: Filters, hasTypedLinks: boolean): Filters {
  return filters.hideCoMentions === null ? { ...filters, hideCoMentions: hasTypedLinks } : filters;
}

/** Toggles one member of a list-valued filter (hidden types, hidden relations). */
export function toggle(values: string[], value: string): string[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}
