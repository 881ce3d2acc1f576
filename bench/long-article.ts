/**
 * Build time per character of one 1 MB article against that of news articles: extraction,
 * resolution and the write into an emptied Neo4j, the work `wutong build` does per article (the
 * files are not read: a reader splits a 1 MB file of news into its articles). The long article is
 * news articles written one after another as the paragraphs of one text, so both sides read the
 * same kind of prose; what differs is only how much of it one article holds.
 */
import { createExtractor } from '../src/extract';
import type { Article } from '../src/ingest';
import { resolveArticle, type ResolvedArticle } from '../src/resolve';
import { GraphStore, type Neo4jConfig } from '../src/store';
import type { NewsArticle } from './news';
import { emptyDatabase } from './write';

const LONG_CHARS = 1_000_000;
/** Articles per write transaction, as `wutong build` writes them. */
const BATCH = 25;
const TARGET = 2;

interface Side {
  label: string;
  articles: Article[];
}

function article(id: string, title: string, text: string, index: number): Article {
  return { id, title, authors: [], source: `bench/${id}`, index, lang: 'zh', text };
}

/** A 1 MB article of news: the first one's headline, then their bodies as paragraphs. */
function longArticle(news: NewsArticle[]): Article {
  let text = `${news[0]!.title}\n`;
  for (const item of news) {
    if (text.length >= LONG_CHARS) break;
    text += `${item.text}\n`;
  }
  return article('bench-long', news[0]!.title, text.slice(0, LONG_CHARS), 0);
}

/** Milliseconds for extraction and resolution, and for the write, of one side into an emptied database. */
async function build(config: Neo4jConfig, side: Side): Promise<{ extractMs: number; writeMs: number; rows: number }> {
  const extractor = createExtractor({ lang: 'zh' });
  const store = new GraphStore(config);
  try {
    await emptyDatabase(store.connection.driver);
    await store.applySchema();
    let extractMs = 0;
    let writeMs = 0;
    let rows = 0;
    let batch: ResolvedArticle[] = [];
    const flush = async (): Promise<void> => {
      const began = performance.now();
      await store.write({ remove: [], add: batch });
      writeMs += performance.now() - began;
      batch = [];
    };
    for (const a of side.articles) {
      const began = performance.now();
      const extraction = await extractor.extract({ text: a.text, lang: 'zh', id: a.id });
      const resolved = resolveArticle({ article: a, extraction, extractor: extractor.name });
      extractMs += performance.now() - began;
      rows += 1 + resolved.entities.length + resolved.relations.length;
      batch.push(resolved);
      if (batch.length >= BATCH) await flush();
    }
    await flush();
    return { extractMs, writeMs, rows };
  } finally {
    await store.close();
  }
}

/** Articles that warm up the models and the database first, so that neither side pays for loading them. */
const WARM_UP = 50;
/** News articles on the news side; the long article is made of the ones after them. */
const NEWS_ARTICLES = 300;
/** How many news articles the bench reads: the long article needs some 800 after the others. */
export const LONG_ARTICLE_NEWS = 1_800;

export async function benchLongArticle(config: Neo4jConfig, news: NewsArticle[]): Promise<string[]> {
  const asArticle = (n: NewsArticle, i: number): Article => article(n.id, n.title, `${n.title}\n${n.text}`, i);
  const sides: Side[] = [
    { label: `${NEWS_ARTICLES} news articles`, articles: news.slice(WARM_UP, WARM_UP + NEWS_ARTICLES).map(asArticle) },
    { label: 'one 1 MB article', articles: [longArticle(news.slice(WARM_UP + NEWS_ARTICLES))] },
  ];
  await build(config, { label: 'warm-up', articles: news.slice(0, WARM_UP).map(asArticle) });
  const lines = [`build time per character, ${sides.map((s) => s.label).join(' vs ')} (extract + resolve + write into an emptied Neo4j):`];
  const perChar: number[] = [];
  for (const side of sides) {
    const chars = side.articles.reduce((n, a) => n + a.text.length, 0);
    const { extractMs, writeMs, rows } = await build(config, side);
    const ms = extractMs + writeMs;
    perChar.push(ms / chars);
    lines.push(`  ${side.label}: ${chars} characters, ${rows} rows, ${(ms / 1000).toFixed(2)} s (extract + resolve ${(extractMs / 1000).toFixed(2)} s, write ${(writeMs / 1000).toFixed(2)} s), ${Math.round(chars / (ms / 1000))} chars/s`);
  }
  const ratio = perChar[1]! / perChar[0]!;
  lines.push(`  time per character, 1 MB article / news: ${ratio.toFixed(2)}x (target <= ${TARGET}x)`);
  return lines;
}
