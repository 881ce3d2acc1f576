import { CO_MENTIONED } from '../../lexicon';
import type { Relation } from '../types';

/**
 * Links a structure states, added to what the sentence passes drew: a stated link replaces its
 * pair's co-mention; a pair already typed keeps its type (the earlier reading knew more of the
 * sentence); a pair with no relation gets the link.
 */
export function withStatedLinks(relations: Relation[], stated: readonly Relation[]): Relation[] {
  if (stated.length === 0) return relations;
  const out = [...relations];
  for (const link of stated) {
    const pair = out.findIndex((r) => (r.source === link.source && r.target === link.target) || (r.source === link.target && r.target === link.source));
    if (pair < 0) out.push(link);
    else if (out[pair]!.type === CO_MENTIONED) out[pair] = link;
  }
  return out;
}
