import type { EntityType } from '../extract/types';
import type { Node } from './suggest-candidates';
import type { MergeSuggestion } from './types';

/** A suggestion as weighed: whether its type is what the names say (a surname is a person's), not a count. */
export type Typed = MergeSuggestion & { named: boolean };

/**
 * Every suggestion typed as the node it ends in: nodes joined by the suggestions taken together are
 * one node, whose type is the one most of their articles give (哈佛 as a Company in 36 articles and
 * an Institution in 33, 哈佛大学 an Institution in 72: an Institution), unless a suggestion in the
 * group has its type from the names themselves, which a tagger's count does not overrule.
 */
export function typeByGroup<T extends Typed>(suggestions: readonly T[], nodes: readonly Node[]): T[] {
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let at = id;
    for (let up = parent.get(at); up !== undefined; up = parent.get(at)) at = up;
    return at;
  };
  for (const s of suggestions) if (root(s.into) !== root(s.from)) parent.set(root(s.from), root(s.into));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const counts = new Map<string, Map<EntityType, number>>();
  const named = new Map<string, EntityType>();
  for (const s of suggestions) if (s.named) named.set(root(s.into), s.type);
  for (const id of new Set(suggestions.flatMap((s) => [s.into, s.from]))) {
    const n = byId.get(id);
    if (n === undefined) continue;
    const tally = counts.get(root(id)) ?? new Map<EntityType, number>();
    tally.set(n.type, (tally.get(n.type) ?? 0) + n.articles);
    counts.set(root(id), tally);
  }
  const typeOf = (group: string, fallback: EntityType): EntityType =>
    named.get(group) ?? [...(counts.get(group) ?? [])].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? fallback;
  return suggestions.map((s) => ({ ...s, type: typeOf(root(s.into), s.type) }));
}
