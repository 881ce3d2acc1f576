import { z } from 'zod';
import { ENTITY_TYPES, type EntityType } from '../extract/types';
import { readJson } from '../shared/data';
import { WutongError } from '../shared/errors';

/** One relationship type between entities, as src/lexicon/relation-types.json defines it. */
export interface RelationType {
  type: string;
  /** Stored with the lower entity id as source, so A-B and B-A are one link. */
  symmetric: boolean;
  /** The co-mention layer: a weight, not a statement. */
  weak: boolean;
  /** The entity types its source and its target may have: a link between others is never made. */
  source: readonly EntityType[];
  target: readonly EntityType[];
  /** Asked of the LLM extractor. */
  llm: boolean;
  meaning: string;
}

const entityType = z.enum(ENTITY_TYPES as unknown as [EntityType, ...EntityType[]]);
const registrySchema = z.object({
  comment: z.string(),
  types: z.array(z.object({
    type: z.string().regex(/^[A-Z][A-Z0-9_]*$/u, 'a type is UPPER_SNAKE_CASE'),
    symmetric: z.boolean(),
    weak: z.boolean().default(false),
    source: z.array(entityType).min(1),
    target: z.array(entityType).min(1),
    llm: z.boolean(),
    meaning: z.string().min(1),
  })),
});

function checked(): readonly RelationType[] {
  const { types } = readJson(new URL('./relation-types.json', import.meta.url), registrySchema, 'lexicon', 'LEXICON_RELATION_TYPE');
  const seen = new Set<string>();
  for (const row of types) {
    if (seen.has(row.type)) throw new WutongError('lexicon', 'LEXICON_RELATION_TYPE', `lexicon/relation-types.json: ${row.type}: defined twice`);
    seen.add(row.type);
  }
  if (types.filter((t) => t.weak).length !== 1 || !seen.has(CO_MENTIONED)) {
    throw new WutongError('lexicon', 'LEXICON_RELATION_TYPE', `lexicon/relation-types.json: exactly one weak type, ${CO_MENTIONED}`);
  }
  return types;
}

/** The co-mention fallback's type. */
export const CO_MENTIONED = 'CO_MENTIONED';

/** Every relationship type, checked once at load. */
export const RELATION_TYPES: readonly RelationType[] = checked();

/** The statement types (everything but the weak co-mention layer). */
export const TYPED_RELATIONS: readonly string[] = RELATION_TYPES.filter((t) => !t.weak).map((t) => t.type);

const byName = new Map(RELATION_TYPES.map((t) => [t.type, t]));

export function relationType(type: string): RelationType | undefined {
  return byName.get(type);
}

export function isSymmetric(type: string): boolean {
  return byName.get(type)?.symmetric ?? false;
}

/** Whether a relation of `type` may run from an entity of one type to one of another (either way round when symmetric). */
export function typesFit(type: string, sourceType: EntityType, targetType: EntityType): boolean {
  const entry = byName.get(type);
  if (entry === undefined) return false;
  const fits = (s: EntityType, t: EntityType): boolean => entry.source.includes(s) && entry.target.includes(t);
  return fits(sourceType, targetType) || (entry.symmetric && fits(targetType, sourceType));
}

/** The types the LLM extractor is asked for, in registry order. */
export function llmRelationTypes(): readonly RelationType[] {
  return RELATION_TYPES.filter((t) => t.llm);
}
