import type { EntityType, Mention, Relation } from '../types';
import { ArticleMentions } from './article';
import { coMentions, eventCoMentions, pairKey } from './comention';
import { clauseSubject, genericSubject, quoteSpeaker, SentenceContext } from './context';
import { splitSentences, type SentenceSpan } from './sentences';
import { learnedType, reconsidered } from './learned';
import type { PairModel } from './pair-model';
import { typedRelations } from './patterns';
import { GRAMMAR } from './table';

// Projects are brought into a zone, a county or an institution, never into a company.
const HOST_TYPES = new Set<EntityType>(['Place', 'Institution']);

export { sentenceHolding, splitSentences } from './sentences';
export { anaphoricPost, endsWithUnit, splitTitle, unitPost, withoutUnit } from './posts';
export { postEmployers, postsBeforeNames } from './employers';
export { NAMED_PARENT_RULE, withNamedParents } from './named-parents';
export { CO_MENTION_RULE, isAbbreviatedPlace } from './comention';
export { RULE_ID } from './table';
export { pairFeatures } from './pair-features';
export { scorePair, type PairModel } from './pair-model';
export type { SentenceSpan } from './sentences';

export interface RelationOptions {
  /** The article's ISO date (YYYY-MM-DD); supplies the year of dates such as 12月7日. */
  published?: string;
  /** The model that types pairs no pattern reads (Chinese only); the trained one by default. */
  pairModel?: PairModel;
  /** The text's sentences when the caller has split it already (an article's context). */
  sentences?: readonly SentenceSpan[];
  /**
   * A language's rows that type a pair by the text between its names (English: en/relations.json).
   * They are read first; the pattern table types the pairs of the sentence they leave untyped.
   */
  betweenRows?: BetweenRows;
}

/** Typed relations for pairs of the mentions `inSentence`, at most one per pair. */
export type BetweenRows = (text: string, sentence: SentenceSpan, mentions: Mention[], inSentence: number[]) => Relation[];

/**
 * Typed relations from the pattern table, plus a co-mention link for the pairs of a sentence
 * that no pattern covers. Evidence spans are whole sentences; source/target index into mentions.
 * A sentence that leaves its subject out (便成功签约A、B) takes the subject of an earlier one;
 * its evidence is still the sentence that states the relation. A quote spoken in the first person
 * (“我们…”X负责人说) takes its speaker as that subject.
 */
export function extractRelations(text: string, mentions: Mention[], lang: 'zh' | 'en', options: RelationOptions = {}): Relation[] {
  const article = new ArticleMentions(mentions);
  const relations: Relation[] = [];
  let topic: number | undefined;
  let host: number | undefined;
  const sentences = options.sentences ?? splitSentences(text, lang);
  let previous: number[] = [];
  for (const [k, sentence] of sentences.entries()) {
    const inSentence = article.inside(sentence);
    const before = previous;
    previous = inSentence;
    const carried = topic;
    const carriedHost = host;
    const subject = clauseSubject(text, sentence, inSentence, mentions, lang);
    // 该公司是X的子公司: the sentence opens with a word for the subject before, which it goes on with.
    const opener = (GRAMMAR[lang].subjectAnaphors ?? []).some((w) => text.startsWith(w, sentence.start)) ? carried : undefined;
    topic = opener ?? (lang === 'zh' ? genericSubject(text, sentence, article, lang) : undefined) ?? subject ?? topic;
    if (subject !== undefined && HOST_TYPES.has(mentions[subject]!.type)) host = subject;
    if (inSentence.length === 0) continue;
    // In a quote, 我们 is the organisation whose spokesperson the next sentence names.
    const speaker = quoteSpeaker(text, sentence, sentences[k + 1], article, lang);
    const context = new SentenceContext({ text, sentence, inSentence, article, lang, topic: speaker ?? carried, host: carriedHost, ...(opener === undefined ? {} : { opener }) });
    const between = options.betweenRows?.(text, sentence, mentions, inSentence) ?? [];
    const betweenPairs = new Set(between.map((r) => pairKey(r.source, r.target)));
    const rows = typedRelations(context, options.published)
      .filter((r) => !betweenPairs.has(pairKey(r.source, r.target)))
      .map((r) => withCarriedEnd(r, inSentence, { speaker, opener, topic: carried, host: carriedHost }));
    const typed = [...between, ...rows];
    const fallback = coMentions(sentence, inSentence, mentions, typed);
    const read = lang === 'zh' ? typed.map((r) => reconsidered(text, sentence, r, mentions, inSentence, options.pairModel)) : typed;
    // Two names each already linked, in this sentence, to the subject an earlier sentence named are
    // a chain's ends (该公司是X的子公司，产品配套Z): what ties X to Z is that subject, not a link of X's
    // own the model should type, having never seen the subject in the sentence.
    const carriedLinks = read.filter((r) => !inSentence.includes(r.source) || !inSentence.includes(r.target));
    const linked = new Set(carriedLinks.flatMap((r) => [r.source, r.target]));
    // Members of a list that act each on their own (A与B分别持有C) are no pair the model should type.
    const apart = (r: Relation): boolean => (linked.has(r.source) && linked.has(r.target)) || context.inListActingApart(r.source, r.target);
    relations.push(...read, ...(lang === 'zh' ? fallback.map((r) => (apart(r) ? r : learnedType(text, sentence, r, mentions, inSentence, options.pairModel))) : fallback));
    relations.push(...eventCoMentions(text, before, sentence, inSentence, mentions, GRAMMAR[lang].eventAnaphors ?? []));
  }
  return relations;
}

/**
 * A pattern's relation whose end stands outside the sentence names, beside its row, how that end
 * came in (signing-with@carried-subject): the sentence alone does not show who it is.
 */
function withCarriedEnd(r: Relation, inSentence: number[], carriedBy: { speaker?: number; opener?: number; topic?: number; host?: number }): Relation {
  const outside = [r.source, r.target].find((i) => !inSentence.includes(i));
  if (outside === undefined) return r;
  const how = outside === carriedBy.speaker ? 'quote-speaker' : outside === carriedBy.opener ? 'subject-anaphor' : outside === carriedBy.host && outside !== carriedBy.topic ? 'host' : 'carried-subject';
  return { ...r, rule: `${r.rule}@${how}` };
}
