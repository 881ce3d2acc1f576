import type { EntityType, Mention } from '../types';

/**
 * Test tables' mentions: each name at its given occurrence in the text (0 = first), so a case lists
 * names and types instead of offsets.
 */
export function mentionsAt(text: string, rows: Array<[string, EntityType, number?]>): Mention[] {
  return rows.map(([name, type, nth = 0]) => {
    let start = text.indexOf(name);
    for (let k = 0; k < nth; k++) start = text.indexOf(name, start + 1);
    return { text: name, type, start, end: start + name.length };
  });
}
