import { z } from 'zod';
import type { Mention } from '../types';
import { chunkText, splitSentences, type TextSpan } from './chunks';
import { EXTRACT_PROMPT, RELATE_PROMPT, graphSchema, relationsSchema } from './schema';

/** One request as it will be sent: the chunk it covers and, in hybrid mode, the entities it lists. */
export interface PlannedRequest {
  tool: 'record_graph' | 'record_relations';
  system: string;
  user: string;
  chunk: TextSpan;
  /** Indices of the listed entities (hybrid mode). */
  listed: number[];
}

export interface ChunkOptions {
  chunkChars: number;
  overlapSentences: number;
}

export function graphRequests(text: string, options: ChunkOptions): PlannedRequest[] {
  return chunkText(text, options.chunkChars, options.overlapSentences).map((chunk) => ({
    tool: 'record_graph', system: EXTRACT_PROMPT, user: text.slice(chunk.start, chunk.end), chunk, listed: [],
  }));
}

/**
 * Index of the sentence holding each entity: -1 when it straddles two, or is nested in another
 * mention (a parent read inside a unit's name, linked already), which the LLM is not asked about.
 */
export function sentenceIndex(text: string, entities: Mention[]): number[] {
  const sentences = splitSentences(text);
  return entities.map((e) => (e.nested === true ? -1 : sentences.findIndex((s) => s.start <= e.start && e.end <= s.end)));
}

/**
 * Hybrid requests: per chunk, only its sentences that hold two entities or more (one a line) and
 * those sentences' entities, which is what keeps hybrid mode cheap.
 */
export function relationRequests(text: string, entities: Mention[], options: ChunkOptions): PlannedRequest[] {
  const sentences = splitSentences(text);
  const sentenceOf = sentenceIndex(text, entities);
  const crowded = new Set(sentenceOf.filter((s, i) => s >= 0 && sentenceOf.indexOf(s) !== i));
  return chunkText(text, options.chunkChars, options.overlapSentences).flatMap((chunk): PlannedRequest[] => {
    const inChunk = [...crowded].filter((s) => chunk.start <= sentences[s].start && sentences[s].end <= chunk.end).sort((a, b) => a - b);
    const listed = entities.map((_, i) => i).filter((i) => inChunk.includes(sentenceOf[i]));
    if (listed.length < 2) return [];
    const excerpt = inChunk.map((s) => text.slice(sentences[s].start, sentences[s].end)).join('\n');
    const list = listed.map((i) => `${i}. ${entities[i].text} (${entities[i].type})`).join('\n');
    return [{ tool: 'record_relations', system: RELATE_PROMPT, user: `Sentences:\n${excerpt}\n\nEntities:\n${list}`, chunk, listed }];
  });
}

/** The JSON schema of a request's tool, as the provider receives it (for token estimates). */
export function toolSchema(tool: PlannedRequest['tool']): object {
  return z.toJSONSchema(tool === 'record_graph' ? graphSchema : relationsSchema);
}
