import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createGzip } from 'node:zlib';
import type { NewsArticle } from './news';

/** Peak memory while reading a corpus file, as a share of the file's size: the reader streams, so this stays small. */
const TARGET_PEAK_SHARE = 0.25;

/**
 * A synthetic corpus (the given articles repeated with varied ids, gzipped) of `megabytes` MB of
 * JSON lines read through readCorpus in a child process: rows per second and peak RSS, against
 * the uncompressed size of the file.
 */
export async function benchCorpusRead(news: NewsArticle[], megabytes = 600): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'wutong-bench-corpus-'));
  const file = path.join(dir, 'corpus.jsonl.gz');
  const gzip = createGzip({ level: 1 });
  const written = gzip.pipe(createWriteStream(file));
  let bytes = 0;
  for (let n = 0; bytes < megabytes * 2 ** 20; n++) {
    const article = news[n % news.length]!;
    const line = JSON.stringify({ id: `${article.id}-${n}`, title: article.title, text: `${article.text}\n（第${n}版）` }) + '\n';
    bytes += Buffer.byteLength(line);
    if (!gzip.write(line)) await once(gzip, 'drain');
  }
  gzip.end();
  await once(written, 'finish');
  const script = `
    import { readCorpus } from ${JSON.stringify(path.resolve(import.meta.dirname, '../src/ingest/index.ts'))};
    const began = performance.now();
    let rows = 0, peak = 0;
    for await (const item of readCorpus(${JSON.stringify(file)})) {
      if ('article' in item && ++rows % 500 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    }
    console.log(JSON.stringify({ rows, peak, seconds: (performance.now() - began) / 1000 }));`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', cwd: path.resolve(import.meta.dirname, '..') });
  const onDisk = statSync(file).size;
  rmSync(dir, { recursive: true, force: true });
  if (run.status !== 0) return [`corpus read: failed (${run.stderr.trim().split('\n').pop()})`];
  const { rows, peak, seconds } = JSON.parse(run.stdout.trim().split('\n').pop()!) as { rows: number; peak: number; seconds: number };
  const share = peak / bytes;
  const mb = (value: number) => `${(value / 2 ** 20).toFixed(0)} MB`;
  return [
    `corpus read: ${rows.toLocaleString('en')} rows of a ${mb(bytes)} JSON lines file (${mb(onDisk)} gzipped) in ${seconds.toFixed(1)} s, ${Math.round(rows / seconds).toLocaleString('en')} rows/s; ` +
      `peak RSS ${mb(peak)} = ${share.toFixed(3)} of the file (target ≤ ${TARGET_PEAK_SHARE}) ${share <= TARGET_PEAK_SHARE ? 'ok' : 'MISSED'}`,
  ];
}
