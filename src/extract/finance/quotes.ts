import { zh } from '../../lexicon';
import type { Mention } from '../types';

const QUOTE_MARK = /[“”‘’"「」『』]/;
const EDGE_QUOTES = /^[“”‘’"「」『』]+|[“”‘’"「」『』]+$/g;
// “博爱、仁心、守正”院训: a quoted 、-list of two-character words named as a motto, spirit or creed.
const MOTTO_LIST = new RegExp(`[“‘「『"]([\\u4e00-\\u9fff]{2}(?:、[\\u4e00-\\u9fff]{2})+)[”’」』"](?=${zh('mottoNouns').alternation()})`, 'g');

/**
 * The mentions without quote marks, which no name holds: one at an edge (the tagger glues on a
 * closing quote) is cut off, a span with one inside (崇德”院) goes, and so do the words of a quoted
 * motto list, which reads like a list of names. Untouched mentions are the very objects passed in.
 */
export function withoutQuotes(text: string, mentions: Mention[]): Mention[] {
  const mottos = [...text.matchAll(MOTTO_LIST)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const inMotto = (e: Mention): boolean => mottos.some((s) => s.start <= e.start && e.start < s.end);
  const out: Mention[] = [];
  for (const e of mentions) {
    if (inMotto(e)) continue;
    if (!QUOTE_MARK.test(e.text)) {
      out.push(e);
      continue;
    }
    const lead = /^[“”‘’"「」『』]*/.exec(e.text)![0].length;
    const name = e.text.replace(EDGE_QUOTES, '');
    if (name.length >= 2 && !QUOTE_MARK.test(name)) out.push({ ...e, text: name, start: e.start + lead, end: e.start + lead + name.length, rule: 'finance:without-quotes' });
  }
  return out;
}
