// npm run bench: extraction, graph writing, incremental rebuild, bad input and the viewer, each as a ratio
// measured in this one run (the machines are shared and noisy, so absolute figures drift).
import { benchBuild, BUILD_NEWS } from './build';
import { benchCypher } from './cypher';
import { benchPanel } from './panel';
import { benchPaths } from './paths';
import { benchExtract } from './extract';
import { withBenchNeo4j } from './neo4j';
import { benchRebuild, benchWrite } from './write';
import { benchViewer } from './viewer';
import { benchScreen } from './screen';
import { benchLongArticle, LONG_ARTICLE_NEWS } from './long-article';
import { benchRobustness } from './robustness';
import { benchScale } from './scale';
import { loadNews, NEWS_PATH, sinaConfig } from './news';
import { benchCorpusRead } from './corpus';

const print = (lines: string[]) => lines.forEach((line) => console.log(line));

const args = process.argv.slice(2);
// --articles N: how many articles the scale part writes (default 6,000; 100,000 is the long run).
const articlesAt = args.indexOf('--articles');
const scaleArticles = articlesAt >= 0 ? Number(args[articlesAt + 1]) : 6_000;
const only = new Set(args.filter((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--articles'));
const wanted = (name: string) => only.size === 0 || only.has(name);

if (wanted('extract')) print(await benchExtract());

const news = loadNews(Math.max(LONG_ARTICLE_NEWS, BUILD_NEWS));
if (!news) {
  console.log(`write, rebuild, long-article, robustness: skipped, ${NEWS_PATH} not found`);
} else if (wanted('write') || wanted('rebuild') || wanted('long-article') || wanted('robustness')) {
  await withBenchNeo4j(async (config) => {
    if (wanted('write')) print(await benchWrite(config, news.slice(0, 400)));
    if (wanted('rebuild')) print(await benchRebuild(config, news.slice(0, 200)));
    if (wanted('long-article')) print(await benchLongArticle(config, news));
    if (wanted('robustness')) print(await benchRobustness(config));
  });
}

if (news && wanted('build')) print(await withBenchNeo4j((config, pid) => benchBuild(config, news.slice(0, BUILD_NEWS), pid)));

if (news && wanted('scale')) print(await withBenchNeo4j((config, pid) => benchScale(config, news.slice(0, BUILD_NEWS), scaleArticles, pid)));

if (wanted('corpus')) print(news ? await benchCorpusRead(news) : [`corpus: skipped, ${NEWS_PATH} not found`]);

if (wanted('cypher')) print(await withBenchNeo4j(async (config) => [...await benchCypher(config), ...await benchPanel(config)]));

if (wanted('viewer')) print(await benchViewer());

if (wanted('paths')) {
  const sina = sinaConfig();
  print(sina ? await benchPaths(sina) : ['paths: skipped, WUTONG_BENCH_SINA_URI names no built corpus (e.g. bolt://127.0.0.1:7787)']);
}
if (wanted('screen')) print(await benchScreen());
