import type { Extraction } from './types';

/**
 * Mentions without the spaces a tagger took in at either end (" 　　某某网", "Dior "), judged in the
 * masked reading, where blanked boilerplate is space too: a span that took in a masked dateline loses it.
 */
export function withoutEdgeSpaces(extraction: Extraction, reading: string): Extraction {
  const entities = extraction.entities.map((m) => {
    let { start, end } = m;
    while (start < end && /\s/u.test(reading[start]!)) start++;
    while (end > start && /\s/u.test(reading[end - 1]!)) end--;
    // A mention that is all space keeps its span (relations index the list), and the store reads no name from it.
    return start === end || (start === m.start && end === m.end) ? m : { ...m, start, end, text: reading.slice(start, end) };
  });
  return { ...extraction, entities };
}

/**
 * Mentions named as the article writes them, whichever script; a traditional article's mention
 * keeps the simplified spelling it was read by, which resolve keys it by.
 */
export function inOwnScript(extraction: Extraction, text: string, reading: string | undefined): Extraction {
  const entities = extraction.entities.map((m) => {
    const own = text.slice(m.start, m.end);
    const simplified = reading?.slice(m.start, m.end);
    return { ...m, text: own, ...(simplified === undefined || simplified === own ? {} : { simplified }) };
  });
  return { ...extraction, entities };
}
