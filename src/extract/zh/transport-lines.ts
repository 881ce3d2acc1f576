import { zh } from '../../lexicon';
import type { Mention } from '../types';

const LINE_ENDINGS = zh('lineEndings');
const LOOKALIKES = zh('lineLookalikes');
const KIND_NOUNS = zh('kindNouns');
/** A line's name: one to four characters of the places it joins before its ending (沪宁线, 甬台复线, 宁杭高铁). */
const STEM = /^\p{Script=Han}{1,4}$/u;

/**
 * A railway's or road's name read as a firm, a person or a place (沪宁线, 甬台高铁): the annotation
 * rules make projects and infrastructure no entity, and a line is neither the places it joins nor
 * the firm that runs it. A name the text goes on as a firm's (某某高铁公司) is left to the firm passes.
 */
export function withoutTransportLines(text: string, mentions: Mention[]): Mention[] {
  const kept = mentions.filter((m) => !namesLine(m.text) || KIND_NOUNS.prefixOf(text.slice(m.end, m.end + 6)) !== undefined);
  return kept.length === mentions.length ? mentions : kept;
}

function namesLine(name: string): boolean {
  if (LOOKALIKES.suffixOf(name) !== undefined) return false;
  const ending = LINE_ENDINGS.suffixOf(name, 1);
  return ending !== undefined && STEM.test(name.slice(0, -ending.length));
}
