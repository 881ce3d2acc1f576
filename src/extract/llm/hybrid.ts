import type { Extraction, Extractor, Relation } from '../types';
import { ask, type AskContext } from './ask';
import type { TextSpan } from './chunks';
import { LLM_RULE, occurrences } from './ground';
import { relationRequests, sentenceIndex } from './plan';
import { RELATION_TYPES, relationsAnswer, relationsSchema } from './schema';
import { moduleOf, versionOf } from '../version';

const LLM_CONFIDENCE = 0.75;

/**
 * The base extractor's entities stand; each chunk lists the entities of its sentences that have a
 * partner, and the LLM names the relations between them. Base relations survive for pairs the LLM
 * leaves untyped (or when its answer failed), so a failure costs precision, not the article.
 */
export function createHybrid(base: Extractor, context: AskContext): Extractor {
  return {
    name: `hybrid:${base.name}+${context.options.model}`,
    // What the base reads and what the LLM side reads (its prompts, its grounding): either changing re-extracts.
    version: `${base.version ?? 'unversioned'}+${versionOf([moduleOf(import.meta.url)])}`,
    prime: (texts) => base.prime?.(texts),
    async extract(input): Promise<Extraction> {
      const { text, id } = input;
      const { entities, relations } = await base.extract(input);
      const sentenceOf = sentenceIndex(text, entities);
      const requests = relationRequests(text, entities, context.options);
      const perChunk = await Promise.all(requests.map(async ({ tool, system, user, chunk, listed }, k): Promise<Relation[]> => {
        const answer = await ask({ id: `${id ?? 'article'}#${k}`, tool, system, user, sent: relationsSchema, accepted: relationsAnswer }, context);
        return (answer?.relations ?? []).flatMap(({ source, target, type, quote, post }) => {
          const evidence = validRelation(text, chunk, { source, target, type, quote }, listed, sentenceOf, context);
          return evidence ? [{ source, target, type, ...evidence, confidence: LLM_CONFIDENCE, rule: LLM_RULE, ...(post ? { props: { post } } : {}) }] : [];
        });
      }));
      const typed = dedupe(perChunk.flat());
      const typedPairs = new Set(typed.flatMap((r) => [`${r.source}:${r.target}`, `${r.target}:${r.source}`]));
      return { entities, relations: [...typed, ...relations.filter((r) => !typedPairs.has(`${r.source}:${r.target}`))] };
    },
  };
}

function validRelation(
  text: string, chunk: TextSpan, relation: { source: number; target: number; type: string; quote: string },
  listed: number[], sentenceOf: number[], { stats }: AskContext,
): TextSpan | undefined {
  if (!RELATION_TYPES.includes(relation.type)) {
    stats.dropped.types++;
    return undefined;
  }
  const { source, target } = relation;
  if (source === target || !listed.includes(source) || !listed.includes(target) || sentenceOf[source] !== sentenceOf[target]) {
    stats.dropped.endpoints++;
    return undefined;
  }
  const at = occurrences(text, chunk, relation.quote)[0];
  if (at === undefined) {
    stats.dropped.quotes++;
    return undefined;
  }
  return { start: at, end: at + relation.quote.length };
}

function dedupe(relations: Relation[]): Relation[] {
  const seen = new Set<string>();
  return relations.filter((r) => {
    const key = `${r.source}:${r.target}:${r.type}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
