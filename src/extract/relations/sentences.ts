import abbreviationData from './abbreviations.json';

/** A sentence as a span of the text; end exclusive. */
export interface SentenceSpan {
  start: number;
  end: number;
}

const ZH_TERMINATORS = new Set(['。', '！', '？', '；', '!', '?', ';']);
const EN_TERMINATORS = new Set(['.', '!', '?']);
// Closing quotes and brackets belong to the sentence they close.
const CLOSERS = new Set(['”', '’', '"', "'", '」', '』', '）', ')', '】', '》']);
const ABBREVIATIONS = new Set(abbreviationData.abbreviations);

/**
 * Splits text into sentences. Line breaks always end a sentence; Chinese ends on 。！？；,
 * English on . ! ? unless the full stop closes an abbreviation, an initial or a decimal number.
 * Leading and trailing whitespace is left out of each span; empty sentences are dropped.
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

const COMPANY_ENDINGS = new Set(['inc', 'co', 'corp', 'ltd', 'llc', 'plc', 'etc']);

function fullStopEndsSentence(text: string, i: number): boolean {
  const next = text[i + 1];
  if (next !== undefined && !/\s/.test(next) && !CLOSERS.has(next)) return false;
  const word = (/([A-Za-z][A-Za-z.]*)$/.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '').toLowerCase();
  if (word.length === 1) return false;
  if (!ABBREVIATIONS.has(word)) return true;
  // A company suffix may close a sentence; a capitalised word after it says it did.
  return COMPANY_ENDINGS.has(word) && /^\s+["“]?[A-Z]/.test(text.slice(i + 1));
}

function push(spans: SentenceSpan[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  if (end > start) spans.push({ start, end });
}
