import { parseChineseNames, standaloneByline } from './byline';
import { findDate, makeArticle } from './article';
import { hasClausePunctuation, headlineMaxWidth, isBodyText, pageLines, type PageLine } from './lines';
import { displayWidth, rules } from './rules';
import type { Article } from './types';

/** What the file says about its article outside the page text (front matter, HTML head). */
export interface PageHints {
  title?: string;
  authors?: string[];
  published?: string;
}

interface Segment {
  lines: PageLine[];
  closingAuthors: string[];
}

/** A short unpunctuated line that may open the next article (a kicker or unmarked headline). */
const isHeaderLike = (line: PageLine): boolean => line.kind === 'heading' || (line.kind === 'plain' && !isBodyText(line));

/**
 * Articles end at their closing byline (a byline printed under the headline, before the body, opens
 * its article instead); a credit line that directly follows a byline (nothing
 * printed between) is part of the same credit block. A level-1 heading after body text also starts
 * a new article, taking the kicker lines printed just above it.
 */
function segment(lines: PageLine[]): Segment[] {
  const segments: Segment[] = [];
  let current: Segment = { lines: [], closingAuthors: [] };
  for (const line of lines) {
    if (line.kind === 'byline') {
      const previous = segments.at(-1);
      if (current.lines.length === 0 && previous) previous.closingAuthors.push(...line.names!);
      // Under a headline, before any body text, a byline opens its article instead of closing it.
      else if (current.lines.length > 0 && !current.lines.some(isBodyText)) current.closingAuthors.push(...line.names!);
      else if (current.lines.length > 0) {
        current.closingAuthors.push(...line.names!);
        segments.push(current);
        current = { lines: [], closingAuthors: [] };
      }
      continue;
    }
    if (line.marker === 'h1' && current.lines.some(isBodyText)) {
      let kickerStart = current.lines.length;
      while (kickerStart > 0 && isHeaderLike(current.lines[kickerStart - 1]!) && current.lines[kickerStart - 1]!.kind === 'plain') kickerStart--;
      const kickers = current.lines.splice(kickerStart);
      segments.push(current);
      current = { lines: kickers, closingAuthors: [] };
    }
    current.lines.push(line);
  }
  if (current.lines.length > 0) segments.push(current);
  return segments;
}

const isSubtitle = (text: string): boolean => /^[—–-]{1,2}/u.test(text);

/** A line that can only be a page's date furniture, e.g. `2025年11月18日 星期二`. */
const isDateLine = (line: PageLine): boolean =>
  line.kind === 'plain' && findDate(line.text) !== undefined && displayWidth(line.text) <= 40 && !hasClausePunctuation(line.text);

function pickHeadline(header: PageLine[]): number {
  const marked = header.map((line, i) => ({ line, i })).filter(({ line }) => line.kind === 'heading' && !isSubtitle(line.text));
  const h1 = marked.find(({ line }) => line.marker === 'h1');
  if (h1) return h1.i;
  if (marked.length > 0) return marked[0]!.i;
  for (let i = header.length - 1; i >= 0; i--) {
    const line = header[i]!;
    if (!isSubtitle(line.text) && !isDateLine(line) && !standaloneByline(line.text)) return i;
  }
  return -1;
}

/**
 * A headline printed inside the body (the layout put it after some paragraphs): a marked line
 * that reads as a single statement, unlike section heads, which pair clauses (`党建引航：锚定方向，…`).
 */
function pickMidBodyHeadline(body: PageLine[]): number {
  const candidates = body
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => line.kind === 'heading' && !isSubtitle(line.text) && !hasClausePunctuation(line.text) && displayWidth(line.text) <= headlineMaxWidth(line.text));
  const preferred = candidates.find(({ line }) => line.marker !== 'h2') ?? candidates[0];
  return preferred ? preferred.i : -1;
}

/** A title for a headless fragment: its first clause. */
function firstClause(text: string): string {
  const chars = [...text.replace(/^[\p{P}\s]+/u, '')];
  const end = chars.findIndex((ch) => rules.clausePunctuation.has(ch));
  return chars.slice(0, end === -1 ? 30 : Math.min(end, 30)).join('');
}

/** A single name is a byline only on the line right before the body, where nothing else is printed. */
function loneName(text: string, lastHeaderLine: boolean): string[] | undefined {
  const parsed = lastHeaderLine ? parseChineseNames(text) : undefined;
  return parsed?.names.length === 1 ? parsed.names : undefined;
}

/** `本报讯（记者 张三 通讯员 李四）…` opening the first paragraph. */
function datelineAuthors(paragraph: string | undefined): string[] {
  const match = paragraph === undefined ? null : /^[^（(。]{0,24}讯[（(]([^）)]{1,40})[）)]/u.exec(paragraph);
  return match ? (parseChineseNames(match[1]!)?.names ?? []) : [];
}

function toArticle(seg: Segment, source: string, index: number, pageDate: string | undefined, hints: PageHints): Article | undefined {
  let headerEnd = 0;
  while (headerEnd < seg.lines.length && isHeaderLike(seg.lines[headerEnd]!)) headerEnd++;
  const header = seg.lines.slice(0, headerEnd);
  const body = seg.lines.slice(headerEnd);
  const headlineAt = pickHeadline(header);
  const authors: string[] = [];
  const extraLines: string[] = [];
  let published: string | undefined;
  header.forEach((line, i) => {
    if (i === headlineAt) return;
    const names = i > headlineAt && headlineAt !== -1 ? (standaloneByline(line.text) ?? loneName(line.text, i === header.length - 1)) : undefined;
    if (names) authors.push(...names);
    else if (isDateLine(line)) published ??= findDate(line.text);
    else extraLines.push(line.text);
  });
  // A title the file states in its metadata outranks a guess from inside the body.
  let title = headlineAt === -1 ? (index === 0 ? hints.title : undefined) : header[headlineAt]!.text;
  if (title === undefined) {
    const midAt = pickMidBodyHeadline(body);
    if (midAt !== -1) title = body.splice(midAt, 1)[0]!.text;
  }
  const paragraphs = [...extraLines, ...body.map((line) => line.text)];
  title ??= firstClause(paragraphs[0] ?? '');
  if (title === '' && paragraphs.length === 0) return undefined;
  authors.push(...datelineAuthors(body[0]?.text), ...seg.closingAuthors);
  if (index === 0 && hints.authors) authors.unshift(...hints.authors);
  const opening = [title, ...extraLines, (body[0]?.text ?? '').slice(0, 80)].join('\n');
  published = hints.published ?? published ?? findDate(opening) ?? pageDate;
  return makeArticle({ title, lines: paragraphs, authors, published, source, index });
}

/**
 * Splits one page (or one file's text) into its articles: headline, byline authors and body, with
 * layout line breaks rejoined and markdown markers removed.
 */
export function splitPageWith(text: string, source: string, hints: PageHints): Article[] {
  const segments = segment(pageLines(text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n')));
  const pageDate = segments[0]?.lines.find(isDateLine)?.text;
  const articles: Article[] = [];
  for (const seg of segments) {
    const article = toArticle(seg, source, articles.length, pageDate === undefined ? undefined : findDate(pageDate), hints);
    if (article) articles.push(article);
  }
  return articles;
}

export function splitPage(text: string, source: string): Article[] {
  return splitPageWith(text, source, {});
}
