import { zh } from '../../lexicon';
import type { Mention, Relation } from '../types';
import { findDate } from './props';
import { sentenceHolding, type SentenceSpan } from './sentences';
import { withStatedLinks } from './stated-links';

export const OFFICIAL_POST_RULE = 'official-post';

const LEVELS = zh('genericLevels');
const GOVERNMENT_BODIES = zh('governmentBodies');
const LEVEL = `(${LEVELS.alternation()})`;
/** 常务副市长, 县长: the head of a level's government. */
const GOVERNMENT_POST = new RegExp(`(?:常务)?(?:副)?${LEVEL}长$`, 'u');
/** 市委书记, 县委副书记, 区委常委: a post on a level's party committee. */
const PARTY_POST = new RegExp(`${LEVEL}委(?:常委|副?书记)$`, 'u');

/** Whether a post ends as a level's government or party post (副县长, 区委书记): this pass reads those, of the place. */
export function isOfficialPost(post: string): boolean {
  return GOVERNMENT_POST.test(post) || PARTY_POST.test(post);
}
const CONFIDENCE = 0.75;

interface OfficialPost {
  post: string;
  /** The level's body the post belongs to, as articles end its name: 镇政府, 县委. */
  bodyEndings: string[];
  level: string;
  /** Where the post's words start in the text. */
  start: number;
}

/** The posts written right before a name, the nearest first, a roll of them joined by 、 (县委副书记、县长张三). */
function postsBefore(text: string, at: number): OfficialPost[] {
  const out: OfficialPost[] = [];
  let end = at;
  for (;;) {
    const lead = text.slice(Math.max(0, end - 8), end);
    const government = GOVERNMENT_POST.exec(lead);
    const party = government === null ? PARTY_POST.exec(lead) : null;
    const match = government ?? party;
    if (match === null) return out;
    const level = match[1]!;
    const start = end - match[0].length;
    const bodyEndings = government !== null ? GOVERNMENT_BODIES.words.map((body) => `${level}${body}`) : [`${level}委`];
    out.push({ post: match[0], bodyEndings, level, start });
    if (text[start - 1] !== '、') return out;
    end = start - 1;
  }
}

/**
 * The one name among `names` that those of them starting with `prefix` narrow to, or the only name
 * there is. A bare form (区委 beside 某某区委) is the full name elided, and a name written again with
 * its city before it (某市某区委) the same body: neither is a second one.
 */
function onlyName(names: readonly string[], prefix: string | undefined, bare: readonly string[]): string | undefined {
  const named = [...new Set(names)];
  const full = named.filter((n) => !bare.includes(n));
  const distinct = full.length > 0 ? full : named;
  const narrowed = prefix === undefined ? distinct : distinct.filter((n) => n.startsWith(prefix));
  const pick = narrowed.length > 0 ? narrowed : distinct;
  // 襄阳市某区委 and 某区委: one body, written once with the city before it.
  const shortest = pick.reduce<string | undefined>((a, n) => (a === undefined || n.length < a.length ? n : a), undefined);
  return shortest !== undefined && pick.every((n) => n.endsWith(shortest)) ? shortest : undefined;
}

/**
 * An official's post with no body written before it (副市长张三, 县委书记李四, 区委书记甲、区长乙), read
 * by the annotation rules' convention: WORKS_AT the body the post belongs to when the article names
 * it anywhere (镇政府, 县委; the one whose name starts with the place written before the post, if any),
 * else WORKS_AT the place (the one written before the post, or the article's only place of that level).
 */
export function officialPosts(text: string, mentions: readonly Mention[], relations: Relation[], sentences: readonly SentenceSpan[], published?: string): Relation[] {
  const firstOf = new Map<string, number>();
  mentions.forEach((m, k) => {
    if (!m.nested && !firstOf.has(`${m.type}\n${m.text}`)) firstOf.set(`${m.type}\n${m.text}`, k);
  });
  const names = (type: string, endings: readonly string[]): string[] =>
    mentions.filter((m) => !m.nested && m.type === type && endings.some((e) => m.text.endsWith(e))).map((m) => m.text);
  const endingAt = new Map<number, number>();
  mentions.forEach((m, k) => {
    if (!m.nested) endingAt.set(m.end, k);
  });
  // The place a body of the level names (桂阳区委 → 桂阳): a 区长 works for that district when the article names no other.
  const placeOfLevelBody = (level: string): string | undefined => {
    const bodies = names('Institution', [`${level}委`, ...GOVERNMENT_BODIES.words.map((body) => `${level}${body}`)]);
    const prefixes = new Set(bodies.map((b) => b.replace(new RegExp(`${level}(?:委|${GOVERNMENT_BODIES.alternation()})$`, 'u'), '')).filter((prefix) => prefix !== ''));
    const places = mentions.filter((m) => !m.nested && m.type === 'Place' && [...prefixes].some((prefix) => m.text === prefix || m.text === `${prefix}${level}`)).map((m) => m.text);
    return new Set(places).size === 1 ? places[0] : undefined;
  };
  const stated: Relation[] = [];
  mentions.forEach((person, p) => {
    if (person.type !== 'Person' || person.nested) return;
    for (const official of postsBefore(text, person.start)) {
      const written = endingAt.get(official.start);
      const writtenPlace = written !== undefined && mentions[written]!.type === 'Place' ? mentions[written]! : undefined;
      const prefix = writtenPlace === undefined ? undefined : writtenPlace.text.replace(new RegExp(`${official.level}$`, 'u'), '');
      const body = onlyName(names('Institution', official.bodyEndings), prefix, official.bodyEndings);
      const place = writtenPlace?.text ?? onlyName(names('Place', [official.level]), undefined, [official.level]) ?? placeOfLevelBody(official.level);
      const target = body !== undefined ? firstOf.get(`Institution\n${body}`) : place !== undefined ? firstOf.get(`Place\n${place}`) : undefined;
      if (target === undefined) continue;
      const span = sentenceHolding(sentences, person.start);
      const date = findDate(text, span.start, span.end, published);
      stated.push({ source: p, target, type: 'WORKS_AT', start: span.start, end: span.end, confidence: CONFIDENCE, rule: OFFICIAL_POST_RULE, props: { post: official.post, ...(date === undefined ? {} : { date }) } });
    }
  });
  return withStatedLinks(mentions, relations, stated);
}
