import type { ClassSpan, NerClass } from './labels';

export interface ConllSentence {
  words: string[];
  spans: ClassSpan[];
}

/** CoNLL-2003 (`token POS chunk NER`, IOB1) → sentences with class spans; documents are flattened. */
export function parseConll(text: string): ConllSentence[] {
  const sentences: ConllSentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (words.length > 0) sentences.push({ words, spans: iob1Spans(tags) });
    words = [];
    tags = [];
  };
  for (const line of text.split('\n')) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 2 || fields[0] === '-DOCSTART-') {
      flush();
      continue;
    }
    words.push(fields[0]);
    tags.push(fields[fields.length - 1]);
  }
  flush();
  return sentences;
}

function iob1Spans(tags: string[]): ClassSpan[] {
  const spans: ClassSpan[] = [];
  tags.forEach((tag, i) => {
    if (tag === 'O') return;
    const cls = tag.slice(2) as NerClass;
    const last = spans[spans.length - 1];
    if (tag.startsWith('I-') && last && last.cls === cls && last.end === i) last.end = i + 1;
    else spans.push({ cls, start: i, end: i + 1 });
  });
  return spans;
}
