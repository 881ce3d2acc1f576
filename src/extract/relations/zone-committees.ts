import { zh } from '../../lexicon';
import type { Mention, Relation } from '../types';
import { findDate } from './props';
import { sentenceHolding, type SentenceSpan } from './sentences';
import { withStatedLinks } from './stated-links';

export const ZONE_COMMITTEE_RULE = 'zone-committee';

const COMMITTEE_ENDINGS = zh('committeeEndings');
const CONFIDENCE = 0.75;

/**
 * The zone a committee's name points at (某新城管委会, 经开区管委会): the one place of the article
 * whose name is the committee's stem, ends it (某市某新城 → 某新城), or ends with it (经开区 → the
 * article's only 经开区). Undefined when none, or more than one, fits.
 */
function zoneOf(stem: string, places: ReadonlyMap<string, number>): number | undefined {
  const exact = places.get(stem);
  if (exact !== undefined) return exact;
  const fits = [...places].filter(([name]) => stem.endsWith(name) || name.endsWith(stem)).map(([, k]) => k);
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * A zone's administrative committee (管委会, 党工委) is AFFILIATED_WITH its zone, as the annotation
 * rules ask when both are named: the zone the committee's name points at among the article's places.
 */
export function zoneCommittees(text: string, mentions: readonly Mention[], relations: Relation[], sentences: readonly SentenceSpan[], published?: string): Relation[] {
  const places = new Map<string, number>();
  mentions.forEach((m, k) => {
    if (!m.nested && m.type === 'Place' && !places.has(m.text)) places.set(m.text, k);
  });
  const stated: Relation[] = [];
  const seen = new Set<string>();
  mentions.forEach((committee, c) => {
    if (committee.nested || committee.type !== 'Institution' || seen.has(committee.text)) return;
    const ending = COMMITTEE_ENDINGS.suffixOf(committee.text, 2);
    if (ending === undefined) return;
    seen.add(committee.text);
    const zone = zoneOf(committee.text.slice(0, -ending.length), places);
    if (zone === undefined) return;
    const span = sentenceHolding(sentences, committee.start);
    const date = findDate(text, span.start, span.end, published);
    stated.push({ source: c, target: zone, type: 'AFFILIATED_WITH', start: span.start, end: span.end, confidence: CONFIDENCE, rule: ZONE_COMMITTEE_RULE, ...(date === undefined ? {} : { props: { date } }) });
  });
  return withStatedLinks(mentions, relations, stated);
}
