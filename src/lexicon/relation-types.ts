import { ENTITY_TYPES, type EntityType } from '../extract/types';
import { WutongError } from '../shared/errors';
import registry from './relation-types.json';

/** One relationship type between entities, as src/lexicon/relation-types.json defines it. */
export interface RelationType {
  type: string;
  /** Stored with the lower entity id as source, so A-B and B-A are one link. */
  symmetric: boolean;
  /** The co-mention layer: a weight, not a statement. */
  weak: boolean;
  source: readonly EntityType[];
  target: readonly EntityType[];
  /** Asked of the LLM extractor. */
  llm: boolean;
  meaning: string;
}

function checked(): readonly RelationType[] {
  const seen = new Set<string>();
  return registry.types.map((row) => {
    const fail = (why: string) => new WutongError('lexicon', 'LEXICON_RELATION_TYPE', `relation-types.json: ${row.type}: ${why}`);
    if (!/^[A-Z][A-Z0-9_]*$/u.test(row.type)) throw fail('a type is UPPER_SNAKE_CASE');
    if (seen.has(row.type)) throw fail('defined twice');
    seen.add(row.type);
    for (const end of [...row.source, ...row.target]) if (!(ENTITY_TYPES as readonly string[]).includes(end)) throw fail(`unknown entity type ${end}`);
    return { ...row, weak: 'weak' in row && row.weak === true, source: row.source as EntityType[], target: row.target as EntityType[] };
  });
}

/** Every relationship type, checked once at load. */
export const RELATION_TYPES: readonly RelationType[] = checked();

/** The co-mention fallback's type. */
export const CO_MENTIONED = 'CO_MENTIONED';

/** The statement types (everything but the weak co-mention layer). */
export const TYPED_RELATIONS: readonly string[] = RELATION_TYPES.filter((t) => !t.weak).map((t) => t.type);

const byName = new Map(RELATION_TYPES.map((t) => [t.type, t]));

export function relationType(type: string): RelationType | undefined {
  return byName.get(type);
}

export function isSymmetric(type: string): boolean {
  return byName.get(type)?.symmetric ?? false;
}
