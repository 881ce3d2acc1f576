import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { LAUNCHER_CLASSES, LAUNCHER_JARS } from './paths';
import { ensureInstalled } from './install';
import { WutongError } from '../shared/errors';

export interface InstanceOptions {
  /** Folder holding data/, the pid file and the log. */
  home: string;
  port: number;
  password: string;
  host?: string;
  /** Java heap, e.g. '1g'. */
  heap?: string;
  /** How long start waits for Bolt to answer. */
  timeoutMs?: number;
  log?: (line: string) => void;
}

export interface InstanceStatus {
  running: boolean;
  pid?: number;
  uri: string;
  /** Bolt answered a query. */
  answering: boolean;
}

const pidFile = (home: string) => path.join(home, 'neo4j.pid');
const logFile = (home: string) => path.join(home, 'neo4j.log');

function readPid(home: string): number | undefined {
  if (!existsSync(pidFile(home))) return undefined;
  const pid = Number(readFileSync(pidFile(home), 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function lastLine(file: string): string {
  const lines = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '');
  return lines[lines.length - 1] ?? 'no output';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function boltAnswers(uri: string, password: string): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { connectionTimeout: 2000 });
  try {
    await driver.executeQuery('RETURN 1');
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

export async function status(options: InstanceOptions): Promise<InstanceStatus> {
  const uri = `bolt://${options.host ?? '127.0.0.1'}:${options.port}`;
  const pid = readPid(options.home);
  const running = pid !== undefined && alive(pid);
  const answering = running ? await boltAnswers(uri, options.password) : false;
  return { running, ...(running ? { pid } : {}), uri, answering };
}

/** Starts the bundled Neo4j in the background and resolves once Bolt answers a query. */
export async function start(options: InstanceOptions): Promise<InstanceStatus> {
  const log = options.log ?? (() => {});
  const current = await status(options);
  if (current.running) {
    if (current.answering) return current;
    throw new WutongError('db', 'DB_NOT_ANSWERING', `Neo4j (pid ${current.pid}) runs but Bolt at ${current.uri} does not answer; see ${logFile(options.home)}`);
  }
  await ensureInstalled(log);
  mkdirSync(options.home, { recursive: true });
  const out = openSync(logFile(options.home), 'a');
  const host = options.host ?? '127.0.0.1';
  const args = [
    `-Xmx${options.heap ?? '1g'}`,
    '-XX:+UseG1GC',
    // The quick compiler only: on two cores the optimising one spent more CPU compiling Neo4j than
    // a first build of 2,000 articles spent writing (29.5 s of Neo4j CPU against 12.9 s with this
    // flag, the same writes; README "The write path"), and no faster after.
    '-XX:TieredStopAtLevel=1',
    '-cp',
    `${LAUNCHER_CLASSES}${path.delimiter}${LAUNCHER_JARS}/*`,
    'wutong.Launcher',
    ...['--data', path.join(options.home, 'data'), '--port', String(options.port), '--host', host, '--password', options.password],
  ];
  const child = spawn('java', args, { detached: true, stdio: ['ignore', out, out] });
  closeSync(out);
  if (child.pid === undefined) throw new WutongError('db', 'DB_SPAWN', 'could not start java (is Java 17+ installed?)');
  let exited = false;
  child.on('exit', () => (exited = true));
  child.unref();
  writeFileSync(pidFile(options.home), String(child.pid));

  const uri = `bolt://${host}:${options.port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 180_000);
  while (Date.now() < deadline) {
    if (exited || !alive(child.pid)) {
      rmSync(pidFile(options.home), { force: true });
      throw new WutongError('db', 'DB_START_FAILED', `Neo4j exited during start: ${lastLine(logFile(options.home))} (log: ${logFile(options.home)})`);
    }
    if (readFileSync(logFile(options.home), 'utf8').includes(`ready ${uri}`) && (await boltAnswers(uri, options.password))) {
      return { running: true, pid: child.pid, uri, answering: true };
    }
    await sleep(500);
  }
  throw new WutongError('db', 'DB_START_TIMEOUT', `Bolt at ${uri} did not answer in time; see ${logFile(options.home)}`, { retriable: true });
}

/** Asks the launcher to shut the DBMS down cleanly and waits until the process is gone. */
export async function stop(options: InstanceOptions): Promise<boolean> {
  const pid = readPid(options.home);
  if (pid === undefined || !alive(pid)) {
    rmSync(pidFile(options.home), { force: true });
    return false;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 120_000;
  while (alive(pid) && Date.now() < deadline) await sleep(200);
  if (alive(pid)) throw new WutongError('db', 'DB_STOP_TIMEOUT', `Neo4j (pid ${pid}) did not stop within two minutes`);
  rmSync(pidFile(options.home), { force: true });
  return true;
}

/** A port on 127.0.0.1 that nothing listens on right now, for a throwaway instance. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
