import { createHash } from 'node:crypto';
import { detectLanguage } from '../shared/language';
import type { Article } from './types';

const CJK_OR_FULLWIDTH = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2018-\\u201d\\u2026';
const SPACE_NEXT_TO_CJK = new RegExp(`(?<=[${CJK_OR_FULLWIDTH}]) | (?=[${CJK_OR_FULLWIDTH}])`, 'gu');

/**
 * The content an id is computed from: NFKC-normalised, whitespace collapsed, and spaces beside
 * Chinese characters dropped (Chinese has no word spaces, so they are layout, not content).
 */
export function normaliseForId(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, ' ').trim().replace(SPACE_NEXT_TO_CJK, '');
}

export function articleId(title: string, body: string): string {
  return createHash('sha256').update(normaliseForId(`${title}\n${body}`)).digest('hex').slice(0, 16);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_WORD = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE_PATTERNS: { pattern: RegExp; order: ['y' | 'm' | 'd' | 'mon', ...('y' | 'm' | 'd' | 'mon')[]] }[] = [
  { pattern: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u, order: ['y', 'm', 'd'] },
  { pattern: /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/u, order: ['y', 'm', 'd'] },
  { pattern: new RegExp(`\\b${MONTH_WORD}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'iu'), order: ['mon', 'd', 'y'] },
  { pattern: new RegExp(`\\b(\\d{1,2})\\s+${MONTH_WORD}\\s+(\\d{4})\\b`, 'iu'), order: ['d', 'mon', 'y'] },
];

/** The first full calendar date stated in the text, as YYYY-MM-DD; undefined when there is none. */
export function findDate(text: string): string | undefined {
  const normalised = text.normalize('NFKC');
  for (const { pattern, order } of DATE_PATTERNS) {
    const match = pattern.exec(normalised);
    if (!match) continue;
    const parts: Record<string, number> = {};
    order.forEach((key, i) => {
      const value = match[i + 1]!;
      if (key === 'mon') parts.m = MONTHS.indexOf(value.slice(0, 3).toLowerCase()) + 1;
      else parts[key] = Number(value);
    });
    const { y, m, d } = parts as { y: number; m: number; d: number };
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d) {
      return date.toISOString().slice(0, 10);
    }
  }
  return undefined;
}

export interface ArticleParts {
  title: string;
  /** Lines after the headline: kickers, subtitle, then body paragraphs. */
  lines: string[];
  authors: string[];
  published: string | undefined;
  source: string;
  index: number;
}

export function makeArticle(parts: ArticleParts): Article {
  const body = parts.lines.join('\n');
  const text = body === '' ? parts.title : `${parts.title}\n${body}`;
  const article: Article = {
    id: articleId(parts.title, body),
    title: parts.title,
    authors: [...new Set(parts.authors)],
    source: parts.source,
    index: parts.index,
    lang: detectLanguage(text),
    text,
  };
  if (parts.published !== undefined) article.published = parts.published;
  return article;
}
