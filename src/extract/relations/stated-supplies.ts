import { CO_MENTIONED, zh } from '../../lexicon';
import type { Mention, Relation } from '../types';
import { sentenceHolding, type SentenceSpan } from './sentences';
import { isOrganisation, listFrom } from './stated-links';
import { signingVerbs } from './table';

export const SUPPLY_AGREEMENT_RULE = 'supply-agreement';
export const BUYING_FROM_RULE = 'buying-from';

const SUPPLY = 'SUPPLIES';
const CONFIDENCE = 0.75;
/** The signing verbs are the signing row's triggers: one list of them. */
const SIGNING = signingVerbs();
const PURCHASE = zh('purchaseWords').alternation();
const SALE = zh('saleWords').alternation();
const AGREEMENT = zh('agreementNouns').alternation();
const PAIR_JOINERS = zh('pairJoiners').alternation();
/** Adverbs between the signer and its 与 (拟与, 共同分别与, 此前已与). */
const SIGNER_BETWEEN = new RegExp(`^[^，。；！？,;\\n]{0,6}(?:${PAIR_JOINERS})$`, 'u');
/**
 * After the parties signed with: the signing verb, then an agreement whose name says buying or
 * selling (签订化肥采购合同, 签署出口农机协议, 签订2亿元采购大单), or 签约采购 said outright.
 */
const AGREEMENT_AFTER = new RegExp(
  `^[^，。；！？,;\\n]{0,8}?(?:${SIGNING})(?:了)?(?:(${PURCHASE})|[^，。；！？,;\\n]{0,24}?(?:(${PURCHASE})|(${SALE}))[^，。；！？,;\\n]{0,12}?(?:${AGREEMENT}))`,
  'u',
);
/** A buyer, adverbs and 向 or 从 before the seller (X从Y进口, X向Y、Z采购). */
const BUYER_BETWEEN = /^[^，。；！？,;\n]{0,6}?[向从]$/u;
/** After the sellers, the verb of buying (采购, 进口) with a few adverbs before it. */
const BUYING_AFTER = new RegExp(`^[^，。；！？,;\\n]{0,4}?(?:${PURCHASE})`, 'u');

/**
 * Who supplies whom, stated by two structures. A supply agreement signed between two parties
 * (A与B签订采购合同; A与B、C签署出口协议) states it besides the signing: an agreement of buying makes
 * each party signed with a supplier of the signer, one of selling the signer a supplier of each. The
 * annotations draw both links on such a pair, where the link model reads one type per pair and keeps
 * the signing; so the supply is added beside whatever the pair was typed. And a purchase from a
 * seller (X向Y采购, X从Y、Z进口) makes each seller a supplier of the buyer, which the link model,
 * having learnt X向Y供应 far more often, reads the other way round. A supply so stated replaces the
 * pair's co-mention and a supply read the other way.
 */
export function statedSupplies(text: string, mentions: readonly Mention[], relations: Relation[], sentences: readonly SentenceSpan[]): Relation[] {
  const names = mentions.map((_m, k) => k).filter((k) => isOrganisation(mentions[k])).sort((a, b) => mentions[a]!.start - mentions[b]!.start);
  const stated: Relation[] = [];
  for (let i = 0; i + 1 < names.length; i++) {
    const first = names[i]!;
    const between = text.slice(mentions[first]!.end, mentions[names[i + 1]!]!.start);
    const signing = SIGNER_BETWEEN.test(between);
    if (!signing && !BUYER_BETWEEN.test(between)) continue;
    // The parties signed with (or bought from): the names after 与 (向), joined by 、 or 和 into one list.
    const parties = listFrom(text, mentions, names, i + 1);
    const after = text.slice(mentions[parties[parties.length - 1]!]!.end, mentions[parties[parties.length - 1]!]!.end + 60);
    const agreement = signing ? AGREEMENT_AFTER.exec(after) : null;
    if (signing ? agreement === null : !BUYING_AFTER.test(after)) continue;
    const firstSells = agreement?.[3] !== undefined;
    const span = sentenceHolding(sentences, mentions[first]!.start);
    for (const party of parties) {
      const [source, target] = firstSells ? [first, party] : [party, first];
      stated.push({ source, target, type: SUPPLY, start: span.start, end: span.end, confidence: CONFIDENCE, rule: signing ? SUPPLY_AGREEMENT_RULE : BUYING_FROM_RULE });
    }
  }
  return withSupplies(mentions, relations, stated);
}

/** Each supply added beside its pair's typed links, over the pair's co-mentions; pairs by name, as the stated links are. */
function withSupplies(mentions: readonly Mention[], relations: Relation[], stated: readonly Relation[]): Relation[] {
  if (stated.length === 0) return relations;
  const name = (k: number): string => `${mentions[k]!.type}\n${mentions[k]!.text}`;
  const pairOf = (r: Relation): string => [name(r.source), name(r.target)].sort().join('\n\n');
  const added = new Set(stated.map(pairOf));
  const supplied = new Set(relations.filter((r) => r.type === SUPPLY).map((r) => `${name(r.source)}\n\n${name(r.target)}`));
  const directed = new Set(stated.map((r) => `${name(r.source)}\n\n${name(r.target)}`));
  // A co-mention of the pair gives way, and so does a supply read the other way round (X向Y采购 read as X supplying Y).
  const out = relations.filter((r) => !added.has(pairOf(r)) || (r.type !== CO_MENTIONED && (r.type !== SUPPLY || directed.has(`${name(r.source)}\n\n${name(r.target)}`))));
  for (const link of stated) {
    const key = `${name(link.source)}\n\n${name(link.target)}`;
    if (supplied.has(key)) continue;
    supplied.add(key);
    out.push(link);
  }
  return out;
}
