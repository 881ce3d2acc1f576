import type { Extraction, Mention } from './types';

/** The extraction with only the mentions `keep` accepts, and the relations between them renumbered. */
export function keepMentions(extraction: Extraction, keep: (m: Mention) => boolean): Extraction {
  const kept = extraction.entities.map(keep);
  if (kept.every(Boolean)) return extraction;
  const now = new Map<number, number>();
  const entities = extraction.entities.filter((_, i) => kept[i] && now.set(i, now.size));
  const relations = extraction.relations
    .filter((r) => kept[r.source] && kept[r.target])
    .map((r) => ({ ...r, source: now.get(r.source)!, target: now.get(r.target)! }));
  return { entities, relations };
}

/**
 * The extraction as the text names it: nested mentions (a parent read inside a unit's name) and
 * their links left out. What `wutong extract --jsonl` prints and what the evaluations score, as
 * they did when resolve drew those links.
 */
export function textMentions(extraction: Extraction): Extraction {
  return keepMentions(extraction, (m) => m.nested !== true);
}
