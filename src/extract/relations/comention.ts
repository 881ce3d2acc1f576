import type { Mention, Relation } from '../types';
import type { SentenceSpan } from './sentences';
import { z } from 'zod';
import { CO_MENTIONED, zh } from '../../lexicon';
import { readJson } from '../../shared/data';

const CO_MENTION_CONFIDENCE = 0.3;
/** The rule of the fallback link between two names of one sentence (provenance). */
export const CO_MENTION_RULE = 'co-mention';
/** The rule of the weak link an event anaphor (该案例, 该做法) draws to the one who acted before. */
export const EVENT_CO_MENTION_RULE = 'co-mention-event-anaphor';
const SILENT_PLACES = zh('silentPlaces');
const silence = readJson(new URL('./comention.json', import.meta.url), z.object({ comment: z.string(), minPlaceLength: z.number().int().positive() }), 'extract/relations');

/**
 * A place named by a single character (湘 in 湘南科技谷, 中 in 中美): a province's or country's
 * abbreviation, which no gazetteer entry answers. The graph leaves it out (src/resolve) too.
 */
export function isAbbreviatedPlace(m: Mention): boolean {
  return m.type === 'Place' && [...m.text].length < silence.minPlaceLength;
}

/** A place that says nothing by sharing a sentence: the country as a backdrop, an abbreviation. */
function silent(m: Mention): boolean {
  return isAbbreviatedPlace(m) || (m.type === 'Place' && SILENT_PLACES.has(m.text));
}

/** Each mention's typed links in a sentence: partner (by name: one name is one thing in a sentence) and type. */
type TypedLinks = Map<number, Array<{ partner: string; type: string }>>;

function addLink(links: TypedLinks, i: number, partner: string, type: string): void {
  const list = links.get(i) ?? [];
  list.push({ partner, type });
  links.set(i, list);
}

/**
 * Two ends of typed links are kept apart unless they meet in one partner through links of two
 * types (a chain of events); links of one type are a list around a hub (a zone signing each
 * project) or a hierarchy that already ties the ends (村 in 街道 in 县).
 */
function keptApart(links: TypedLinks, i: number, j: number): boolean {
  const [li, lj] = [links.get(i), links.get(j)];
  if (li === undefined || lj === undefined) return false;
  return !li.some((a) => lj.some((b) => a.partner === b.partner && a.type !== b.type));
}

/**
 * The fallback link: every pair of mentions in one sentence that no typed relation covers, but
 * for places that say nothing by sharing a sentence (comention.json).
 * Pairs whose two ends both took part in typed relations of the sentence are left out unless they
 * share a partner through links of two types: a coordination such as A与B、C与D协作 stays two pairs
 * and a hub's list (签约A、B、C) a star instead of a clique, while a chain (A与B签约，B旗下的C)
 * still links its two ends, A and C.
 */
export function coMentions(
  sentence: SentenceSpan,
  inSentence: number[],
  mentions: Mention[],
  typed: Relation[],
): Relation[] {
  const covered = new Set<string>();
  const links: TypedLinks = new Map();
  for (const r of typed) {
    covered.add(pairKey(r.source, r.target));
    addLink(links, r.source, mentions[r.target]!.text, r.type);
    addLink(links, r.target, mentions[r.source]!.text, r.type);
  }
  const out: Relation[] = [];
  const seen = new Set<string>();
  for (let a = 0; a < inSentence.length; a += 1) {
    for (let b = a + 1; b < inSentence.length; b += 1) {
      const i = inSentence[a]!;
      const j = inSentence[b]!;
      if (mentions[i]!.text === mentions[j]!.text || silent(mentions[i]!) || silent(mentions[j]!)) continue;
      if (keptApart(links, i, j)) continue;
      const key = pairKey(i, j);
      const textKey = [mentions[i]!.text, mentions[j]!.text].sort().join('\u0000');
      if (covered.has(key) || seen.has(textKey)) continue;
      seen.add(textKey);
      out.push({ source: i, target: j, type: CO_MENTIONED, start: sentence.start, end: sentence.end, confidence: CO_MENTION_CONFIDENCE, rule: CO_MENTION_RULE });
    }
  }
  return out;
}

/** One key for a pair of mentions, whichever way round. */
export function pairKey(i: number, j: number): string {
  return i < j ? `${i}:${j}` : `${j}:${i}`;
}

const EVENT_CONFIDENCE = 0.2;

/**
 * 李鑫…推动“一体化管理”模式落地。该案例入选中国农村卫生协会…: a sentence that opens by taking up
 * the event before it (该案例, 该做法) links what it names to the first name of that sentence, the
 * one who acted, with a weak co-mention; as with a carried subject, the evidence is the sentence
 * that states the link.
 */
export function eventCoMentions(text: string, before: number[], sentence: SentenceSpan, inSentence: number[], mentions: Mention[], anaphors: readonly string[]): Relation[] {
  if (before.length === 0) return [];
  const opening = text.slice(sentence.start, sentence.start + 8).trimStart();
  if (!anaphors.some((a) => opening.startsWith(a))) return [];
  const actor = before[0]!;
  return inSentence
    .filter((i) => mentions[i]!.text !== mentions[actor]!.text && !silent(mentions[i]!) && !silent(mentions[actor]!))
    .map((i) => ({ source: actor, target: i, type: CO_MENTIONED, start: sentence.start, end: sentence.end, confidence: EVENT_CONFIDENCE, rule: EVENT_CO_MENTION_RULE }));
}
