import { closingByline, isCaption, standaloneByline } from './byline';
import { displayWidth, rules } from './rules';

/**
 * One printed line of a page after markdown markers are read: a heading (`#`, `##`, `**bold**`),
 * a closing byline in parentheses, a photo caption, or plain text.
 */
export interface PageLine {
  kind: 'heading' | 'plain' | 'byline' | 'caption';
  text: string;
  /** For headings: h1 (`#`), h2 (`##` and deeper) or bold (`**…**`). */
  marker?: 'h1' | 'h2' | 'bold';
  /** Byline names, for kind byline. */
  names?: string[];
  /** The line followed a blank line (a paragraph break in hard-wrapped text). */
  afterBlank: boolean;
  /** The line already absorbed a layout break, so it is certainly body text. */
  joined: boolean;
}

/** Widest a printed headline gets (in display columns); a longer unpunctuated line is body text. */
export function headlineMaxWidth(text: string): number {
  const ascii = text.replace(/[^\u0000-\u007f]/gu, '').length;
  return ascii > text.length / 2 ? 110 : 64;
}

const HEADING = /^(#{1,6})\s+(.*)$/u;
const BOLD_LINE = /^\*\*(.+)\*\*$/u;
const RULE_LINE = /^(?:-{3,}|\*{3,}|_{3,})$/u;

const stripInlineMarkers = (text: string): string => text.replace(/\*\*/gu, '').trim();

function lastChar(text: string): string {
  return [...text].at(-1) ?? '';
}

export function endsSentence(text: string): boolean {
  return rules.sentenceFinal.has(lastChar(text));
}

/** A sentence boundary inside the line (not at its end): the line is running text, not a headline. */
export function hasInternalSentenceEnd(text: string): boolean {
  return [...text].slice(0, -1).some((ch) => rules.sentenceInternal.has(ch));
}

export function hasClausePunctuation(text: string): boolean {
  return [...text].some((ch) => rules.clausePunctuation.has(ch));
}

const STATEMENT_END = /(?:[。.!?！？…]["”’」』)）]?|[—：:])$/u;

/**
 * Running text rather than a headline, kicker or byline: it ends a statement or leads in to the next
 * paragraph (`——`, `：`; a headline may end in a closing quote, `守护学生“盘中餐”`, but not in `。”`),
 * holds a sentence end, or is wider than a headline.
 */
export function isBodyText(line: PageLine): boolean {
  if (line.kind === 'caption') return true;
  if (line.kind !== 'plain') return false;
  return line.joined || STATEMENT_END.test(line.text) || hasInternalSentenceEnd(line.text) || displayWidth(line.text) > headlineMaxWidth(line.text);
}

function readLine(line: string, afterBlank: boolean): PageLine[] {
  const heading = HEADING.exec(line);
  if (heading) {
    const text = stripInlineMarkers(heading[2]!);
    return text === '' ? [] : [{ kind: 'heading', text, marker: heading[1]!.length === 1 ? 'h1' : 'h2', afterBlank, joined: false }];
  }
  const bold = BOLD_LINE.exec(line);
  if (bold && !bold[1]!.includes('**')) {
    return [{ kind: 'heading', text: bold[1]!.trim(), marker: 'bold', afterBlank, joined: false }];
  }
  const text = stripInlineMarkers(line);
  const byline = closingByline(text);
  if (byline) {
    const bylineLine: PageLine = { kind: 'byline', text: '', names: byline.names, afterBlank, joined: false };
    return byline.before === '' ? [bylineLine] : [{ kind: 'plain', text: byline.before, afterBlank, joined: false }, bylineLine];
  }
  return [{ kind: isCaption(text) ? 'caption' : 'plain', text, afterBlank, joined: false }];
}

const LATIN_END = /[A-Za-z0-9,;]$/u;
const LATIN_START = /^[A-Za-z0-9(“‘"']/u;

/**
 * Whether `next` continues the sentence that `prev` leaves open (a layout line break). Chinese
 * columns break anywhere, so the test is whether `prev` is running text: it already holds a sentence
 * end or a previous break, it is wider than any headline, or it holds clauses and `next` is no wider
 * than a column line. A short unpunctuated line (a headline or kicker) is never joined.
 */
function continues(prev: PageLine, next: PageLine): boolean {
  if (prev.kind !== 'plain' || next.kind !== 'plain' || endsSentence(prev.text)) return false;
  if (standaloneByline(prev.text) || standaloneByline(next.text)) return false;
  if (LATIN_END.test(prev.text) && LATIN_START.test(next.text)) {
    return /^[a-z]/u.test(next.text) || prev.joined || (!next.afterBlank && displayWidth(prev.text) >= 50);
  }
  if (prev.joined || hasInternalSentenceEnd(prev.text) || displayWidth(prev.text) > headlineMaxWidth(prev.text)) return true;
  const width = displayWidth(prev.text);
  return (hasClausePunctuation(prev.text) || prev.text.includes('、')) && displayWidth(next.text) <= width * 1.25 + 2;
}

function glue(prev: string, next: string): string {
  return LATIN_END.test(prev) && /^[A-Za-z0-9(]/u.test(next) ? `${prev} ${next}` : prev + next;
}

/** The page's lines, read and with layout line breaks inside sentences rejoined. */
export function pageLines(text: string): PageLine[] {
  const read: PageLine[] = [];
  let afterBlank = true;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '');
    if (line === '' || RULE_LINE.test(line)) {
      afterBlank = true;
      continue;
    }
    read.push(...readLine(line, afterBlank));
    afterBlank = false;
  }
  const joined: PageLine[] = [];
  for (const line of read) {
    const prev = joined.at(-1);
    if (prev && continues(prev, line)) {
      prev.text = glue(prev.text, line.text);
      prev.joined = true;
    } else {
      joined.push({ ...line });
    }
  }
  return joined;
}
