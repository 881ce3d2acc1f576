import type { EntityType, Mention } from '../types';
import { registeredStem } from './refine';
import { tagWords } from './segment';
import { foldWidth } from './text';

const ORGANISATIONS: readonly EntityType[] = ['Company', 'Institution'];

/**
 * One name, one type within an article, where a firm's name was read as a person's: a three-character
 * brand such as 富创伟 looks like a given name to the tagger in one sentence and is framed as a
 * company in another. A name read as an organisation at least as often as a person is an
 * organisation throughout (the type it has most). A person's name read once as a firm stays a person
 * where the tagger said so, since articles do name founders and their firms alike (李宁, 李宁公司).
 */
export function unifiedTypes(mentions: Mention[]): Mention[] {
  const counts = new Map<string, Map<EntityType, number>>();
  for (const m of mentions) {
    const byType = counts.get(m.text) ?? new Map<EntityType, number>();
    byType.set(m.type, (byType.get(m.type) ?? 0) + 1);
    counts.set(m.text, byType);
  }
  return mentions.map((m) => {
    if (m.type !== 'Person') return m;
    const byType = counts.get(m.text)!;
    const org = ORGANISATIONS.map((t) => [t, byType.get(t) ?? 0] as const).sort((a, b) => b[1] - a[1])[0]!;
    return org[1] >= (byType.get('Person') ?? 0) ? { ...m, type: org[0] } : m;
  });
}

/** A short form this long or longer is the firm's own; two characters are too often a word or a place (湘江). */
const MIN_SHORT_FORM = 3;

/**
 * After a firm's registered name an article calls it by its name without the legal form
 * (鸿晟精密股份有限公司 … 鸿晟精密董事长): each such occurrence is the company, over the pieces the
 * tagger read there (鸿晟 as a person). An occurrence inside or beside an organisation's name is left alone.
 */
export function withShortForms(text: string, mentions: Mention[]): Mention[] {
  const forms = new Set<string>();
  for (const m of mentions) {
    const stem = m.type === 'Company' ? registeredStem(m.text) : undefined;
    if (stem !== undefined && stem.length >= MIN_SHORT_FORM) forms.add(stem);
  }
  if (forms.size === 0) return mentions;
  const replaced = new Set<Mention>();
  const added: Mention[] = [];
  for (const form of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
      const end = at + form.length;
      const overlapping = mentions.filter((m) => m.start < end && at < m.end);
      if (overlapping.some((m) => m.start < at || m.end > end || ORGANISATIONS.includes(m.type))) continue;
      for (const m of overlapping) replaced.add(m);
      added.push({ text: form, type: 'Company', start: at, end });
    }
  }
  if (added.length === 0) return mentions;
  return [...mentions.filter((m) => !replaced.has(m)), ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** jieba's tags for proper names other than persons': its dictionary tags many common words nr (宝宝, 明白). */
const PROPER_TAGS = new Set(['nz', 'nt', 'ns', 'j']);

/**
 * One name, one reading within an article: where an organisation's name the tagger found comes again
 * untagged (万华 … 依托万华生态) as one word jieba knows for a proper name, it is that organisation
 * there too. Only such words are trusted: spreading every name would spread the tagger's misreadings.
 */
export function withRepeatedNames(text: string, mentions: Mention[]): Mention[] {
  const names = new Map<string, EntityType>();
  for (const m of mentions) if (ORGANISATIONS.includes(m.type)) names.set(m.text, m.type);
  if (names.size === 0) return mentions;
  const added: Mention[] = [];
  for (const { word, tag, start, end } of tagWords(foldWidth(text))) {
    const type = PROPER_TAGS.has(tag) ? names.get(text.slice(start, end)) : undefined;
    if (type === undefined || word.length < 2 || mentions.some((m) => m.start < end && start < m.end)) continue;
    added.push({ text: text.slice(start, end), type, start, end });
  }
  if (added.length === 0) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}
