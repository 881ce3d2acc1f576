import { z } from 'zod';
import { zh } from '../../lexicon';
import { readJson } from '../../shared/data';
import { tagWords } from './segment';
import { foldWidth, isHan, isLatinLetter } from './text';

const WORD_TAGS = zh('outsideWordTags');
const SINGLE_CHARS = new Set(readJson(new URL('./data/outside.json', import.meta.url), z.object({ comment: z.string(), singleChars: z.string() }), 'extract').singleChars);

/**
 * 1 at the positions of a text that no name covers: verbs, adverbs, numbers (and FinRE's <N>),
 * function words, punctuation, and the `generic` words (the corpus's common nouns: 公司, 股权, 资金). A partly
 * labelled sentence teaches O there, and leaves the rest (unknown words, the names it does not
 * label) free; without it the weights that only such sentences train drift until every character
 * reads as a name.
 */
export function surelyOutside(text: string, generic: ReadonlySet<string> = new Set()): Uint8Array {
  const folded = foldWidth(text);
  const outside = new Uint8Array(text.length);
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (!isHan(code) && !isLatinLetter(code)) outside[i] = 1;
  }
  // Placeholders in angle brackets (FinRE writes every number as <N>) are markup, not names.
  for (const m of folded.matchAll(/<[A-Za-z]{1,3}>/g)) outside.fill(1, m.index, m.index + m[0].length);
  for (const { word, tag, start, end } of tagWords(folded)) {
    const sure = word.length >= 2 ? WORD_TAGS.has(tag) || generic.has(word) : SINGLE_CHARS.has(word);
    if (sure) outside.fill(1, start, end);
  }
  return outside;
}

/**
 * The words of partly labelled sentences that are common (seen `minCount` times or more) and almost
 * never inside a labelled name (under one time in twenty): their other occurrences are no names either.
 */
export function genericWords(sentences: ReadonlyArray<{ text: string; spans: ReadonlyArray<{ start: number; end: number }> }>, minCount = 5): Set<string> {
  const counts = new Map<string, { all: number; named: number }>();
  for (const { text, spans } of sentences) {
    for (const { word, start, end } of tagWords(foldWidth(text))) {
      if (word.length < 2) continue;
      const c = counts.get(word) ?? { all: 0, named: 0 };
      c.all += 1;
      if (spans.some((s) => s.start < end && start < s.end)) c.named += 1;
      counts.set(word, c);
    }
  }
  const generic = new Set<string>();
  for (const [word, { all, named }] of counts) if (all >= minCount && named * 20 < all) generic.add(word);
  return generic;
}
