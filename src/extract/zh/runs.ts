import { placeInMatch } from './dictionary';
import { zh } from '../../lexicon';
import { characterTable } from './lexicon';

/** Longer runs share one feature: a name of eight characters or more behaves like one of eight. */
const MAX_RUN = 8;
const MIDDLE_DOTS = new Set([0x00b7, 0x2022, 0x30fb, 0x2027, 0x002d]);

let transliteration: Uint8Array | undefined;

function transliterationTable(): Uint8Array {
  transliteration ??= characterTable(zh('transliteration'));
  return transliteration;
}

/** Whether position i of the first n is in a run: a transliteration character, or a middle dot between two. */
function inRun(folded: string, n: number, table: Uint8Array, i: number): boolean {
  const code = folded.charCodeAt(i);
  if (table[code]) return true;
  return MIDDLE_DOTS.has(code) && i > 0 && i + 1 < n && table[folded.charCodeAt(i - 1)] === 1 && table[folded.charCodeAt(i + 1)] === 1;
}

/**
 * Per position, where it sits in a run of transliteration characters (彼特杰克逊, 瑞斯·维瑟斯彭):
 * run length·4 + place (0 first, 1 inside, 2 last, 3 alone), or 0 outside a run. A middle dot
 * belongs to the run only between two of its characters. The tagger learns where such runs make
 * a name and where they are ordinary words (克服, 特别).
 */
export function transliterationMarks(folded: string, n: number): Int32Array {
  const table = transliterationTable();
  const marks = new Int32Array(n);
  let i = 0;
  while (i < n) {
    if (!inRun(folded, n, table, i)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && inRun(folded, n, table, end)) end++;
    const length = end - i;
    for (let k = 0; k < length; k++) marks[i + k] = Math.min(length, MAX_RUN) * 4 + (length === 1 ? 3 : placeInMatch(k, length));
    i = end;
  }
  return marks;
}
