import type { RelationProps } from '../extract/types';

/**
 * Scalar facts of an edge (post, amount, currency, date…) follow its evidence: each evidence item
 * keeps the facts its sentence states, as JSON in the `facts` list parallel to `articles`, and the
 * edge's own properties are recomputed from the items that remain. So an edge never keeps a value
 * only a removed article gave, and removing an article leaves the edge a build without it gives.
 */

/** Properties of an edge that hold its evidence (parallel lists) and its weight, not facts. */
export const EVIDENCE_KEYS: readonly string[] = ['articles', 'sentences', 'starts', 'ends', 'extractors', 'confidences', 'facts', 'weight'];

/** One evidence item's facts as stored: '' when its sentence states none. */
export function encodeFacts(props: RelationProps | undefined): string {
  return props === undefined || Object.keys(props).length === 0 ? '' : JSON.stringify(props);
}

function decodeFacts(item: string | null): RelationProps {
  if (item === null || item === '') return {};
  try {
    const value: unknown = JSON.parse(item);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as RelationProps) : {};
  } catch {
    return {};
  }
}

/**
 * For each fact, the value most evidence items state; on a tie, the one stated last, so the edge
 * reads as its newest evidence when the sources are split evenly.
 */
export function edgeFacts(items: readonly (string | null)[]): RelationProps {
  const votes = new Map<string, Map<string, { value: string | number | boolean; count: number; last: number }>>();
  items.forEach((item, position) => {
    for (const [key, value] of Object.entries(decodeFacts(item))) {
      const byValue = votes.get(key) ?? new Map();
      votes.set(key, byValue);
      const tally = byValue.get(JSON.stringify(value)) ?? { value, count: 0, last: position };
      tally.count += 1;
      tally.last = position;
      byValue.set(JSON.stringify(value), tally);
    }
  });
  const facts: RelationProps = {};
  for (const [key, byValue] of votes) {
    const best = [...byValue.values()].reduce((a, b) => (b.count > a.count || (b.count === a.count && b.last > a.last) ? b : a));
    facts[key] = best.value;
  }
  return facts;
}

/** An edge as the write and strip queries return it when its facts may have changed. */
export interface EdgeFactsRow {
  id: string;
  facts: (string | null)[];
  keys: string[];
}

/** The properties to set on the edge: its facts now, and null (removal) for facts no item states any more. */
export function factUpdate(row: EdgeFactsRow): { id: string; props: Record<string, string | number | boolean | null> } {
  const facts = edgeFacts(row.facts);
  const props: Record<string, string | number | boolean | null> = { ...facts };
  for (const key of row.keys) if (!EVIDENCE_KEYS.includes(key) && !(key in facts)) props[key] = null;
  return { id: row.id, props };
}
