import { spawn } from 'node:child_process';
import { createReadStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/db';
import type { Neo4jConfig } from '../src/store';
import type { NewsArticle } from './news';

/** News articles of the build-against-extract comparison (issue 21's figure). */
export const BUILD_NEWS = 2_000;

const CLI = path.join(PROJECT_ROOT, 'bin', 'wutong.js');

const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** CPU seconds a process has used so far, all its threads (Linux /proc, in its 100 ticks a second; undefined elsewhere or once it is gone). */
function cpuSeconds(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/** How often a command's CPU is read while it runs: what it spends after the last read is not counted (under 1% of a bench run). */
const CPU_SAMPLE_MS = 100;

/**
 * Runs the command line as a user would, stdin from `input` if given; resolves with its run time and
 * the CPU it used (all threads; undefined where /proc is missing), or fails with its stderr.
 */
function runCli(args: string[], env: NodeJS.ProcessEnv, input?: string): Promise<{ ms: number; cpu: number | undefined; stdout: string }> {
  return new Promise((resolve, reject) => {
    const began = Date.now();
    const child = spawn(process.execPath, [CLI, ...args], { env, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    let cpu: number | undefined;
    const sampler = setInterval(() => { cpu = cpuSeconds(child.pid) ?? cpu; }, CPU_SAMPLE_MS);
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
      clearInterval(sampler);
      if (code !== 0) reject(new Error(`wutong ${args[0]} exited ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`));
      else resolve({ ms: Date.now() - began, cpu, stdout: args[0] === 'extract' ? `${lines} lines` : stdout });
    });
  });
}

/**
 * The write path against extraction, as a user meets them: `wutong build` of news files into a
 * fresh Neo4j (the one this bench started, nothing written to it yet) against `wutong extract
 * --jsonl` of the same articles in one process. Both are whole command runs, start-up included.
 * Beside the wall times, the CPU each used (and Neo4j's during the build): on a machine other jobs
 * keep busy, each session gets its share of the cores, so the wall ratio follows the ratio of the
 * two processes' CPU more than anything the build overlaps (README "How it works").
 */
export async function benchBuild(config: Neo4jConfig, news: NewsArticle[], neo4jPid?: number): Promise<string[]> {
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
    const neo4jBefore = cpuSeconds(neo4jPid);
    const build = await runCli(['build', files], env);
    const neo4jCpu = neo4jBefore === undefined ? undefined : (cpuSeconds(neo4jPid) ?? neo4jBefore) - neo4jBefore;
    const summary = build.stdout.split('\n').filter((line) => line.startsWith('Built') || line.startsWith('Graph now') || line.startsWith('Time went')).join('; ');
    const cpu = (value: number | undefined) => (value === undefined ? '?' : `${value.toFixed(1)} s`);
    const cpuRatio = build.cpu === undefined || extract.cpu === undefined ? '?' : (build.cpu / extract.cpu).toFixed(2);
    return [
      `wutong build against wutong extract --jsonl, ${news.length} news articles (${news.reduce((n, a) => n + a.title.length + a.text.length, 0)} characters):`,
      `  extract --jsonl ${seconds(extract.ms)} s (${extract.stdout}); build into a fresh database ${seconds(build.ms)} s (${summary})`,
      `  CPU: extract ${cpu(extract.cpu)}; build ${cpu(build.cpu)}, Neo4j during the build ${cpu(neo4jCpu)}; build / extract in CPU: ${cpuRatio}`,
      `  build / extract: ${(build.ms / extract.ms).toFixed(2)} (target: at most 1.0)`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
