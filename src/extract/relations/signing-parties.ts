import { CO_MENTIONED, typesFit, zh } from '../../lexicon';
import type { Mention, Relation } from '../types';
import { LINK_MODEL_RULE } from './link-model';
import { isOrganisation } from './stated-links';
import { signingVerbs } from './table';

export const SIGNING_PARTIES_RULE = 'signing-parties';

const SIGNED_WITH = 'SIGNED_WITH';
const CLAUSE_END = /[，。；！？,;\n]/u;
const SIGNING = signingVerbs();
const COORDINATORS = zh('pairJoiners').alternation();
const AGREEMENT = zh('agreementNouns').alternation();
const ZONE_ENDINGS = [zh('zoneEndings'), zh('taggedZoneEndings')];
/** After a venue, in its clause: the signing itself or the ceremony held there (在V与Y签约, 签约仪式在V举行). */
const AT_VENUE = new RegExp(`^[^，。；！？,;\\n]*?(?:${SIGNING}|举行)`, 'u');
/** Between two parties of one clause: adverbs, then the word joining them (A也与B, A此前已同B). */
const PARTY_JOINER = new RegExp(`^[^，。；！？,;\\n]{0,6}(?:${COORDINATORS})$`, 'u');
/** After the first party: adverbs, the joiner, the other side (named or not), the signing verb (X也与城东区签署入区协议). */
const SIGNS_WITH = new RegExp(`^[^，。；！？,;\\n]{0,6}(?:${COORDINATORS})[^，。；！？,;\\n]{1,16}?(?:${SIGNING})`, 'u');
/** What stands right before a list's later item (、B, 与B, 以及B). */
const LIST_JOINED = new RegExp(`(?:、|${COORDINATORS})$`, 'u');
/** After the second party: the signing verb of their clause (A与B签署入区协议). */
const THEN_SIGNING = new RegExp(`^[^，。；！？,;\\n]{0,12}?(?:${SIGNING})`, 'u');
/** Before a name the agreement is about: the signing verb right before it (签署了X出资人协议). */
const SIGNED_BEFORE = new RegExp(`(?:${SIGNING})了?$`, 'u');
/** After a name the agreement is about: the agreement, within its noun phrase (X出资人协议, X项目合同). */
const AGREEMENT_AFTER = new RegExp(`^[^，。；！？,;\\n与和同跟]{0,12}?(?:${AGREEMENT})`, 'u');

/** The bounds of the clause around `at`, between marks that close clauses. */
function clauseAround(text: string, at: number): [number, number] {
  let start = at;
  while (start > 0 && !CLAUSE_END.test(text[start - 1]!)) start--;
  let end = at;
  while (end < text.length && !CLAUSE_END.test(text[end]!)) end++;
  return [start, end];
}

/** Where the signing took place, not a party: a name right after 在 whose clause goes on to the signing (在V与Y签约, 仪式在V举行). */
function isVenue(text: string, m: Mention): boolean {
  return text[m.start - 1] === '在' && AT_VENUE.test(text.slice(m.end, clauseAround(text, m.start)[1]));
}

/** What the agreement is about, not a party: a name between the signing verb and the agreement (签署了X出资人协议). */
function isSubjectMatter(text: string, m: Mention): boolean {
  const [start] = clauseAround(text, m.start);
  return SIGNED_BEFORE.test(text.slice(start, m.start)) && AGREEMENT_AFTER.test(text.slice(m.end, m.end + 16));
}

/** Whether the clause of `party` names both sides of its own signing (A也与B签署协议), `party` one of them; the other side may be a name the tagger missed. */
function signsInItsClause(text: string, mentions: readonly Mention[], party: Mention): boolean {
  const [start, end] = clauseAround(text, party.start);
  if (SIGNS_WITH.test(text.slice(party.end, end))) return true;
  return mentions.some((a) => a.start >= start && a.end <= party.start && !a.nested && PARTY_JOINER.test(text.slice(a.end, party.start)) && THEN_SIGNING.test(text.slice(party.end, end)));
}

/**
 * The parties of a signing, read from the clause that states it, over what the patterns and the
 * link model drew: a SIGNED_WITH falls back to a co-mention when one end is the venue (在V与Y签约),
 * what the agreement is about (签署了X出资人协议), or when one end's own clause names both sides of
 * its signing and the other end stands outside that clause (…，X也与P签署入区协议: the firms of the
 * clauses before signed nothing with X). The other way, a co-mention whose signing the link model
 * turned down becomes a SIGNED_WITH where the clause states it outright (see signedAsDeclined).
 */
export function signingParties(text: string, mentions: readonly Mention[], relations: Relation[]): Relation[] {
  let changed = false;
  const out = relations.map((r) => {
    if (r.type === CO_MENTIONED && signedAsDeclined(text, mentions, r)) {
      changed = true;
      return { ...r, type: SIGNED_WITH, rule: `${SIGNING_PARTIES_RULE}(${r.rule ?? ''})` };
    }
    if (r.type !== SIGNED_WITH) return r;
    const a = mentions[r.source]!;
    const b = mentions[r.target]!;
    const outside = (party: Mention, other: Mention): boolean => {
      const [start, end] = clauseAround(text, party.start);
      return (other.start < start || other.end > end) && signsInItsClause(text, mentions, party);
    };
    const notParty = [a, b].some((m) => isVenue(text, m) || isSubjectMatter(text, m)) || outside(a, b) || outside(b, a);
    if (!notParty) return r;
    changed = true;
    const { props: _props, ...rest } = r;
    return { ...rest, type: CO_MENTIONED, rule: `${SIGNING_PARTIES_RULE}(${r.rule ?? ''})` };
  });
  return changed ? out : relations;
}

/** An organisation, or a development zone, which signs its projects itself (某经济技术开发区与X正式签约). */
function isSigningParty(m: Mention): boolean {
  return isOrganisation(m) || (m.type === 'Place' && !m.nested && ZONE_ENDINGS.some((endings) => endings.endsText(m.text, 1)));
}

/**
 * A signing the link model turned down that its clause states outright: the two names joined by
 * 与 or 和 and the signing verb right after the second (A和B在某地正式签署合作协议, B与A于某月正式签约).
 */
function signedAsDeclined(text: string, mentions: readonly Mention[], r: Relation): boolean {
  if (!r.rule?.startsWith(`${LINK_MODEL_RULE}:declined(`)) return false;
  const [x, y] = mentions[r.source]!.start <= mentions[r.target]!.start ? [mentions[r.source]!, mentions[r.target]!] : [mentions[r.target]!, mentions[r.source]!];
  // Places sign through their governments, zones (某经济技术开发区) for themselves; a name after a list's joiner is an item, not a side.
  if (!isSigningParty(x) || !isSigningParty(y) || LIST_JOINED.test(text.slice(Math.max(0, x.start - 2), x.start))) return false;
  if (!typesFit(SIGNED_WITH, x.type, y.type) || [x, y].some((m) => isVenue(text, m) || isSubjectMatter(text, m))) return false;
  const signing = THEN_SIGNING.exec(text.slice(y.end, clauseAround(text, y.start)[1]));
  if (signing === null || !PARTY_JOINER.test(text.slice(x.end, y.start))) return false;
  // A third side before the verb (A和B与C签约) is who they signed with.
  return !mentions.some((m) => isOrganisation(m) && m.start >= y.end && m.end <= y.end + signing[0].length);
}
