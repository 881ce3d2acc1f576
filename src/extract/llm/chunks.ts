import { en } from '../../lexicon';

/** A span of the article text, end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

// A sentence ends after Chinese or Western final punctuation (with closing quotes), or at a line break.
// A period ends one only before a capital (or the end) and not after a title, a legal form or an initial.
const SENTENCE = new RegExp(`[^\\n]*?(?:[。！？；!?]+[”’"』」）)]*|(?<!\\b(?:${en('abbreviations').alternation()}|\\p{Lu}))\\.[”’"]*(?=\\s+[\\p{Lu}\\p{Lo}"“‘(]|\\s*$)|(?=\\n)|$)`, 'gu');

export function splitSentences(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const match of text.matchAll(SENTENCE)) {
    const raw = match[0];
    const start = (match.index ?? 0) + (raw.length - raw.trimStart().length);
    const end = (match.index ?? 0) + raw.trimEnd().length;
    if (end > start) spans.push({ start, end });
  }
  return spans;
}

/** Chunks of whole sentences up to `maxChars`, each repeating the last `overlap` sentences of the one before. */
export function chunkText(text: string, maxChars: number, overlap: number): TextSpan[] {
  const sentences = splitSentences(text);
  const chunks: TextSpan[] = [];
  let first = 0;
  while (first < sentences.length) {
    let last = first;
    while (last + 1 < sentences.length && sentences[last + 1].end - sentences[first].start <= maxChars) last++;
    chunks.push({ start: sentences[first].start, end: sentences[last].end });
    const next = last + 1;
    if (next >= sentences.length) break;
    // Overlap only as far as it leaves room for the next new sentence.
    first = Math.max(first + 1, next - overlap);
    while (first < next && sentences[next].end - sentences[first].start > maxChars) first++;
  }
  return chunks;
}
