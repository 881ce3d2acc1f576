// npm run bench: extraction, graph writing, incremental rebuild, bad input and the viewer, each as a ratio
// measured in this one run (the machines are shared and noisy, so absolute figures drift).
import { benchCypher } from './cypher';
import { benchPanel } from './panel';
import { benchExtract } from './extract';
import { withBenchNeo4j } from './neo4j';
import { benchRebuild, benchWrite } from './write';
import { benchViewer } from './viewer';
import { benchLongArticle, LONG_ARTICLE_NEWS } from './long-article';
import { benchRobustness } from './robustness';
import { loadNews, NEWS_PATH } from './news';
import { benchCorpusRead } from './corpus';

const print = (lines: string[]) => lines.forEach((line) => console.log(line));

const only = new Set(process.argv.slice(2));
const wanted = (name: string) => only.size === 0 || only.has(name);

if (wanted('extract')) print(await benchExtract());

const news = loadNews(LONG_ARTICLE_NEWS);
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

if (wanted('corpus')) print(news ? await benchCorpusRead(news) : [`corpus: skipped, ${NEWS_PATH} not found`]);

if (wanted('cypher')) print(await withBenchNeo4j(async (config) => [...await benchCypher(config), ...await benchPanel(config)]));

if (wanted('viewer')) print(await benchViewer());
