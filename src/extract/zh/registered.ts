import { en, zh } from '../../lexicon';
import type { Mention } from '../types';

const LEGAL_FORMS = zh('legalForms');
const ENGLISH_LEGAL_FORMS = en('legalForms');
/** A registered name's place in brackets between its stem and its legal form: 南湾电子（长沙）有限公司, Acme (HongKong) Limited. */
const BRACKETED_PLACE = /^\s?[（(][^（()）\n]{1,16}[)）]\s?$/u;

/** Whether a mention is nothing but a legal form (有限公司, Limited): no name on its own. */
function isBareLegalForm(mention: Mention): boolean {
  return LEGAL_FORMS.has(mention.text) || ENGLISH_LEGAL_FORMS.has(mention.text.toLowerCase());
}

/**
 * A registered firm name written with its place in brackets is one name: the tagger may read
 * 南湾电子(长沙)有限公司 as a firm, a place and a bare 有限公司, or an English registration
 * Acme(HongKong)Limited as three names. A mention that is only a legal form joins the firm named just
 * before it, across a bracketed place or nothing; one with no firm before it is dropped, since a
 * legal form alone names nobody. The mentions inside the joined name go.
 */
export function withRegisteredNames(text: string, mentions: Mention[]): Mention[] {
  if (!mentions.some(isBareLegalForm)) return mentions;
  const ordered = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const mention of ordered) {
    if (!isBareLegalForm(mention)) {
      out.push(mention);
      continue;
    }
    // The firm before it, past at most one mention (the place in the brackets).
    let firm = out.length - 1;
    const last = out[firm];
    if (last !== undefined && /[（(]/u.test(text[last.start - 1] ?? '') && /[)）]/u.test(text[last.end] ?? '')) firm--;
    const stem = out[firm];
    const between = stem === undefined ? '' : text.slice(stem.end, mention.start);
    if (stem === undefined || stem.type !== 'Company' || !(between === '' || BRACKETED_PLACE.test(between))) continue;
    out.splice(firm, out.length - firm, { text: text.slice(stem.start, mention.end), type: 'Company', start: stem.start, end: mention.end, rule: 'registered-name' });
  }
  return out;
}
