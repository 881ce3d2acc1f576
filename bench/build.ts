import { spawn } from 'node:child_process';
import { createReadStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/db';
import type { Neo4jConfig } from '../src/store';
import type { NewsArticle } from './news';

/** News articles of the build-against-extract comparison (issue 21's figure). */
export const BUILD_NEWS = 2_000;

const CLI = path.join(PROJECT_ROOT, 'bin', 'wutong.js');

const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** Runs the command line as a user would, stdin from `input` if given; resolves with its run time, or fails with its stderr. */
function runCli(args: string[], env: NodeJS.ProcessEnv, input?: string): Promise<{ ms: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const began = Date.now();
    const child = spawn(process.execPath, [CLI, ...args], { env, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    // extract's output is counted, not kept: a build is compared with extraction, not with holding its output.
    let lines = 0;
    child.stdout!.on('data', (chunk: Buffer) => {
      if (args[0] === 'extract') lines += chunk.toString('utf8').split('\n').length - 1;
      else stdout += chunk.toString('utf8');
    });
    child.stderr!.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
    if (input !== undefined) createReadStream(input).pipe(child.stdin!);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`wutong ${args[0]} exited ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`));
      else resolve({ ms: Date.now() - began, stdout: args[0] === 'extract' ? `${lines} lines` : stdout });
    });
  });
}

/**
 * The write path against extraction, as a user meets them: `wutong build` of news files into a
 * fresh Neo4j (the one this bench started, nothing written to it yet) against `wutong extract
 * --jsonl` of the same articles in one process. Both are whole command runs, start-up included.
 */
export async function benchBuild(config: Neo4jConfig, news: NewsArticle[]): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'wutong-bench-build-'));
  try {
    const files = path.join(dir, 'files');
    const jsonl = path.join(dir, 'articles.jsonl');
    // The same text either way: build reads a file as its title, a blank line and the text.
    writeFileSync(jsonl, news.map((item) => JSON.stringify({ id: item.id, text: `${item.title}\n\n${item.text}`, lang: 'zh' })).join('\n') + '\n');
    mkdirSync(files);
    news.forEach((item) => writeFileSync(path.join(files, `${item.id}.txt`), `${item.title}\n\n${item.text}\n`));
    const env = { ...process.env, NEO4J_URI: config.uri, NEO4J_USERNAME: config.username, NEO4J_PASSWORD: config.password };
    const extract = await runCli(['extract', '--jsonl'], env, jsonl);
    const build = await runCli(['build', files], env);
    const summary = build.stdout.split('\n').filter((line) => line.startsWith('Built') || line.startsWith('Graph now')).join('; ');
    return [
      `wutong build against wutong extract --jsonl, ${news.length} news articles (${news.reduce((n, a) => n + a.title.length + a.text.length, 0)} characters):`,
      `  extract --jsonl ${seconds(extract.ms)} s (${extract.stdout}); build into a fresh database ${seconds(build.ms)} s (${summary})`,
      `  build / extract: ${(build.ms / extract.ms).toFixed(2)} (target: at most 1.0)`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
