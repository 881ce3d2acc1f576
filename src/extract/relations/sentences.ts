import { en } from '../../lexicon';
import { cutPoint } from '../spans';

/** A sentence as a span of the text; end exclusive. */
export interface SentenceSpan {
  start: number;
  end: number;
}

const ZH_TERMINATORS = new Set(['。', '！', '？', '；', '!', '?', ';']);
const EN_TERMINATORS = new Set(['.', '!', '?']);
// Closing quotes and brackets belong to the sentence they close.
const CLOSERS = new Set(['”', '’', '"', "'", '」', '』', '）', ')', '】', '》']);
// Compared in lower case: the tokenizer's abbreviations (Mr, Inc, Jan) and the splitter's own (e.g, approx).
const ABBREVIATIONS = new Set([...en('abbreviations'), ...en('sentenceAbbreviations')].map((word) => word.toLowerCase()));
/**
 * The longest sentence: a run of text without a full stop (a table flattened, a site's text in one
 * field) is cut into pieces of at most this many characters, at a clause mark where one lies in the
 * piece's second half. Every pair of names in a sentence is read, so one endless sentence costs the
 * square of its names and links as many; news sentences stay far below (2,268 characters at most
 * in 426,000 sentences of Sina and regional news).
 */
export const MAX_SENTENCE = 2_500;
const CLAUSE_MARKS = new Set(['，', ',', '、', '：', ':', ' ', '\t', '\u3000']);

/**
 * Splits text into sentences. Line breaks always end a sentence; Chinese ends on 。！？；,
 * English on . ! ? unless the full stop closes an abbreviation, an initial or a decimal number.
 * No sentence is longer than MAX_SENTENCE. Leading and trailing whitespace is left out of each
 * span; empty sentences are dropped.
 */
export function splitSentences(text: string, lang: 'zh' | 'en'): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\n' || ch === '\r') {
      push(spans, text, start, i);
      start = i + 1;
      i += 1;
      continue;
    }
    if (isTerminator(text, i, lang)) {
      let end = i + 1;
      while (end < text.length && (ZH_TERMINATORS.has(text[end]!) || EN_TERMINATORS.has(text[end]!) || CLOSERS.has(text[end]!))) end += 1;
      push(spans, text, start, end);
      start = end;
      i = end;
      continue;
    }
    i += 1;
  }
  push(spans, text, start, text.length);
  return spans;
}

function isTerminator(text: string, i: number, lang: 'zh' | 'en'): boolean {
  const ch = text[i]!;
  if (lang === 'zh') return ZH_TERMINATORS.has(ch);
  if (ch === '。' || ch === '！' || ch === '？') return true;
  if (!EN_TERMINATORS.has(ch)) return false;
  return ch !== '.' || fullStopEndsSentence(text, i);
}

const CLOSING_ABBREVIATIONS = en('closingAbbreviations');

function fullStopEndsSentence(text: string, i: number): boolean {
  const next = text[i + 1];
  if (next !== undefined && !/\s/.test(next) && !CLOSERS.has(next)) return false;
  const word = (/([A-Za-z][A-Za-z.]*)$/.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '').toLowerCase();
  if (word.length === 1) return false;
  if (!ABBREVIATIONS.has(word)) return true;
  // A company suffix may close a sentence; a capitalised word after it says it did.
  return CLOSING_ABBREVIATIONS.has(word) && /^\s+["“]?[A-Z]/.test(text.slice(i + 1));
}

function push(spans: SentenceSpan[], text: string, start: number, end: number): void {
  while (end - start > MAX_SENTENCE) {
    const cut = cutPoint(text, start, MAX_SENTENCE, [CLAUSE_MARKS]);
    pushTrimmed(spans, text, start, cut);
    start = cut;
  }
  pushTrimmed(spans, text, start, end);
}

/** The sentence holding `at` (sentences follow one another: the last that starts at or before it), or an empty span there. */
export function sentenceHolding(sentences: readonly SentenceSpan[], at: number): SentenceSpan {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= at) lo = mid + 1;
    else hi = mid;
  }
  const sentence = sentences[lo - 1];
  return sentence !== undefined && at < sentence.end ? sentence : { start: at, end: at };
}

function pushTrimmed(spans: SentenceSpan[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  if (end > start) spans.push({ start, end });
}
