// npm run bench: extraction, graph writing, incremental rebuild, bad input and the viewer, each as a ratio
// measured in this one run (the machines are shared and noisy, so absolute figures drift).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, start, stop } from '../src/db';
import type { Neo4jConfig } from '../src/store';
import { benchExtract } from './extract';
import { benchRebuild, benchWrite } from './write';
import { benchViewer } from './viewer';
import { benchRobustness } from './robustness';
import { loadNews, NEWS_PATH } from './news';

const print = (lines: string[]) => lines.forEach((line) => console.log(line));

const only = new Set(process.argv.slice(2));
const wanted = (name: string) => only.size === 0 || only.has(name);

if (wanted('extract')) print(await benchExtract());

const news = loadNews(400);
if (!news) {
  console.log(`write, rebuild, robustness: skipped, ${NEWS_PATH} not found`);
} else if (wanted('write') || wanted('rebuild') || wanted('robustness')) {
  const home = mkdtempSync(path.join(tmpdir(), 'wutong-bench-neo4j-'));
  const instance = { home, port: await freePort(), password: 'wutong-bench', heap: '1g' };
  await start(instance);
  const config: Neo4jConfig = { uri: `bolt://127.0.0.1:${instance.port}`, username: 'neo4j', password: instance.password, database: undefined, bundled: false };
  try {
    if (wanted('write')) print(await benchWrite(config, news));
    if (wanted('rebuild')) print(await benchRebuild(config, news.slice(0, 200)));
    if (wanted('robustness')) print(await benchRobustness(config));
  } finally {
    await stop(instance);
    rmSync(home, { recursive: true, force: true });
  }
}

if (wanted('viewer')) print(await benchViewer());
