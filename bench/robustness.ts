import { mkdtempSync, openSync, closeSync, rmSync, writeSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createExtractor } from '../src/extract';
import { buildPaths, type BuildEvent } from '../src/pipeline';
import { GraphStore, type Neo4jConfig } from '../src/store';
import { loadNews, type NewsArticle } from './news';
import { emptyDatabase } from './write';

const FILES = 2000;
const HUGE_MB = 50;
/** News articles built before the timed builds, from the end of the set. */
const WARM_UP = 300;
/** A one-paragraph file holds one news paragraph of this many characters. */
const PARAGRAPH = { min: 60, max: 600 };

const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** A temporary folder of one file per text, noted in `folders` to be removed after the run. */
function writeFolder(texts: string[], folders: string[]): { dir: string; chars: number } {
  const dir = mkdtempSync(path.join(tmpdir(), 'wutong-bench-files-'));
  folders.push(dir);
  texts.forEach((text, i) => writeFileSync(path.join(dir, `${String(i).padStart(5, '0')}.txt`), text));
  return { dir, chars: texts.reduce((sum, text) => sum + text.length, 0) };
}

const newsFile = (item: NewsArticle) => `${item.title}\n\n${item.text}\n`;

/** Paragraphs of the news set, each a file of its own, from articles after those built as whole files. */
function paragraphs(news: NewsArticle[]): string[] {
  return news
    .flatMap((item) => item.text.split(/\n+/u).map((p) => p.trim()))
    .filter((p) => p.length >= PARAGRAPH.min && p.length <= PARAGRAPH.max)
    .slice(0, FILES)
    .map((p) => `${p}\n`);
}

/**
 * Bad input against a fresh database: a 50 MB text file beside two news files (skipped with one
 * line, the two landing, in under 10 s), then 2,000 one-paragraph files against 2,000 whole news
 * articles, each into an empty graph: the small files must build at least as many characters per
 * second as the news articles.
 */
export async function benchRobustness(config: Neo4jConfig): Promise<string[]> {
  const news = loadNews(FILES * 3)!;
  const store = new GraphStore(config);
  const extractor = createExtractor({ lang: 'zh' });
  const lines: string[] = [];
  const folders: string[] = [];
  try {
    const beside = writeFolder(news.slice(0, 2).map(newsFile), folders);
    const block = Buffer.from(news.slice(0, 50).map(newsFile).join('\n'));
    const fd = openSync(path.join(beside.dir, 'huge.txt'), 'w');
    for (let written = 0; written < HUGE_MB * 2 ** 20; written += block.length) writeSync(fd, block);
    closeSync(fd);
    await emptyDatabase(store.connection.driver);
    const began = Date.now();
    let skippedAt = 0;
    const onEvent = (event: BuildEvent) => {
      if (event.kind === 'skipped') skippedAt = Date.now() - began;
    };
    const huge = await buildPaths([beside.dir], { store, extractor, onEvent });
    const hugeMs = Date.now() - began;
    const reasons = huge.skipped.map((s) => `${path.basename(s.path)}: ${s.reason}`);
    lines.push(
      `a ${HUGE_MB} MB text file beside 2 news files:`,
      `  skipped after ${seconds(skippedAt)} s, whole build ${seconds(hugeMs)} s (target: under 10 s); ${reasons.join('; ')}`,
      `  files beside it landed: ${huge.articlesAdded} of 2`,
    );

    // Neither side pays for a cold JVM or for Neo4j planning its statements the first time.
    await emptyDatabase(store.connection.driver);
    await buildPaths([writeFolder(news.slice(-WARM_UP).map(newsFile), folders).dir], { store, extractor });
    lines.push(`building small files against news articles, each into an empty graph (after an untimed build of ${WARM_UP} others):`);
    const rates: number[] = [];
    for (const [label, texts] of [['news articles', news.slice(0, FILES).map(newsFile)], ['one-paragraph files', paragraphs(news.slice(FILES, -WARM_UP))]] as const) {
      const { dir, chars } = writeFolder([...texts], folders);
      await emptyDatabase(store.connection.driver);
      const start = Date.now();
      const summary = await buildPaths([dir], { store, extractor });
      const ms = Date.now() - start;
      rates.push(chars / (ms / 1000));
      lines.push(`  ${texts.length} ${label}, ${chars} characters (${Math.round(chars / texts.length)} per file): ${seconds(ms)} s, ${summary.articlesAdded} articles, ${rates.at(-1)!.toFixed(0)} characters/s, ${(texts.length / (ms / 1000)).toFixed(1)} files/s`);
      // What is written per character: short texts name more per character, and each file repeats its entities' links.
      const { mentions, relationships } = summary.counts;
      lines.push(`    written per 1,000 characters: ${((1000 * summary.articlesAdded) / chars).toFixed(1)} articles, ${((1000 * mentions) / chars).toFixed(1)} entity links, ${((1000 * relationships) / chars).toFixed(1)} relationships`);
    }
    lines.push(`  ratio one-paragraph files / news articles, characters per second: ${(rates[1]! / rates[0]!).toFixed(2)} (target: at least 1)`);
    // The same paragraphs as rows of one corpus file: what is left between the two is the cost of a file as such.
    const rows = paragraphs(news.slice(FILES, -WARM_UP));
    const corpus = mkdtempSync(path.join(tmpdir(), 'wutong-bench-rows-'));
    folders.push(corpus);
    writeFileSync(path.join(corpus, 'paragraphs.jsonl'), rows.map((text, i) => JSON.stringify({ id: `p${i}`, text })).join('\n'));
    await emptyDatabase(store.connection.driver);
    const rowsStart = Date.now();
    await buildPaths([corpus], { store, extractor });
    const rowsRate = rows.reduce((sum, text) => sum + text.length, 0) / ((Date.now() - rowsStart) / 1000);
    lines.push(`  the same paragraphs as rows of one JSON lines file: ${rowsRate.toFixed(0)} characters/s; files / rows ${(rates[1]! / rowsRate).toFixed(2)} (the cost of a file as such)`);
    return lines;
  } finally {
    await store.close();
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  }
}
