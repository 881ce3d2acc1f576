import type { Worker } from 'node:worker_threads';
import type { Article } from '../ingest';
import type { Extractor, ExtractorRecipe } from '../extract';
import type { ResolvedArticle } from '../resolve';
import { errorLine, WutongError } from '../shared/errors';
import { startTypeScriptWorker } from '../shared/worker';
import { extractionFailed, overBudget } from './extract-article';
import type { ArticleExtraction, ExtractionOptions } from './extraction';

/** What the pool posts to a worker, and what a worker (extract-worker.ts) answers. */
export interface WorkerJob {
  id: number;
  article: Article;
}
export type WorkerMessage =
  | { kind: 'ready'; version: string | undefined }
  | { kind: 'started'; id: number }
  | { kind: 'done'; id: number; resolved: ResolvedArticle }
  | { kind: 'failed'; id: number; reason: string };

/** Jobs handed to one worker ahead of time, so it never waits on this thread between articles. */
const AHEAD = 2;

const WORKER_MODULE = new URL('./extract-worker.ts', import.meta.url);

interface Job extends WorkerJob {
  resolve: (resolved: ResolvedArticle) => void;
  reject: (error: WutongError) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Jobs posted to this worker, oldest (the one it runs) first. */
  jobs: Job[];
  running?: number;
  timer?: NodeJS.Timeout;
  /** Terminated or exited: its events no longer count. */
  gone: boolean;
}

/**
 * `workers` threads, each with its own copy of the extractor built from the recipe. Results come
 * back per article, so the caller decides the order in which they land. An article that runs past
 * the budget has its worker terminated and replaced; the articles queued behind it go to the others.
 */
export function startWorkerPool(extractor: Extractor, recipe: ExtractorRecipe, options: ExtractionOptions): ArticleExtraction {
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let broken: WutongError | undefined;
  let nextId = 0;

  const spawn = (): Slot => {
    const slot: Slot = { worker: startTypeScriptWorker(WORKER_MODULE, { workerData: { recipe } }), ready: false, jobs: [], gone: false };
    slot.worker.on('message', (message: WorkerMessage) => onMessage(slot, message));
    slot.worker.on('error', (error) => onStop(slot, errorLine(error)));
    slot.worker.on('exit', (code) => onStop(slot, `exit code ${code}`));
    return slot;
  };

  const dispatch = (): void => {
    for (const slot of slots) {
      while (slot.ready && !slot.gone && slot.jobs.length < AHEAD && queue.length > 0) {
        const job = queue.shift()!;
        slot.jobs.push(job);
        slot.worker.postMessage({ id: job.id, article: job.article } satisfies WorkerJob);
      }
    }
  };

  const retire = (slot: Slot): Job[] => {
    slot.gone = true;
    clearTimeout(slot.timer);
    void slot.worker.terminate();
    return slot.jobs;
  };

  /** The worker's running article fails with `error`; the ones posted behind it go back to the queue. */
  const replace = (slot: Slot, error: WutongError): void => {
    const jobs = retire(slot);
    const running = jobs[0]?.id === slot.running ? jobs.shift() : undefined;
    running?.reject(error);
    queue.unshift(...jobs);
    slots[slots.indexOf(slot)] = spawn();
  };

  const fail = (error: WutongError): void => {
    broken = error;
    for (const job of [...queue.splice(0), ...slots.flatMap(retire)]) job.reject(error);
  };

  const onMessage = (slot: Slot, message: WorkerMessage): void => {
    if (slot.gone) return;
    switch (message.kind) {
      case 'ready':
        if (message.version !== extractor.version) {
          fail(new WutongError('pipeline', 'PIPELINE_WORKER', `the extraction worker runs extractor version ${message.version}, this process ${extractor.version}`));
          return;
        }
        slot.ready = true;
        break;
      case 'started':
        slot.running = message.id;
        slot.timer = setTimeout(() => replace(slot, overBudget(options.articleMs)), options.articleMs);
        return;
      case 'done':
      case 'failed': {
        clearTimeout(slot.timer);
        const job = slot.jobs.shift()!;
        slot.running = undefined;
        if (message.kind === 'done') job.resolve(message.resolved);
        else job.reject(extractionFailed(message.reason));
        break;
      }
    }
    dispatch();
  };

  const onStop = (slot: Slot, why: string): void => {
    if (slot.gone) return;
    if (!slot.ready) fail(new WutongError('pipeline', 'PIPELINE_WORKER', `the extraction worker did not start (${why})`));
    else replace(slot, extractionFailed(`the extraction worker stopped: ${why}`));
    dispatch();
  };

  for (let i = 0; i < Math.max(1, options.workers); i++) slots.push(spawn());

  return {
    run(article) {
      if (broken) return Promise.reject(broken);
      return new Promise((resolve, reject) => {
        queue.push({ id: nextId++, article, resolve, reject });
        dispatch();
      });
    },
    async close() {
      const closed = new WutongError('pipeline', 'PIPELINE_WORKER', 'extraction was closed');
      broken = closed;
      for (const job of queue.splice(0)) job.reject(closed);
      await Promise.all(slots.map((slot) => {
        for (const job of retire(slot)) job.reject(closed);
        return slot.worker.terminate();
      }));
    },
  };
}
