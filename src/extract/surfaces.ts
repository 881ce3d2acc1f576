import type { Extraction } from './types';
import { keepMentions } from './kept';

/** Space, and the invisible marks a scraped page leaves between blocks (a zero-width space before a dateline). */
const BLANK = /[\s\u200b-\u200d\u2060\ufeff]/u;

/**
 * Mentions without the spaces a tagger took in at either end (" 　　某某网", "Dior "), judged in the
 * masked reading, where blanked boilerplate is space too: a span that took in a masked dateline loses it.
 */
export function withoutEdgeSpaces(extraction: Extraction, reading: string): Extraction {
  const entities = extraction.entities.map((m) => {
    let { start, end } = m;
    while (start < end && BLANK.test(reading[start]!)) start++;
    while (end > start && BLANK.test(reading[end - 1]!)) end--;
    return start === m.start && end === m.end ? m : { ...m, start, end, text: reading.slice(start, end) };
  });
  // A mention that is all space names nothing: it goes, with its relations.
  return keepMentions({ ...extraction, entities }, (m) => m.start < m.end);
}

/** What may open the blanked part a mention ran into: a bracket, a quote, a colon, a comma, a space. */
const OPENING = /[\s（(【[《“"'‘、，,：:]/u;

/**
 * Mentions cut where they run into blanked boilerplate (a tagger reading 某某时尚[粉丝群]栏目 across the
 * blanked tag as one name): a name never runs across a tag, so a mention keeps its part before the
 * first blanked character it holds after its own first letter. `prose` is `text` with boilerplate
 * blanked; they differ only there. A span that starts in the blank is the edge pass's to trim.
 */
export function beforeBoilerplate(extraction: Extraction, text: string, prose: string): Extraction {
  if (prose === text) return extraction;
  const entities = extraction.entities.map((m) => {
    let at = m.start;
    while (at < m.end && prose[at] !== text[at]) at++;
    while (at < m.end && prose[at] === text[at]) at++;
    if (at === m.end) return m;
    // …and without the bracket or mark that opened the blanked part (某某新闻（www.example.cn）).
    while (at > m.start && OPENING.test(text[at - 1]!)) at--;
    return { ...m, end: at, text: text.slice(m.start, at) };
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
