import { zh } from '../../lexicon';
import type { Mention, Relation } from '../types';
import { sentenceHolding, type SentenceSpan } from './sentences';
import { isOrganisation, listFrom, withStatedLinks } from './stated-links';

export const STATED_HOLDING_RULE = 'stated-holding';

const SUBSIDIARY = zh('subsidiaryNouns').alternation();
const OWNING = zh('owningClauses');
const INVESTING = zh('investingClauses');
/** A joint venture's clause, a short description of the venture after it and an opening quote (合资的从事冰箱开发的“C”). */
const JOINT = new RegExp(`^(?:${zh('jointClauses').alternation()})(?:[^，。；！？,;\\n]{0,10}?的)?[“"]?$`, 'u');
const LIST_JOINERS = zh('listJoiners');
const SUBJECT_ANAPHORS = zh('subjectAnaphors');
/** What may stand between the founded firm (or 该公司) and 由: X将由…, 该公司系由…. */
const BEFORE_BY = /^(?:将|已|是|系)?$/u;
/** After the founders: 等, their count, the founding clause (A与B、C等三家共同出资成立). */
const FOUNDED = new RegExp(`^(?:等(?:[\\d一二三四五六七八九十两]+(?:家|方))?)?(?:${zh('foundingClauses').alternation()})`, 'u');
/** Where a Place's name stands in the words between two names (X澳大利亚子公司Y). */
const PLACE_MARK = '\u0000';
/** Holder, then the nouns that make the next firm its own: X(的)(拟对)(某国)全资子公司Y. */
const SUBSIDIARY_BETWEEN = new RegExp(`^(?:的|旗下的?)?(?:(?:拟|将|已)?[对向])?${PLACE_MARK}?的?(?:${SUBSIDIARY})$`, 'u');
/** A holder's stake stated (X持有Y 49.5%的股权), and the clause after it that goes on with the same holder (，持有Z 51%的股权). */
const HOLDING = /^(?:目前|现|仍|直接)?持有$/u;
const HOLDING_AGAIN = /^[，,](?:并|同时|还|另)?持有$/u;
const STAKE_AFTER = /^(?:约|近|超过)?[\d.]+%的?(?:股权|股份)/u;
/** Firm, then 是/为 and its holder, the holder then the nouns: Y是X的全资子公司. */
const IS_OF = /^(?:是|为|系)$/u;
const OF_SUBSIDIARY = new RegExp(`^(?:的|旗下的?)?${PLACE_MARK}?的?(?:${SUBSIDIARY})`, 'u');
const CONFIDENCE = 0.8;
/** A clause acting on a subsidiary it names right after (…拟以自有资金2亿元对全资子公司Y增资). */
const ON_SUBSIDIARY = new RegExp(`[对向](?:${SUBSIDIARY})$`, 'u');
/** An investor's relative clause with its amount (X总投资12亿元的Y). */
const INVESTED_AMOUNT = /^(?:总|共同)?(?:投资|出资)(?:约|近|超过|逾)?[\d.,一二三四五六七八九十百千万两]+多?(?:万|亿)*(?:元|美元|欧元|港元|人民币)?的$/u;

/**
 * Ownership and investment a sentence states by its structure, between two names with nothing else
 * between: an apposition (X全资子公司Y, X澳大利亚子公司Y, X拟对全资子公司Y增资), a relative clause
 * (X控股的Y: OWNS; X投资的Y, X总投资12亿元的Y: INVESTS_IN; A与B合资的C: each founder OWNS C), a predicate
 * (Y是X的子公司), a clause acting on a subsidiary (X…，拟对全资子公司Y增资: X the organisation named last before),
 * a stake (X持有Y 40%的股权，持有Z 60%的股权: OWNS, as GUIDELINES counts a stake), and a firm founded
 * by a list (X由A与B共同出资成立; 该公司由A、B等两家合资组建, 该公司 the firm the sentence before opens with). The link model,
 * which sees such pairs as two firms side by side, declines many; the structure says who holds whom.
 */
