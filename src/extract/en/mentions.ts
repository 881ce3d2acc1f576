import type { EntityType, Mention } from '../types';
import { labelsToSpans, type NerClass } from './labels';
import { englishTagger } from './model';
import { chineseNameSpans, withoutTitle } from './names';
import { opensAreaNoun, organisationSpans, organisationType, type TokenSpan } from './organisations';
import { tagSentence } from './perceptron';
import type { Token } from './tokenize';

const CLASS_TYPES: Partial<Record<NerClass, EntityType>> = { PER: 'Person', LOC: 'Place' };

/** A span with the rule that found it or last changed it (provenance). */
interface RuledSpan {
  type: EntityType;
  start: number;
  end: number;
  rule: string;
}

/** Tagger spans refined by the name rules: a rule span that covers tagger spans replaces them. */
export function sentenceMentions(text: string, tokens: Token[]): Mention[] {
  const words = tokens.map((token) => token.text);
  const tagged: RuledSpan[] = labelsToSpans(tagSentence(englishTagger(), words)).flatMap(({ cls, start, end }) => {
    const type = CLASS_TYPES[cls] ?? (cls === 'ORG' ? organisationType(words.slice(start, end)) : undefined);
    return type ? [{ ...(type === 'Person' ? withoutTitle(tokens, { type, start, end }) : { type, start, end }), rule: 'en-tagger' }] : [];
  });
  let spans = tagged;
  const ruleSpans = [...organisationSpans(tokens).map((span) => ({ span, id: 'en-organisation-name' })), ...chineseNameSpans(tokens).map((span) => ({ span, id: 'en-chinese-name' }))];
  for (const { span: found, id } of ruleSpans) {
    const rule = afterPerson(found, tagged, tokens);
    const overlapping = spans.filter((span) => span.start < rule.end && rule.start < span.end);
    const covered = overlapping.every((span) => rule.start <= span.start && span.end <= rule.end);
    const same = overlapping.length === 1 && overlapping[0].start === rule.start && overlapping[0].end === rule.end;
    if (!covered || (same && !rule.decisive && (overlapping[0].type === 'Place' || overlapping[0].type === 'Person'))) continue;
    spans = [...spans.filter((span) => !overlapping.includes(span)), { type: rule.type, start: rule.start, end: rule.end, rule: id }];
  }
  return spans
    .sort((a, b) => a.start - b.start)
    // A one-word name before "industrial park" or "district" is the place the area lies in.
    .map((span) => (span.end - span.start === 1 && span.type !== 'Place' && opensAreaNoun(tokens, span.end) ? { ...span, type: 'Place' as EntityType, rule: 'en-area-noun' } : span))
    .map(({ type, start, end, rule }) => {
      const [from, to] = [tokens[start].start, tokens[end - 1].end];
      return { text: text.slice(from, to), type, start: from, end: to, rule };
    });
}

const PERSON_CONNECTORS = new Set(['of', 'and', '&', 'from']);

/**
 * A rule's name cut after a person the tagger found inside it and the connector that follows:
 * "Zhou Wenbin of Hunan Tianyi Robotics Co., Ltd." names a person of a company, not one company.
 */
function afterPerson(rule: TokenSpan, tagged: TokenSpan[], tokens: Token[]): TokenSpan {
  let start = rule.start;
  for (const span of tagged) {
    if (span.type !== 'Person' || span.start < rule.start || span.end >= rule.end - 1 || !PERSON_CONNECTORS.has(tokens[span.end]!.text)) continue;
    start = Math.max(start, tokens[span.end + 1]!.text === 'the' ? span.end + 2 : span.end + 1);
  }
  return start === rule.start ? rule : { ...rule, start };
}
