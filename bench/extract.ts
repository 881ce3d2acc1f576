/**
 * Extraction throughput against raw jieba.tag on the same text: the first ~2M characters of the
 * Sina news articles in ../shared/data/news. Both sides see the same article texts, one call each.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { createChineseExtractor } from '../src/extract/zh/index';
import { createExtractor } from '../src/extract';
import { forgetLastStyleSample } from '../src/extract/zh/style';

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

/**
 * Interleaved article by article, so load from other processes on a shared machine hits every
 * side alike: raw jieba.tag, the tagger alone, and the whole default extractor (tagger, finance
 * names, relations) that `wutong extract` and `wutong build` run.
 */
export async function benchExtract(): Promise<string[]> {
  if (!existsSync(NEWS)) return [`extract: skipped, ${NEWS} not found`];
  const texts = articles();
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const jieba = Jieba.withDict(dict);
  const sides = [createChineseExtractor(), createExtractor({ lang: 'zh' })];
  for (const side of sides) await side.extract({ text: texts[0]!, lang: 'zh' });
  let jiebaSeconds = 0;
  const seconds = sides.map(() => 0);
  const found = sides.map(() => ({ mentions: 0, relations: 0 }));
  for (const text of texts) {
    let started = performance.now();
    jieba.tag(text);
    jiebaSeconds += (performance.now() - started) / 1000;
    for (const [i, side] of sides.entries()) {
      forgetLastStyleSample();
      started = performance.now();
      const extraction = await side.extract({ text, lang: 'zh' });
      seconds[i]! += (performance.now() - started) / 1000;
      found[i]!.mentions += extraction.entities.length;
      found[i]!.relations += extraction.relations.length;
    }
  }
  const jiebaRate = chars / jiebaSeconds;
  const lines = [`extract: ${texts.length} articles, ${chars} characters; jieba.tag ${Math.round(jiebaRate)} chars/s`];
  for (const [i, side] of sides.entries()) {
    const rate = chars / seconds[i]!;
    const label = i === 0 ? `tagger alone (${side.name})` : 'whole extractor (tagger + finance names + relations)';
    lines.push(`extract: ${label}: ${Math.round(rate)} chars/s, ${found[i]!.mentions} mentions, ${found[i]!.relations} relations, ratio to jieba.tag ${(rate / jiebaRate).toFixed(2)} (target >= 0.25)`);
  }
  return lines;
}
