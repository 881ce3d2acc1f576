import type { Mention } from '../types';
import { zh } from '../../lexicon';
import { getLexicon } from './lexicon';

/** A bare Latin acronym or code: capitals, digits and hyphens (XQ-LCD, PET, XYZ). */
const ACRONYM = /^[A-Z][A-Z0-9-]{1,7}$/u;
const FIRM_HEADS = zh('firmHeads');
const FIRM_POSTS = zh('firmPosts');

/**
 * In regional business news a bare acronym is more often a product, a material or a ticker (XQ-LCD
 * 面板, 聚酯(PET), (AU：XYZ)) than a firm, and none of those is an entity. One the tagger read as a
 * firm stays a firm only where the article frames it as one somewhere: a firm's word or post after it
 * (某某集团, 某某旗下, 某某董事长), a longer firm's name it opens, or a country or place right before it
 * (挪威某某, a foreign maker).
 */
export function withoutBareAcronyms(text: string, mentions: Mention[]): Mention[] {
  const acronyms = new Set(mentions.filter((m) => m.type === 'Company' && ACRONYM.test(m.text)).map((m) => m.text));
  if (acronyms.size === 0) return mentions;
  const { suffixes } = getLexicon();
  const placeEnds = new Set(mentions.filter((m) => m.type === 'Place').map((m) => m.end));
  const framed = new Set<string>();
  for (const acronym of acronyms) {
    if (mentions.some((m) => m.type === 'Company' && m.text.length > acronym.length && m.text.startsWith(acronym) && !acronyms.has(m.text))) framed.add(acronym);
    for (let at = text.indexOf(acronym); at >= 0 && !framed.has(acronym); at = text.indexOf(acronym, at + 1)) {
      const end = at + acronym.length;
      const firmAfter = FIRM_HEADS.at(text, end) !== undefined || FIRM_POSTS.at(text, end) !== undefined || suffixes.some(({ suffix, type }) => type === 'Company' && text.startsWith(suffix, end));
      if (firmAfter || placeEnds.has(at)) framed.add(acronym);
    }
  }
  const dropped = mentions.filter((m) => m.type === 'Company' && acronyms.has(m.text) && !framed.has(m.text));
  return dropped.length === 0 ? mentions : mentions.filter((m) => !dropped.includes(m));
}
