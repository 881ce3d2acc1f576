const WIDE = /[\uff01-\uff5e\u3000]/;
const WIDE_ALL = /[\uff01-\uff5e\u3000]/g;

let lastUnfolded: string | undefined;
let lastFolded = '';

/**
 * Width folding keeps one UTF-16 unit per unit, so an index into the folded text is an index into
 * the original: features and jieba see half-width text, offsets still point into the input.
 */
export function foldWidth(text: string): string {
  // The passes after the tagger each fold the same text again to find jieba's words for it: the
  // last text folded is kept, so that a pass asking per mention costs no reading of the whole text.
  if (text === lastUnfolded) return lastFolded;
  lastFolded = WIDE.test(text) ? text.replace(WIDE_ALL, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0))) : text;
  lastUnfolded = text;
  return lastFolded;
}

/** FNV-1a over UTF-16 units: a word's key in hashed tables, computed without substrings. */
export function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

export function isLatinLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

export function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Moves span edges off the middle of a surrogate pair so a span never holds half a character. */
export function snapToCodePoints(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  if (s > 0 && s < text.length && isLowSurrogate(text.charCodeAt(s)) && isHighSurrogate(text.charCodeAt(s - 1))) s--;
  if (e > 0 && e < text.length && isLowSurrogate(text.charCodeAt(e)) && isHighSurrogate(text.charCodeAt(e - 1))) e++;
  return [s, e];
}

/** Sentence pieces of at most maxLength units, cut after sentence punctuation or line breaks. */
export function splitSentences(text: string, maxLength = 200): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const boundary = ch === '\n' || ch === '。' || ch === '！' || ch === '？' || ch === '；' || ch === '!' || ch === '?';
    const tooLong = i + 1 - start >= maxLength && !isHighSurrogate(text.charCodeAt(i));
    if (boundary || tooLong) {
      pieces.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < text.length) pieces.push([start, text.length]);
  return pieces;
}
