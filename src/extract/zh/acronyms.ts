import type { Mention } from '../types';
import { zh } from '../../lexicon';
import { getLexicon } from './lexicon';

/** A bare Latin acronym or code: capitals, digits and hyphens (XQ-LCD, PET, XYZ). */
const ACRONYM = /^[A-Z][A-Z0-9-]{1,7}$/u;
const FIRM_HEADS = zh('firmHeads');
const POSTS = zh('posts');
const KIND_NOUNS = zh('kindNouns');
const SOURCE_WORDS = zh('sourceWords');
/** What joins two firms in a list or a pair (A、B, A和B, A与B合作). */
const JOINERS = zh('listJoiners').words;

/**
 * In regional business news a bare acronym is more often a product, a material or a ticker (XQ-LCD
 * 面板, 聚酯(PET), (AU：XYZ)) than a firm, and none of those is an entity. One the tagger read as a
 * firm stays a firm only where the article frames it as one somewhere: a firm's word or a post after
 * it (某某集团, 某某旗下, 某某董事长, 某某分析师), a longer firm's name it opens, a country or place right
 * before it (挪威某某, a foreign maker), a kind noun right before it (调研机构某某, 面板厂商某某), a firm
 * beside it in a list or a pair (某某、青禾和蓝湾; 某某与青禾合作), or cited as a source (据某某统计).
 */
export function withoutBareAcronyms(text: string, mentions: Mention[]): Mention[] {
  const acronyms = new Set(mentions.filter((m) => m.type === 'Company' && ACRONYM.test(m.text)).map((m) => m.text));
  if (acronyms.size === 0) return mentions;
  // Firms the tagger read that are no bare acronyms: a neighbour of one of them in a list is a firm too.
  const framed = firmFrames(text, mentions.filter((m) => !(m.type === 'Company' && acronyms.has(m.text))));
  const dropped = mentions.filter((m) => m.type === 'Company' && acronyms.has(m.text) && !framed(m.text));
  return dropped.length === 0 ? mentions : mentions.filter((m) => !dropped.includes(m));
}

/**
 * Whether the article frames a Latin name as a firm somewhere (see above), beside the firms and
 * places of `mentions`; a name with digits is framed by a firm's word or post after it or a place
 * before it only, since beside firms it is their product's model.
 */
export function firmFrames(text: string, mentions: readonly Mention[]): (name: string) => boolean {
  const { suffixes } = getLexicon();
  const placeEnds = new Set(mentions.filter((m) => m.type === 'Place').map((m) => m.end));
  const firms = mentions.filter((m) => m.type === 'Company');
  const firmStarts = new Set(firms.map((m) => m.start));
  const firmEnds = new Set(firms.map((m) => m.end));
  return (name) => {
    if (firms.some((m) => m.text.length > name.length && m.text.startsWith(name))) return true;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      const firmAfter = FIRM_HEADS.at(text, end) !== undefined || POSTS.at(text, end) !== undefined || suffixes.some(({ suffix, type }) => type === 'Company' && text.startsWith(suffix, end));
      const kindBefore = KIND_NOUNS.endingAt(text, at) !== undefined;
      const listed = JOINERS.some((j) => (text.startsWith(j, end) && firmStarts.has(end + j.length)) || (text.startsWith(j, at - j.length) && firmEnds.has(at - j.length)));
      const cited = /(?:^|[^\p{Script=Han}])根?据$/u.test(text.slice(Math.max(0, at - 3), at)) && SOURCE_WORDS.at(text, text[end] === '的' ? end + 1 : end) !== undefined;
      // A code with digits beside firms is their product's model (某车企A8、B70), not a firm.
      const besideFirms = !/\d/u.test(name) && (kindBefore || listed || cited);
      if (firmAfter || besideFirms || placeEnds.has(at)) return true;
    }
    return false;
  };
}
