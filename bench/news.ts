import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/db';
import type { Neo4jConfig } from '../src/store';

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

/**
 * The Neo4j holding a built graph of the Sina corpus, for the read-only benches of the viewer
 * (WUTONG_BENCH_SINA_URI, with WUTONG_BENCH_SINA_USERNAME / _PASSWORD / _DATABASE, default
 * neo4j / wutong-local), or null when none is named.
 */
export function sinaConfig(env: NodeJS.ProcessEnv = process.env): Neo4jConfig | null {
  const uri = env.WUTONG_BENCH_SINA_URI;
  if (!uri) return null;
  return {
    uri, username: env.WUTONG_BENCH_SINA_USERNAME ?? 'neo4j', password: env.WUTONG_BENCH_SINA_PASSWORD ?? 'wutong-local',
    database: env.WUTONG_BENCH_SINA_DATABASE || undefined, bundled: false,
  };
}
