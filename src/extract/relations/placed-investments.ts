import { zh } from '../../lexicon';
import type { Mention, Relation, RelationProps } from '../types';
import { findAmount, findDate } from './props';
import { sentenceHolding, type SentenceSpan } from './sentences';
import { isOrganisation, withStatedLinks } from './stated-links';

export const INVESTING_IN_PLACE_RULE = 'investing-in-place';
export const ATTRACTED_TO_PLACE_RULE = 'attracted-to-place';

const SUBJECT_ADVERBS = zh('subjectAdverbs');
const PLACE_INVESTMENT_VERBS = zh('placeInvestmentVerbs');
const ATTRACTING_VERBS = zh('attractingVerbs');
const CLAUSE_END = /[，。；！？\n]/u;
/** How far into its clause the investment verb may stand after the place (在P投资新建…, 在P开工建设…). */
const MAX_CLAUSE = 30;
const MAX_ADVERBS = 3;
/** How far a list of attracted firms may run after its verb (three items of 投资1.5亿元的某某食品). */
const MAX_ATTRACTED_CLAUSE = 90;
const CONFIDENCE = 0.8;
/** A firm the sentence put at the place (X在P落户, read as LOCATED_IN) invests there when the clause says so. */
const REFINED = ['LOCATED_IN'];


/** Where the words after `at` go on once the adverbs of a clause (将, 已先后) are passed. */
function pastAdverbs(text: string, at: number): number {
  for (let k = 0; k < MAX_ADVERBS; k++) {
    const adverb = SUBJECT_ADVERBS.at(text, at);
    if (adverb === undefined) break;
    at += adverb.length;
  }
  return at;
}

/** Where 在 stands after an organisation's name and the adverbs of its clause (X将在, X已先后在), or undefined. */
function zaiAfter(text: string, end: number): number | undefined {
  const at = pastAdverbs(text, end);
  return text[at] === '在' ? at : undefined;
}

/**
 * The organisations a place attracted, read from the clause it opens: P(先后)引进 + the firms after
 * the verb (某县引进投资3亿元的A、B等), each with the amount written in its own item.
 */
function attracted(text: string, place: Mention, mentions: readonly Mention[]): Array<{ source: number; props: RelationProps | undefined }> {
  const at = pastAdverbs(text, place.end);
  const verb = ATTRACTING_VERBS.at(text, at);
  if (verb === undefined) return [];
  const from = at + verb.length;
  const end = from + text.slice(from, from + MAX_ATTRACTED_CLAUSE).split(CLAUSE_END)[0]!.length;
  const out: Array<{ source: number; props: RelationProps | undefined }> = [];
  let item = from;
  mentions.forEach((m, k) => {
    if (m.start < from || m.end > end || !isOrganisation(m)) return;
    out.push({ source: k, props: findAmount(text, item, m.start, m.start, 'zh') });
    item = m.end;
  });
  return out;
}

/**
 * Investment into a place, read from the clause an organisation opens: X(将)在P + an investment verb
 * in the rest of the clause (X在P投资50亿元, X已在P开工建设工厂, X在P奠基), or from the one a
 * place opens: P(先后)引进 + the firms after it (see attracted). The place is the
 * most specific of a chain written there (在湖南郴州 → 郴州), as the annotation rules ask, with
 * the amount the clause states and the sentence's date, as the pattern rows' relations carry them
 * (see withStatedLinks for a pair already drawn; it replaces the pair's LOCATED_IN too).
 */
export function placedInvestments(text: string, mentions: readonly Mention[], relations: Relation[], sentences: readonly SentenceSpan[], published?: string): Relation[] {
  const startingAt = new Map<number, number>();
  mentions.forEach((m, k) => {
    if (!m.nested) startingAt.set(m.start, k);
  });
  const found: Array<{ source: number; target: number; props: RelationProps | undefined; rule: string }> = [];
  mentions.forEach((investor, i) => {
    if (!isOrganisation(investor)) return;
    const zai = zaiAfter(text, investor.end);
    if (zai === undefined) return;
    let place = startingAt.get(zai + 1);
    if (place === undefined || mentions[place]!.type !== 'Place') return;
    for (let next = startingAt.get(mentions[place]!.end); next !== undefined && mentions[next]!.type === 'Place'; next = startingAt.get(mentions[next]!.end)) place = next;
    const from = mentions[place]!.end;
    const clause = text.slice(from, from + MAX_CLAUSE).split(CLAUSE_END)[0]!;
    if (!PLACE_INVESTMENT_VERBS.occursIn(clause)) return;
    found.push({ source: i, target: place, props: findAmount(text, from, from + clause.length, from, 'zh'), rule: INVESTING_IN_PLACE_RULE });
  });
  mentions.forEach((place, p) => {
    // The last place of a chain (某省某县引进…) is the one that attracts.
    const next = startingAt.get(place.end);
    if (place.nested || place.type !== 'Place' || (next !== undefined && mentions[next]!.type === 'Place')) return;
    for (const { source, props } of attracted(text, place, mentions)) found.push({ source, target: p, props, rule: ATTRACTED_TO_PLACE_RULE });
  });
  return withStatedLinks(mentions, relations, found.map(({ source, target, props, rule }) => {
    const span = sentenceHolding(sentences, mentions[source]!.start);
    const date = findDate(text, span.start, span.end, published);
    const all: RelationProps = { ...props, ...(date === undefined ? {} : { date }) };
    return { source, target, type: 'INVESTS_IN', start: span.start, end: span.end, confidence: CONFIDENCE, rule, ...(Object.keys(all).length === 0 ? {} : { props: all }) };
  }), REFINED);
}
