import { pinyin } from 'pinyin-pro';

export interface SearchEntry {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  articleCount: number;
}

export interface SearchHit extends SearchEntry {
  /** Full pinyin of the name without tones, shown beside Chinese names. */
  pinyin: string;
  /** Which of the entity's forms matched (the name, an alias, or a pinyin spelling). */
  matched: string;
  score: number;
}

interface IndexedTerm {
  text: string;
  isName: boolean;
  full: string;
  initials: string;
}

interface IndexedEntry {
  entry: SearchEntry;
  pinyin: string;
  terms: IndexedTerm[];
}

export interface SearchIndex {
  entries: IndexedEntry[];
}

const CJK = /[\u3400-\u9fff]/;

export function normaliseQuery(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase();
}

function spell(text: string, pattern: 'pinyin' | 'first'): string {
  if (!CJK.test(text)) return '';
  return pinyin(text, { pattern, toneType: 'none', type: 'array' }).join('').replace(/[^a-z0-9]/gi, '').toLowerCase();
}

export function buildSearchIndex(entries: Iterable<SearchEntry>): SearchIndex {
  const indexed: IndexedEntry[] = [];
  for (const entry of entries) {
    const forms = [entry.name, ...entry.aliases.filter((a) => a !== entry.name)];
    const terms = forms.map((text, i) => ({ text: normaliseQuery(text), isName: i === 0, full: spell(text, 'pinyin'), initials: spell(text, 'first') }));
    indexed.push({ entry, pinyin: pinyin(entry.name, { toneType: 'none' }).toLowerCase(), terms });
  }
  return { entries: indexed };
}

/** Ranks how well one form matches: exact above prefix above substring; the name above an alias above pinyin. */
function scoreTerm(term: IndexedTerm, query: string, latin: string): number {
  const nameBonus = term.isName ? 10 : 0;
  if (term.text === query) return 100 + nameBonus;
  if (term.text.startsWith(query)) return 80 + nameBonus;
  if (term.text.includes(query)) return 60 + nameBonus;
  if (latin.length < 2) return 0;
  if (term.full === latin) return 75 + nameBonus;
  if (term.full.startsWith(latin)) return 65 + nameBonus;
  if (term.initials === latin) return 70 + nameBonus;
  if (term.initials.startsWith(latin)) return 55 + nameBonus;
  if (term.full.includes(latin)) return 40 + nameBonus;
  return 0;
}

/** Chinese substrings (one character is enough), aliases, full pinyin and pinyin initials. */
export function search(index: SearchIndex, rawQuery: string, limit = 20): SearchHit[] {
  const query = normaliseQuery(rawQuery);
  if (query === '') return [];
  const latin = /^[a-z\s']+$/.test(query) ? query.replace(/[\s']/g, '') : '';
  const hits: SearchHit[] = [];
  for (const { entry, pinyin: spelled, terms } of index.entries) {
    let best = 0;
    let matched = '';
    for (const term of terms) {
      const score = scoreTerm(term, query, latin);
      if (score > best) { best = score; matched = term.text; }
    }
    if (best > 0) hits.push({ ...entry, pinyin: spelled, matched, score: best });
  }
  hits.sort((a, b) => b.score - a.score || b.articleCount - a.articleCount || a.name.length - b.name.length || (a.id < b.id ? -1 : 1));
  return hits.slice(0, limit);
}
