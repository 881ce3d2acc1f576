/**
 * Extraction throughput against raw jieba.tag on the same text: the first ~2M characters of the
 * Sina news articles in ../shared/data/news. Both sides see the same article texts, one call each.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { createChineseExtractor } from '../src/extract/zh/index';

const NEWS = '../shared/data/news/sina-2018.jsonl';
const TARGET_CHARS = 2_000_000;

function articles(): string[] {
  const texts: string[] = [];
  let chars = 0;
  for (const line of readFileSync(NEWS, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { text } = JSON.parse(line) as { text: string };
    texts.push(text);
    chars += text.length;
    if (chars >= TARGET_CHARS) break;
  }
  return texts;
}

export async function benchExtract(): Promise<string[]> {
  if (!existsSync(NEWS)) return [`extract: skipped, ${NEWS} not found`];
  const texts = articles();
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const jieba = Jieba.withDict(dict);
  const extractor = createChineseExtractor();
  await extractor.extract({ text: texts[0] });
  // Interleaved article by article, so load from other processes on a shared machine hits both sides alike.
  let jiebaSeconds = 0;
  let extractSeconds = 0;
  let mentions = 0;
  for (const text of texts) {
    let started = performance.now();
    jieba.tag(text);
    jiebaSeconds += (performance.now() - started) / 1000;
    started = performance.now();
    mentions += (await extractor.extract({ text, lang: 'zh' })).entities.length;
    extractSeconds += (performance.now() - started) / 1000;
  }
  const jiebaRate = chars / jiebaSeconds;
  const extractRate = chars / extractSeconds;
  const ratio = extractRate / jiebaRate;
  return [
    `extract: ${texts.length} articles, ${chars} characters, ${mentions} mentions by ${extractor.name}`,
    `extract: jieba.tag ${Math.round(jiebaRate)} chars/s, ${extractor.name} ${Math.round(extractRate)} chars/s, ratio ${ratio.toFixed(2)} (target >= 0.25)`,
  ];
}
