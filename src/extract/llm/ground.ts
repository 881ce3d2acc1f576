import { longestFirst } from '../../lexicon';
import { ENTITY_TYPES, type EntityType, type Extraction, type Mention, type Relation } from '../types';
import type { TextSpan } from './chunks';
import { RELATION_TYPES, type GraphAnswer } from './schema';
import type { LlmStats } from './stats';

const LLM_CONFIDENCE = 0.7;
/** The rule of what a chat model named and linked (provenance): its answer, grounded in the text. */
export const LLM_RULE = 'llm';

const isEntityType = (type: string): type is EntityType => (ENTITY_TYPES as readonly string[]).includes(type);

/** Every occurrence of `needle` inside the span, as absolute offsets. */
export function occurrences(text: string, span: TextSpan, needle: string): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  // Searched in the span alone: a needle it lacks must not send the search through the rest of the article.
  const inSpan = text.slice(span.start, span.end);
  for (let at = inSpan.indexOf(needle); at >= 0; at = inSpan.indexOf(needle, at + needle.length)) found.push(span.start + at);
  return found;
}

/** Collects mentions and relations from many chunks, merging the duplicates that overlaps produce. */
export class ExtractionBuilder {
  readonly entities: Mention[] = [];
  readonly relations: Relation[] = [];
  private readonly mentionIndex = new Map<string, number>();
  private readonly relationKeys = new Set<string>();

  mention(text: string, type: EntityType, start: number, end: number): number {
    const key = `${start}:${end}:${type}`;
    let index = this.mentionIndex.get(key);
    if (index === undefined) {
      index = this.entities.push({ text: text.slice(start, end), type, start, end, rule: LLM_RULE }) - 1;
      this.mentionIndex.set(key, index);
    }
    return index;
  }

  relation(relation: Relation): void {
    const key = `${relation.source}:${relation.target}:${relation.type}:${relation.start}:${relation.end}`;
    if (this.relationKeys.has(key)) return;
    this.relationKeys.add(key);
    this.relations.push(relation);
  }

  build(): Extraction {
    return { entities: this.entities, relations: this.relations };
  }
}

/** The occurrence of a mention list closest to (ideally inside) the evidence span. */
export function nearest(mentions: Mention[], indices: number[], evidence: TextSpan): number {
  const distance = (i: number): number => Math.max(0, evidence.start - mentions[i].start, mentions[i].end - evidence.end);
  return indices.reduce((best, i) => (distance(i) < distance(best) ? i : best));
}

/**
 * Keeps only what the chunk really says: names and quotes found verbatim, types from the schema.
 * Occurrences inside a longer name are left to that name ("Hunan" within "Hunan Xinneng Co.").
 */
export function groundGraph(text: string, chunk: TextSpan, answer: GraphAnswer, builder: ExtractionBuilder, stats: LlmStats): void {
  const byName = new Map<string, number[]>();
  const claimed: TextSpan[] = [];
  const entities = longestFirst(answer.entities, (e) => e.name);
  for (const { name, type } of entities) {
    if (!isEntityType(type)) {
      stats.dropped.types++;
      continue;
    }
    const starts = occurrences(text, chunk, name);
    if (starts.length === 0) {
      stats.dropped.entities++;
      continue;
    }
    const free = starts.filter((s) => !claimed.some((c) => c.start <= s && s + name.length <= c.end));
    claimed.push(...free.map((s) => ({ start: s, end: s + name.length })));
    byName.set(name, [...(byName.get(name) ?? []), ...free.map((s) => builder.mention(text, type, s, s + name.length))]);
  }
  for (const { source, target, type, quote, post } of answer.relations) {
    if (!RELATION_TYPES.includes(type)) {
      stats.dropped.types++;
      continue;
    }
    const [sources, targets] = [byName.get(source), byName.get(target)];
    if (!sources?.length || !targets?.length) {
      stats.dropped.endpoints++;
      continue;
    }
    const at = occurrences(text, chunk, quote)[0];
    if (at === undefined) {
      stats.dropped.quotes++;
      continue;
    }
    const evidence = { start: at, end: at + quote.length };
    builder.relation({
      source: nearest(builder.entities, sources, evidence),
      target: nearest(builder.entities, targets, evidence),
      type,
      ...evidence,
      confidence: LLM_CONFIDENCE,
      rule: LLM_RULE,
      ...(post ? { props: { post } } : {}),
    });
  }
}
