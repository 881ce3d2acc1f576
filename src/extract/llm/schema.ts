import { z } from 'zod';
import { llmRelationTypes } from '../../lexicon';
import { readJson } from '../../shared/data';
import { ENTITY_TYPES } from '../types';

const table = readJson(new URL('./prompts.json', import.meta.url), z.object({
  comment: z.string(),
  version: z.number().int().positive(),
  extract: z.array(z.string()).min(1),
  relate: z.array(z.string()).min(1),
  retry: z.string().includes('{error}'),
}), 'extract/llm');

/** The relation types the model is asked for: those of src/lexicon/relation-types.json marked `llm`. */
export const RELATION_TYPES: readonly string[] = llmRelationTypes().map((t) => t.type);
const relationList = RELATION_TYPES.join(', ');
const filled = (lines: string[]): string => lines.join('\n').replaceAll('{relationTypes}', relationList);

export const PROMPT_VERSION = table.version;
export const EXTRACT_PROMPT = filled(table.extract);
export const RELATE_PROMPT = filled(table.relate);
export const retryPrompt = (error: string): string => table.retry.replace('{error}', error);

const [firstEntity, ...otherEntities] = ENTITY_TYPES;
const [firstRelation, ...otherRelations] = RELATION_TYPES as [string, ...string[]];
const entityType = z.enum([firstEntity, ...otherEntities]);
const relationType = z.enum([firstRelation, ...otherRelations]);
const post = z.string().nullish().describe('the post or title, for WORKS_AT, copied from the text');

/** What the model is asked for (sent as the tool's JSON schema): closed type lists. */
export const graphSchema = z.object({
  entities: z.array(z.object({ name: z.string().describe('the name exactly as written'), type: entityType })),
  relations: z.array(z.object({
    source: z.string().describe('an entity name from entities'),
    target: z.string().describe('an entity name from entities'),
    type: relationType,
    quote: z.string().describe('verbatim passage stating the relation'),
    post,
  })),
}).describe('Entities and relations stated in the excerpt');

export const relationsSchema = z.object({
  relations: z.array(z.object({
    source: z.number().int().describe('number of the source entity'),
    target: z.number().int().describe('number of the target entity'),
    type: relationType,
    quote: z.string().describe('verbatim passage stating the relation'),
    post,
  })),
}).describe('Typed relations between the numbered entities');

/**
 * What an answer is checked against: the same shape with open type strings, so one unknown type
 * drops one item (counted) instead of the whole answer; a wrong shape is still an error to retry.
 */
export const graphAnswer = z.object({
  entities: z.array(z.object({ name: z.string(), type: z.string() })),
  relations: z.array(z.object({ source: z.string(), target: z.string(), type: z.string(), quote: z.string(), post: z.string().nullish() })),
});
export const relationsAnswer = z.object({
  relations: z.array(z.object({ source: z.number().int(), target: z.number().int(), type: z.string(), quote: z.string(), post: z.string().nullish() })),
});

export type GraphAnswer = z.infer<typeof graphAnswer>;
export type RelationsAnswer = z.infer<typeof relationsAnswer>;
