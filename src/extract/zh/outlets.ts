import { zh } from '../../lexicon';
import type { Mention } from '../types';

const OUTLET_WORDS = zh('outletWords');
/** A title in book marks: 《…》, a name's length. */
const TITLE = /《([^《》\n]{2,12})》/gu;

/**
 * A newspaper or magazine named in book marks before a word only an outlet has (《某某》杂志,
 * 《某某》记者) is a firm by the annotation rules (media are companies), where the tagger, for which
 * book marks hold titles of documents and works, read none (《财富》 is a common word too).
 */
export function withOutlets(text: string, mentions: Mention[]): Mention[] {
  const added: Mention[] = [];
  const named = new Set<string>();
  for (const m of text.matchAll(TITLE)) {
    const start = m.index + 1;
    const end = start + m[1]!.length;
    if (OUTLET_WORDS.at(text, end + 1) === undefined || named.has(m[1]!)) continue;
    if (mentions.some((x) => x.start < end && x.end > start)) continue;
    named.add(m[1]!);
    added.push({ text: m[1]!, type: 'Company', start, end, rule: 'outlet' });
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}
