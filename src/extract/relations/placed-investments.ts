import { zh } from '../../lexicon';
import type { Mention, Relation, RelationProps } from '../types';
import { findAmount, findDate } from './props';
import { sentenceHolding, type SentenceSpan } from './sentences';
import { isOrganisation, listFrom, withStatedLinks } from './stated-links';

export const INVESTING_IN_PLACE_RULE = 'investing-in-place';
export const ATTRACTED_TO_PLACE_RULE = 'attracted-to-place';
export const PROJECT_AT_PLACE_RULE = 'project-at-place';

const SUBJECT_ADVERBS = zh('subjectAdverbs');
const PLACE_INVESTMENT_VERBS = zh('placeInvestmentVerbs');
const ATTRACTING_VERBS = zh('attractingVerbs');
const PROJECT_WORDS = zh('projectWords');
const SETTLING_VERBS = zh('settlingVerbs');
const GROUNDBREAKING_WORDS = zh('groundbreakingWords');
/** A time written between a clause's subject and its 在 (X上周在P…, X于7月19日在P…): the subject still acts there. */
const TIME_BEFORE_ZAI = /^(?:于)?(?:\d{2,4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:上周|本周|上月|本月|今年|去年|近期|目前)?/u;
/** A purpose written between a subject and its 在 (X为响应…，在P投资): at most this long, one comma after it. */
const MAX_PURPOSE = 30;
/** An investment and its amount between a subject and its 在 (X拟投资150亿日元，在P…), up to its comma. */
const INVESTMENT_BEFORE_ZAI = /^(?:投资|斥资|出资|注资)[^，。；！？\n]{1,16}?[元币][，,]/u;
/** What stands between a list's last item and a name read only in part: the joiner and the unread head. */
const PARTIAL_ITEM = /^、\p{Script=Han}{1,4}$/u;
/** What may close a list of firms before its 在 (A、B等40余家企业在P…): every firm of the list is the subject. */
const LIST_TAIL = /^等(?:[\d０-９一二三四五六七八九十百千余多]+家)?(?:[\p{Script=Han}]{0,4}(?:企业|公司|集团|厂商))?/u;
/** How far after the subject its project word may stand (X年产60万千升生产基地项目), and after it the place it lands in. */
const MAX_TO_PROJECT = 30;
const MAX_PROJECT_TO_PLACE = 40;
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

/**
 * Where 在 stands after an organisation's name and the adverbs of its clause (X将在, X已先后在), a
 * time (X上周在), or a purpose clause and its comma (X为响应…战略，在P投资), or undefined.
 */
function zaiAfter(text: string, end: number): number | undefined {
  let at = pastAdverbs(text, end);
  at = pastAdverbs(text, at + (TIME_BEFORE_ZAI.exec(text.slice(at, at + 16))?.[0].length ?? 0));
  // X拟投资150亿日元，在P兴建…: the investment and its amount come first, where it goes after the comma.
  const invested = INVESTMENT_BEFORE_ZAI.exec(text.slice(at, at + MAX_PURPOSE))?.[0];
  if (invested !== undefined) at = pastAdverbs(text, at + invested.length);
  else if (text[at] === '为') {
    const comma = text.slice(at, at + MAX_PURPOSE).search(/[，,]/u);
    if (comma > 0 && !/[。；！？\n]/u.test(text.slice(at, at + comma))) at = pastAdverbs(text, at + comma + 1);
  }
  return text[at] === '在' ? at : undefined;
}

/** The most specific place of a chain starting at mention `place` (湖南郴州, 巴西圣保罗州的雅卡雷伊市 → the last). */
function lastOfChain(text: string, place: number, mentions: readonly Mention[], startingAt: Map<number, number>): number {
  for (;;) {
    const end = mentions[place]!.end;
    const next = startingAt.get(end) ?? (text[end] === '的' ? startingAt.get(end + 1) : undefined);
    if (next === undefined || mentions[next]!.type !== 'Place') return place;
    place = next;
  }
}

/**
 * The place an organisation's project lands in, read from the sentence: X + its project (X年产…项目,
 * X的新工厂) + 落户 P, or + 在 P with groundbreaking or opening said of it in the sentence
 * (…项目，于某日在P举行开工奠基仪式; …项目开工奠基仪式在P举行). No other organisation stands between X
 * and its project, so the project is X's, nor between the project and the place, so the place is the project's.
 */
function projectPlace(text: string, investor: Mention, startingAt: Map<number, number>, mentions: readonly Mention[], sentence: SentenceSpan): number | undefined {
  const toProject = text.slice(investor.end, Math.min(sentence.end, investor.end + MAX_TO_PROJECT));
  const project = PROJECT_WORDS.words.map((w) => toProject.indexOf(w) + (toProject.includes(w) ? w.length : 0)).filter((at) => at > 0).sort((a, b) => a - b)[0];
  if (project === undefined || /[，。；！？\n]/u.test(toProject.slice(0, project))) return undefined;
  const projectEnd = investor.end + project;
  if (mentions.some((m) => isOrganisation(m) && m.start >= investor.end && m.start < projectEnd)) return undefined;
  const rest = text.slice(projectEnd, Math.min(sentence.end, projectEnd + MAX_PROJECT_TO_PLACE));
  // Another organisation after the project opens a clause of its own (…新工厂奠基，与此同时，Y在P投资).
  const nextOrganisation = mentions.find((m) => isOrganisation(m) && m.start >= projectEnd && m.start < projectEnd + rest.length);
  const scope = nextOrganisation === undefined ? rest.length : nextOrganisation.start - projectEnd;
  for (let k = 0; k < scope; k++) {
    const settled = SETTLING_VERBS.at(rest, k);
    const zai = rest[k] === '在';
    if (settled === undefined && !zai) continue;
    const place = startingAt.get(projectEnd + k + (settled?.length ?? 1));
    if (place === undefined || mentions[place]!.type !== 'Place') continue;
    const last = lastOfChain(text, place, mentions, startingAt);
    if (settled !== undefined) return last;
    // 在P alone says where something happened: groundbreaking said of the project makes it where the project is.
    const around = text.slice(projectEnd, Math.min(sentence.end, mentions[last]!.end + MAX_CLAUSE));
    return GROUNDBREAKING_WORDS.occursIn(around) ? last : undefined;
  }
  return undefined;
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
    const projected = projectPlace(text, investor, startingAt, mentions, sentenceHolding(sentences, investor.start));
    if (projected !== undefined) found.push({ source: i, target: projected, props: undefined, rule: PROJECT_AT_PLACE_RULE });
  });
  // The subject of 在P投资 is a firm or a list of them (A、B和C等企业在P投资): each item invests there.
  const names = mentions.map((_, k) => k).filter((k) => isOrganisation(mentions[k]) && !mentions[k]!.nested);
  for (let k = 0; k < names.length; ) {
    const list = listFrom(text, mentions, names, k);
    k += list.length;
    let end = mentions[list[list.length - 1]!]!.end;
    // An item the tagger read only in part (、金山新禾 read as 新禾) keeps the list going; it is not linked.
    const partial = names[k] === undefined ? undefined : mentions[names[k]!]!;
    if (list.length > 1 && partial !== undefined && PARTIAL_ITEM.test(text.slice(end, partial.start))) {
      end = partial.end;
      k++;
    }
    const zai = zaiAfter(text, end + (list.length > 1 ? (LIST_TAIL.exec(text.slice(end, end + 16))?.[0].length ?? 0) : 0));
    if (zai === undefined) continue;
    const first = startingAt.get(zai + 1);
    if (first === undefined || mentions[first]!.type !== 'Place') continue;
    const place = lastOfChain(text, first, mentions, startingAt);
    const from = mentions[place]!.end;
    const clause = text.slice(from, from + MAX_CLAUSE).split(CLAUSE_END)[0]!;
    if (!PLACE_INVESTMENT_VERBS.occursIn(clause)) continue;
    const props = findAmount(text, from, from + clause.length, from, 'zh');
    for (const source of list) found.push({ source, target: place, props, rule: INVESTING_IN_PLACE_RULE });
  }
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
