import { findDate } from './article';
import type { PageHints } from './page';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/u;

const unquote = (value: string): string => value.trim().replace(/^(["'])(.*)\1$/u, '$2').trim();

/**
 * A markdown file's text without its front matter, links reduced to their text and images dropped,
 * with `title`, `date` and `author(s)` from the front matter as hints.
 */
export function markdownToPage(source: string): { text: string; hints: PageHints } {
  const hints: PageHints = {};
  const normalised = source.replace(/\r\n?/gu, '\n');
  const front = FRONT_MATTER.exec(normalised);
  const fields = new Map<string, string[]>();
  let key = '';
  for (const line of front ? front[1]!.split('\n') : []) {
    const field = /^([\w-]+)\s*:\s*(.*)$/u.exec(line);
    const item = /^\s+-\s+(.*)$/u.exec(line);
    if (field) {
      key = field[1]!.toLowerCase();
      const value = field[2]!.trim().replace(/^\[(.*)\]$/u, '$1');
      fields.set(key, value === '' ? [] : value.split(',').map(unquote));
    } else if (item && key !== '') {
      fields.get(key)?.push(unquote(item[1]!));
    }
  }
  const title = fields.get('title')?.join(', ');
  const date = ['date', 'published', 'pubdate'].map((name) => fields.get(name)?.[0]).find((value) => value !== undefined);
  const authors = (fields.get('authors') ?? fields.get('author') ?? []).filter((name) => name !== '');
  if (title) hints.title = title;
  const published = date === undefined ? undefined : findDate(date);
  if (published) hints.published = published;
  if (authors.length > 0) hints.authors = authors;
  const body = (front ? normalised.slice(front[0].length) : normalised)
    .replace(/!\[[^\]]*\]\([^)]*\)/gu, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/gu, '$1');
  return { text: body, hints };
}
