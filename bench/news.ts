import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/db';

export interface NewsArticle {
  id: string;
  title: string;
  text: string;
}

export const NEWS_PATH = path.resolve(PROJECT_ROOT, '..', 'shared', 'data', 'news', 'sina-2018.jsonl');

/** The first `count` Sina articles from ../shared/data/news, or undefined when that folder is missing. */
export function loadNews(count: number): NewsArticle[] | undefined {
  if (!existsSync(NEWS_PATH)) return undefined;
  const out: NewsArticle[] = [];
  for (const line of readFileSync(NEWS_PATH, 'utf8').split('\n')) {
    if (out.length >= count) break;
    if (line.trim()) out.push(JSON.parse(line) as NewsArticle);
  }
  return out;
}
