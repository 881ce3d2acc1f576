import type { Worker } from 'node:worker_threads';
import { WutongError } from '../shared/errors';
import { startTypeScriptWorker } from '../shared/worker';
import type { Neo4jConfig } from '../store';
import type { CypherLimits } from './cypher-answer';
import type { CypherWorkerData, CypherWorkerReply } from './cypher-worker';

/**
 * Users' Cypher runs in worker threads, so that no answer (one record of ten million integers, a
 * layout of thousands of nodes) holds the server's event loop or its memory: each worker has its own
 * driver and a capped heap, serves one query at a time, and is terminated and replaced when a query
 * passes its time limit or its heap.
 */
export interface CypherRunner {
  /** The answer as JSON text, or a WutongError (the query's own, or SERVER_QUERY_TIMEOUT / SERVER_ANSWER_TOO_LARGE). */
  run(query: string, params: Record<string, unknown>): Promise<string>;
  close(): Promise<void>;
}

export interface CypherRunnerOptions {
  /** Queries run at once; more wait for a free worker. */
  workers: number;
  /** Heap of one worker. */
  heapMb: number;
  /** How long a new worker may take to load before its query fails. */
  startMs: number;
}

const DEFAULTS: CypherRunnerOptions = { workers: 2, heapMb: 128, startMs: 30_000 };

const WORKER_MODULE = new URL('./cypher-worker.ts', import.meta.url);

interface Job {
  query: string;
  params: Record<string, unknown>;
  resolve(text: string): void;
  reject(error: Error): void;
}

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(1))} s`;

type Reply = Exclude<CypherWorkerReply, { ready: true }> | Error;

/** One worker thread; a worker that failed or timed out is never reused. */
class CypherWorker {
  private readonly worker: Worker;
  /** Settles with null once the worker has loaded, or with why it could not. */
  private readonly loaded: Promise<Error | null>;
  private pending: ((reply: Reply) => void) | undefined;
  dead = false;

  constructor(data: CypherWorkerData, private readonly options: CypherRunnerOptions) {
    this.worker = startTypeScriptWorker(WORKER_MODULE, { execArgv: [], workerData: data, resourceLimits: { maxOldGenerationSizeMb: options.heapMb } });
    this.worker.unref();
    this.loaded = new Promise((resolve) => {
      this.worker.once('message', () => resolve(null));
      this.worker.once('error', resolve);
      this.worker.once('exit', () => resolve(new Error('it stopped while loading')));
      setTimeout(() => resolve(new Error(`it did not load within ${seconds(options.startMs)}`)), options.startMs).unref();
    });
    this.worker.on('message', (reply: CypherWorkerReply) => { if (!('ready' in reply)) this.settle(reply); });
    this.worker.on('error', (error) => this.settle(error));
    this.worker.on('exit', () => this.settle(new Error('the Cypher worker stopped')));
  }

  private settle(reply: Reply): void {
    if (reply instanceof Error) this.dead = true;
    const pending = this.pending;
    this.pending = undefined;
    pending?.(reply);
  }

  /** The answer's JSON text; the time limit counts from when a loaded worker receives the query. */
  async run(query: string, params: Record<string, unknown>, timeoutMs: number): Promise<string> {
    const failed = await this.loaded;
    if (failed !== null) {
      this.terminate();
      throw new WutongError('server', 'SERVER_CYPHER_WORKER', `the Cypher worker could not start: ${failed.message}`);
    }
    const reply = await new Promise<Reply>((resolve) => {
      const timer = setTimeout(() => {
        this.pending = undefined;
        this.terminate();
        resolve(new WutongError('server', 'SERVER_QUERY_TIMEOUT', `the query ran past its time limit of ${seconds(timeoutMs)} and was stopped (wutong view --timeout sets the limit)`));
      }, timeoutMs);
      this.pending = (r) => { clearTimeout(timer); resolve(r); };
      this.worker.postMessage({ query, params });
    });
    if (reply instanceof WutongError) throw reply;
    if (reply instanceof Error) {
      throw (reply as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? new WutongError('server', 'SERVER_ANSWER_TOO_LARGE', `reading the answer needed more than ${this.options.heapMb} MB and was stopped; return fewer or smaller values`)
        : new WutongError('server', 'SERVER_CYPHER_WORKER', `the Cypher worker failed: ${reply.message}`);
    }
    if (reply.ok) return reply.text;
    const { module, code, message, cause, retriable } = reply.error;
    throw new WutongError(module, code, message, { retriable, ...(cause === undefined ? {} : { cause: new Error(cause) }) });
  }

  terminate(): void {
    this.dead = true;
    void this.worker.terminate();
  }
}

export function openCypherRunner(connection: Neo4jConfig, limits: CypherLimits, options: Partial<CypherRunnerOptions> = {}): CypherRunner {
  const settings = { ...DEFAULTS, ...options };
  const data: CypherWorkerData = { connection, limits };
  const idle: CypherWorker[] = [];
  const live = new Set<CypherWorker>();
  const queue: Job[] = [];
  let busy = 0;
  let closed = false;

  /** A worker is kept loaded in advance, so a query does not wait for one to start. */
  const start = (): CypherWorker => {
    const worker = new CypherWorker(data, settings);
    live.add(worker);
    return worker;
  };
  const warm = (): void => {
    if (!closed && idle.length === 0 && busy < settings.workers) idle.push(start());
  };
  const pump = (): void => {
    while (!closed && queue.length > 0 && (idle.length > 0 || busy < settings.workers)) {
      const job = queue.shift()!;
      const worker = idle.pop() ?? start();
      busy += 1;
      worker.run(job.query, job.params, limits.timeoutMs).then(job.resolve, job.reject).finally(() => {
        busy -= 1;
        if (worker.dead || closed) live.delete(worker);
        else idle.push(worker);
        pump();
      });
    }
    warm();
  };
  warm();

  return {
    run(query, params) {
      if (closed) return Promise.reject(new WutongError('server', 'SERVER_CLOSED', 'the server is shutting down'));
      return new Promise((resolve, reject) => {
        queue.push({ query, params, resolve, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new WutongError('server', 'SERVER_CLOSED', 'the server is shutting down'));
      idle.length = 0;
      for (const worker of live) worker.terminate();
      live.clear();
    },
  };
}
