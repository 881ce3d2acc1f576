import registry from '../../src/lexicon/relation-types.json';
import type { Filters } from './state';

/** The weak layer (CO_MENTIONED), read from the registry's data: its module reads files, which a page cannot. */
export const WEAK_TYPES: ReadonlySet<string> = new Set(registry.types.filter((t) => 'weak' in t && t.weak === true).map((t) => t.type));

export interface NodeFacts {
  type: string;
  degree: number;
  dates: string[];
}

/** A node without known dates stays visible under a date filter: it came from a query, not from articles. */
function inDateRange(dates: string[], from: string, to: string): boolean {
  if ((!from && !to) || dates.length === 0) return true;
  return dates.some((d) => (!from || d >= from) && (!to || d <= to));
}

export function nodeVisible(node: NodeFacts, filters: Filters, focus: ReadonlySet<string> | null, key: string): boolean {
  if (focus !== null && !focus.has(key)) return false;
  if (filters.hiddenTypes.includes(node.type)) return false;
  if (node.degree < filters.minDegree) return false;
  return inDateRange(node.dates, filters.from, filters.to);
}

export function edgeVisible(type: string, filters: Filters): boolean {
  if (filters.hideCoMentions === true && WEAK_TYPES.has(type)) return false;
  return !filters.hiddenRelations.includes(type);
}

/** Degree as the user sees it: distinct neighbours over the relationships that pass the filters. */
export function visibleDegree(neighbours: { other: string; type: string }[], filters: Filters): number {
  return new Set(neighbours.filter((n) => edgeVisible(n.type, filters)).map((n) => n.other)).size;
}
