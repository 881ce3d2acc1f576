import { zh } from '../../lexicon';
import type { Mention, Relation } from '../types';
import { findDate } from './props';
import { sentenceHolding, type SentenceSpan } from './sentences';
import { isOrganisation, withStatedLinks } from './stated-links';
import { firmsByCountry } from '../zh/country-lists';
import type { Word } from '../zh/segment';

export const DESCRIBED_PLACE_RULE = 'described-place';
export const LISTED_PLACE_RULE = 'listed-place';
export const COUNTRY_LIST_RULE = 'country-list-place';

const KIND_NOUNS = zh('kindNouns');
const PLACE_OBJECT_VERBS = zh('placeObjectVerbs');
const LIST_JOINERS = zh('listJoiners');
const COUNTRY_DEIXIS = zh('countryDeixis');

/** How many characters of description may stand between the place and the kind noun (第三大, 最大的光伏). */
const MAX_DESCRIPTION = 10;
/** What may stand between the kind noun and the name: nothing, or a dash of apposition. */
const APPOSITION = ['——', '—', ''];
const CLAUSE_BREAK = /[，。；：！？、“”"《》（）()\n]/u;
const CONFIDENCE = 0.8;


/**
 * The organisation a place describes, when the place, a short description and a kind noun are written
 * right before its name: 德国第三大钢厂X, 瑞士药企X, 江西省最大的光伏基地——X. Undefined otherwise,
 * or when the description holds a verb that makes the place its object (纽约上市的企业X).
 */
function describedOrganisation(text: string, place: Mention, startingAt: Map<number, number>, mentions: readonly Mention[]): number | undefined {
  for (let kindEnd = place.end + 1; kindEnd <= place.end + MAX_DESCRIPTION + 4 && kindEnd <= text.length; kindEnd++) {
    const kind = KIND_NOUNS.endingAt(text, kindEnd);
    if (kind === undefined) continue;
    const description = text.slice(place.end, kindEnd - kind.length);
    if (CLAUSE_BREAK.test(description) || [...description].length > MAX_DESCRIPTION || PLACE_OBJECT_VERBS.occursIn(description)) return undefined;
    if (mentions.some((m) => m.start >= place.end && m.start < kindEnd)) return undefined;
    for (const dash of APPOSITION) {
      if (!text.startsWith(dash, kindEnd)) continue;
      const named = startingAt.get(kindEnd + dash.length);
      if (named !== undefined && isOrganisation(mentions[named])) return named;
    }
  }
  return undefined;
}

/** The organisations of a 、-list that ends right before 等 at `at` (A、B、C等): their indices in text order, or none. */
function listEndingAt(text: string, at: number, endingAt: Map<number, number>, mentions: readonly Mention[]): number[] {
  const items: number[] = [];
  let end = at;
  for (;;) {
    const k = endingAt.get(end);
    if (k === undefined || !isOrganisation(mentions[k])) break;
    items.push(k);
    const joiner = LIST_JOINERS.endingAt(text, mentions[k]!.start);
    if (joiner === undefined) break;
    end = mentions[k]!.start - joiner.length;
  }
  return items.reverse();
}

/**
 * Where organisations are, read from how the article describes them: a place before a description
 * and a kind noun before the name (德国第三大钢厂X → X LOCATED_IN 澳大利亚), and a list that
 * ends 等 + place + kind noun (A、B、C等苏州企业 → each LOCATED_IN 苏州), with the sentence's date
 * (see withStatedLinks for a pair already drawn).
 */
export function describedPlaces(text: string, mentions: readonly Mention[], relations: Relation[], sentences: readonly SentenceSpan[], words: readonly Word[], published?: string): Relation[] {
  const startingAt = new Map<number, number>();
  const endingAt = new Map<number, number>();
  mentions.forEach((m, k) => {
    if (m.nested) return;
    startingAt.set(m.start, k);
    endingAt.set(m.end, k);
  });
  const found: Array<[number, number, string, number]> = [];
  mentions.forEach((place, p) => {
    if (place.type !== 'Place' || place.nested || COUNTRY_DEIXIS.has(place.text)) return;
    const described = describedOrganisation(text, place, startingAt, mentions);
    if (described !== undefined) found.push([described, p, DESCRIBED_PLACE_RULE, place.start]);
    if (text[place.start - 1] === '等' && KIND_NOUNS.at(text, place.end) !== undefined) {
      for (const item of listEndingAt(text, place.start - 1, endingAt, mentions)) found.push([item, p, LISTED_PLACE_RULE, place.start]);
    }
  });
  for (const [firm, country] of firmsByCountry(text, mentions, words)) found.push([firm, country, COUNTRY_LIST_RULE, mentions[firm]!.start]);
  return withStatedLinks(mentions, relations, found.map(([source, target, rule, at]) => {
    const span = sentenceHolding(sentences, at);
    const date = findDate(text, span.start, span.end, published);
    return { source, target, type: 'LOCATED_IN', start: span.start, end: span.end, confidence: CONFIDENCE, rule, ...(date === undefined ? {} : { props: { date } }) };
  }));
}
