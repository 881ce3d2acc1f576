import { CO_MENTIONED, zh } from '../../lexicon';
import type { Mention, Relation } from '../types';

/** A firm or a public body the text names on its own (not a name read inside another): what the structures link. */
export function isOrganisation(m: Mention | undefined): boolean {
  return m !== undefined && !m.nested && (m.type === 'Company' || m.type === 'Institution');
}

const LIST_JOINERS = zh('listJoiners');

/** The organisations of one list from names[k] on, joined by 、 和 与 (A、B和C): names in text order. */
export function listFrom(text: string, mentions: readonly Mention[], names: readonly number[], k: number): number[] {
  const list = [names[k]!];
  for (let j = k + 1; j < names.length && isOrganisation(mentions[names[j]!]) && LIST_JOINERS.has(text.slice(mentions[list[list.length - 1]!]!.end, mentions[names[j]!]!.start)); j++) list.push(names[j]!);
  return list;
}

/**
 * Links a structure states, added to what the sentence passes drew. Pairs are of names, not of
 * mentions: one name is one thing in an article, whichever of its mentions a pass linked. A stated
 * link replaces its pair's co-mention, and the types in `refines` (a structure that reads more of
 * the sentence than they did: an investment at a place over the place alone); a pair otherwise typed
 * keeps its type; a pair with no relation gets the link.
 */
export function withStatedLinks(mentions: readonly Mention[], relations: Relation[], stated: readonly Relation[], refines: readonly string[] = []): Relation[] {
  if (stated.length === 0) return relations;
  const name = (k: number): string => `${mentions[k]!.type}\n${mentions[k]!.text}`;
  const pairOf = (r: Relation): string => [name(r.source), name(r.target)].sort().join('\n\n');
  const out = [...relations];
  for (const link of stated) {
    const key = pairOf(link);
    const drawn = out.map((r, k) => (pairOf(r) === key ? k : -1)).filter((k) => k >= 0);
    if (drawn.length === 0) {
      out.push(link);
      continue;
    }
    if (drawn.some((k) => out[k]!.type !== CO_MENTIONED && !refines.includes(out[k]!.type))) continue;
    for (const k of drawn) out[k] = link;
  }
  return dedupe(out);
}

/** One relation per pair of mentions and type (a stated link that replaced several drawn ones is one link). */
function dedupe(relations: Relation[]): Relation[] {
  const seen = new Set<string>();
  return relations.filter((r) => {
    const key = `${r.source}\n${r.target}\n${r.type}\n${r.rule}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