export function statedHoldings(text: string, mentions: readonly Mention[], relations: Relation[], sentences: readonly SentenceSpan[]): Relation[] {
  const names = mentions.map((_m, k) => k).filter((k) => !mentions[k]!.nested).sort((a, b) => mentions[a]!.start - mentions[b]!.start);
  const stated: Relation[] = [];
  const link = (source: number, target: number, type: string): void => {
    const span = sentenceHolding(sentences, mentions[target]!.start);
    stated.push({ source, target, type, start: span.start, end: span.end, confidence: CONFIDENCE, rule: STATED_HOLDING_RULE });
  };
  for (let i = 0; i < names.length; i++) {
    const holder = names[i]!;
    if (!isOrganisation(mentions[holder]) && mentions[holder]!.type !== 'Person') continue;
    // The next name that is no place, with only places between.
    let j = i + 1;
    while (j < names.length && mentions[names[j]!]!.type === 'Place') j++;
    const held = names[j];
    if (held === undefined || mentions[held]!.type !== 'Company') continue;
    const between = wordsBetween(text, mentions, names.slice(i + 1, j), mentions[holder]!.end, mentions[held]!.start);
    if (between === undefined) {
      // X…，拟…对全资子公司Y增资: the organisation named last before the clause is the one acting on its own.
      const sentence = sentenceHolding(sentences, mentions[held]!.start);
      const lead = text.slice(Math.max(sentence.start, mentions[holder]!.end), mentions[held]!.start);
      if (isOrganisation(mentions[holder]) && j === i + 1 && ON_SUBSIDIARY.test(lead) && mentions[holder]!.start >= sentence.start) link(holder, held, 'OWNS');
      continue;
    }
    if (OWNING.has(between) && !between.includes(PLACE_MARK)) link(holder, held, 'OWNS');
    else if (INVESTING.has(between) || INVESTED_AMOUNT.test(between)) link(holder, held, 'INVESTS_IN');
    else if (isOrganisation(mentions[holder]) && SUBSIDIARY_BETWEEN.test(between)) link(holder, held, 'OWNS');
  }
  // X持有Y 49.5%的股权，持有Z 51%的股权: a stake is ownership, and the next clause keeps its holder.
  for (let i = 0; i + 1 < names.length; i++) {
    const holder = names[i]!;
    if (!isOrganisation(mentions[holder]) || !HOLDING.test(text.slice(mentions[holder]!.end, mentions[names[i + 1]!]!.start))) continue;
    for (let j = i + 1; j < names.length && mentions[names[j]!]!.type === 'Company'; j++) {
      const held = mentions[names[j]!]!;
      const stake = STAKE_AFTER.exec(text.slice(held.end, held.end + 16));
      if (stake === null) break;
      link(holder, names[j]!, 'OWNS');
      const next = names[j + 1];
      if (next === undefined || !HOLDING_AGAIN.test(text.slice(held.end + stake[0].length, mentions[next]!.start))) break;
    }
  }
  // X由A与B共同出资成立 (or 该公司由…, X the subject of the sentence before): each founder holds X.
  for (let i = 0; i + 1 < names.length; i++) {
    const first = mentions[names[i]!]!;
    if (!isOrganisation(first) || text[first.start - 1] !== '由') continue;
    const founders = listFrom(text, mentions, names, i);
    if (!FOUNDED.test(text.slice(mentions[founders[founders.length - 1]!]!.end))) continue;
    const founded = foundedFirm(text, mentions, names.slice(0, i), first.start - 1, sentences);
    if (founded !== undefined) for (const founder of founders) link(founder, founded, 'OWNS');
  }
  // A与B合资的C: every founder of the list before the clause holds a stake in the venture.
  let founders: number[] = [];
  for (let i = 0; i + 1 < names.length; i++) {
    const [name, next] = [names[i]!, names[i + 1]!];
    const joined = founders.length > 0 && LIST_JOINERS.has(text.slice(mentions[founders[founders.length - 1]!]!.end, mentions[name]!.start));
    founders = isOrganisation(mentions[name]) ? (joined ? [...founders, name] : [name]) : [];
    if (founders.length < 2 || mentions[next]!.type !== 'Company') continue;
    if (JOINT.test(text.slice(mentions[name]!.end, mentions[next]!.start))) for (const founder of founders) link(founder, next, 'OWNS');
  }
  // Y是X的子公司: the firm first, then its holder.
  for (let i = 0; i + 1 < names.length; i++) {
    const [held, holder] = [names[i]!, names[i + 1]!];
    if (mentions[held]!.type !== 'Company' || !isOrganisation(mentions[holder])) continue;
    if (!IS_OF.test(text.slice(mentions[held]!.end, mentions[holder]!.start))) continue;
    const after = text.slice(mentions[holder]!.end, mentions[holder]!.end + 12);
    if (OF_SUBSIDIARY.test(after)) link(holder, held, 'OWNS');
  }
  return withStatedLinks(mentions, relations, stated);
}

/**
 * The firm a 由-clause says was founded: a firm named right before 由 (X由…, X将由…), or, when the
 * sentence opens with 该公司 and goes on to 由, the first firm of the sentence before.
 */
function foundedFirm(text: string, mentions: readonly Mention[], before: readonly number[], by: number, sentences: readonly SentenceSpan[]): number | undefined {
  const sentence = sentenceHolding(sentences, by);
  const last = before[before.length - 1];
  if (last !== undefined && mentions[last]!.type === 'Company' && mentions[last]!.start >= sentence.start && BEFORE_BY.test(text.slice(mentions[last]!.end, by))) return last;
  const anaphor = SUBJECT_ANAPHORS.at(text, sentence.start);
  if (anaphor === undefined || !BEFORE_BY.test(text.slice(sentence.start + anaphor.length, by))) return undefined;
  const previous = sentenceHolding(sentences, sentence.start - 1);
  return before.find((k) => mentions[k]!.start >= previous.start && mentions[k]!.end <= previous.end && mentions[k]!.type === 'Company');
}

/** The text between two names, each place name between them written as PLACE_MARK; undefined across a clause. */
function wordsBetween(text: string, mentions: readonly Mention[], places: readonly number[], from: number, to: number): string | undefined {
  let out = '';
  let at = from;
  for (const k of places) {
    out += text.slice(at, mentions[k]!.start) + PLACE_MARK;
    at = mentions[k]!.end;
  }
  out += text.slice(at, to);
  return /[，。；！？,;\n]/u.test(out) || out.length > 14 ? undefined : out;
}
