import { zh } from '../../lexicon';
import type { Mention, Relation, RelationProps } from '../types';
import { findAmount, findDate } from './props';
import { sentenceHolding, type SentenceSpan } from './sentences';
import { withStatedLinks } from './stated-links';

export const INVESTING_IN_PLACE_RULE = 'investing-in-place';

const SUBJECT_ADVERBS = zh('subjectAdverbs');
const PLACE_INVESTMENT_VERBS = zh('placeInvestmentVerbs');
const CLAUSE_END = /[，。；！？\n]/u;
/** How far into its clause the investment verb may stand after the place (在P的总投资将超过…, 在P破土新建…). */
const MAX_CLAUSE = 30;
const MAX_ADVERBS = 3;
const CONFIDENCE = 0.8;
/** A firm the sentence put at the place (X在P落户, read as LOCATED_IN) invests there when the clause says so. */
const REFINED = ['LOCATED_IN'];

const organisation = (m: Mention | undefined): boolean => m !== undefined && !m.nested && (m.type === 'Company' || m.type === 'Institution');

/** Where 在 stands after an organisation's name and the adverbs of its clause (X将在, X已先后在), or undefined. */
function zaiAfter(text: string, end: number): number | undefined {
  let at = end;
  for (let k = 0; k <= MAX_ADVERBS; k++) {
    if (text[at] === '在') return at;
    const adverb = SUBJECT_ADVERBS.at(text, at);
    if (adverb === undefined) return undefined;
    at += adverb.length;
  }
  return undefined;
}

/**
 * Investment into a place, read from the clause an organisation opens: X(将)在P + an investment verb
 * in the rest of the clause (X在P投资50亿元, X已在P破土新建工厂, X在P举行开工仪式). The place is the
 * most specific of a chain written there (在重庆两江新区 → 两江新区), as the annotation rules ask, with
 * the amount the clause states and the sentence's date, as the pattern rows' relations carry them
 * (see withStatedLinks for a pair already drawn; it replaces the pair's LOCATED_IN too).
 */
export function placedInvestments(text: string, mentions: readonly Mention[], relations: Relation[], sentences: readonly SentenceSpan[], published?: string): Relation[] {
  const startingAt = new Map<number, number>();
  mentions.forEach((m, k) => {
    if (!m.nested) startingAt.set(m.start, k);
  });
  const found: Array<{ source: number; target: number; props: RelationProps | undefined }> = [];
  mentions.forEach((investor, i) => {
    if (!organisation(investor)) return;
    const zai = zaiAfter(text, investor.end);
    if (zai === undefined) return;
    let place = startingAt.get(zai + 1);
    if (place === undefined || mentions[place]!.type !== 'Place') return;
    for (let next = startingAt.get(mentions[place]!.end); next !== undefined && mentions[next]!.type === 'Place'; next = startingAt.get(mentions[next]!.end)) place = next;
    const from = mentions[place]!.end;
    const clause = text.slice(from, from + MAX_CLAUSE).split(CLAUSE_END)[0]!;
    if (!PLACE_INVESTMENT_VERBS.occursIn(clause)) return;
    found.push({ source: i, target: place, props: findAmount(text, from, from + clause.length, from, 'zh') });
  });
  return withStatedLinks(mentions, relations, found.map(({ source, target, props }) => {
    const span = sentenceHolding(sentences, mentions[source]!.start);
    const date = findDate(text, span.start, span.end, published);
    const all: RelationProps = { ...props, ...(date === undefined ? {} : { date }) };
    return { source, target, type: 'INVESTS_IN', start: span.start, end: span.end, confidence: CONFIDENCE, rule: INVESTING_IN_PLACE_RULE, ...(Object.keys(all).length === 0 ? {} : { props: all }) };
  }), REFINED);
}
