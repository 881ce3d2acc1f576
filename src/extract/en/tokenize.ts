import { en } from '../../lexicon';

/** A CoNLL-like token with its span in the running text (end exclusive). */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const abbreviation = `(?:${en('abbreviations').alternation()})\\.`;
// Order matters: dotted acronyms and known abbreviations keep their period, clitics split off
// ("Germany 's", "do n't") the way CoNLL-2003 tokenises Reuters text.
const TOKEN = new RegExp(
  [
    '(?:\\p{L}\\.){2,}',
    `${abbreviation}(?!\\p{L})`,
    '\\p{Lu}\\.(?=\\s+\\p{Lu})',
    "n['’]t\\b",
    "['’](?:s|S|re|m|ll|ve|d)\\b",
    '\\d+(?:[.,:/-]\\d+)*',
    "[\\p{L}\\p{M}\\p{N}]+(?:(?:[-&]|['’](?!(?:s|S|re|m|ll|ve|d|t)\\b))[\\p{L}\\p{M}\\p{N}]+)*?(?=n['’]t\\b)",
    "[\\p{L}\\p{M}\\p{N}]+(?:(?:[-&]|['’](?!(?:s|S|re|m|ll|ve|d|t)\\b))[\\p{L}\\p{M}\\p{N}]+)*",
    '-{2,}|\\.{2,}',
    '\\S',
  ].join('|'),
  'gu',
);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index ?? 0;
    tokens.push({ text: match[0], start, end: start + match[0].length });
  }
  return tokens;
}

const SENTENCE_END = /^[.!?]$|^\.{2,}$/;

/** Groups tokens into sentences: a line break, or a final stop followed by a capital or quote. */
export function sentenceTokens(text: string, tokens: Token[]): Token[][] {
  const sentences: Token[][] = [];
  let current: Token[] = [];
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    if (current.length > 0 && text.slice(current[current.length - 1].end, token.start).includes('\n')) {
      sentences.push(current);
      current = [];
    }
    current.push(token);
    if (next && SENTENCE_END.test(token.text) && /^[\p{Lu}"'“‘(]/u.test(next.text)) {
      sentences.push(current);
      current = [];
    }
  });
  if (current.length > 0) sentences.push(current);
  return sentences;
}
