import { zh } from '../../lexicon';
import type { Mention, Relation } from '../types';
import { sentenceHolding, type SentenceSpan } from './sentences';
import { isOrganisation, withStatedLinks } from './stated-links';

export const LISTED_RIVALS_RULE = 'listed-rivals';

const CONFIDENCE = 0.75;
const LIST_JOINERS = zh('listJoiners');
/**
 * After a list's last member: 等, a kind noun with a few words before it (医药巨头, 两大集团), a
 * verb forming a state of the market with a few words before it (已在市场上形成了), then a rivalry
 * idiom, quoted or not (A、B、C医药巨头“三足鼎立”, A与B形成双雄鼎立的局面).
 */
const RIVALRY_AFTER = new RegExp(
  `^(?:等)?(?:[^，。；！？,;\\n“”]{0,4}?(?:${zh('kindNouns').alternation()}))?(?:[^，。；！？,;\\n“”]{0,10}?(?:${zh('formingVerbs').alternation()})了?)?[^，。；！？,;\\n“”]{0,2}?[“"]?(?:${zh('groupRivalries').alternation()})`,
  'u',
);

/**
 * A list of organisations closed by an idiom of rivalry among them (A、B、C三足鼎立; A与B形成双雄鼎立的局面)
 * makes every member a rival of every other. The competing row reads A与B竞争, but such idioms stand
 * after a kind noun or in quotes, which part a clause, and the link model, having met them rarely,
 * declines the pairs of a list.
 */
export function listedRivals(text: string, mentions: readonly Mention[], relations: Relation[], sentences: readonly SentenceSpan[]): Relation[] {
  const names = mentions.map((_m, k) => k).filter((k) => isOrganisation(mentions[k])).sort((a, b) => mentions[a]!.start - mentions[b]!.start);
  const stated: Relation[] = [];
  let list: number[] = [];
  for (const [k, name] of names.entries()) {
    const previous = names[k - 1];
    const joined = previous !== undefined && LIST_JOINERS.has(text.slice(mentions[previous]!.end, mentions[name]!.start));
    list = joined ? [...list, name] : [name];
    if (list.length < 2 || !RIVALRY_AFTER.test(text.slice(mentions[name]!.end, mentions[name]!.end + 30))) continue;
    const span = sentenceHolding(sentences, mentions[name]!.start);
    for (const [i, a] of list.entries()) {
      for (const b of list.slice(i + 1)) stated.push({ source: a, target: b, type: 'COMPETES_WITH', start: span.start, end: span.end, confidence: CONFIDENCE, rule: LISTED_RIVALS_RULE });
    }
  }
  return withStatedLinks(mentions, relations, stated);
}
