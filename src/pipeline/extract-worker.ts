// One extraction thread of the pool in worker-pool.ts: builds the extractor from its recipe, then
// extracts and resolves the articles posted to it, one at a time, in the order they come.
import { parentPort, workerData } from 'node:worker_threads';
import type { Extractor, ExtractorRecipe } from '../extract';
import { errorLine } from '../shared/errors';
import { extractAndResolve } from './extract-article';
import type { WorkerJob, WorkerMessage } from './worker-pool';

/**
 * Models load on first use; the Chinese ones (1.3 s) load before `ready`, so they do not count
 * against the first article's budget. The English model (0.7 s) loads with the first English article.
 */
const WARM_UP = { text: '长沙市人民政府与湖南大学签订合作协议。', lang: 'zh' } as const;

const port = parentPort!;
const post = (message: WorkerMessage): void => port.postMessage(message);
const { recipe } = workerData as { recipe: ExtractorRecipe };
const factory = (await import(recipe.module))[recipe.factory] as (options: unknown) => Extractor;
const extractor = factory(recipe.options);
await extractor.extract(WARM_UP);

let previous = Promise.resolve();
port.on('message', (job: WorkerJob) => {
  previous = previous.then(() => run(job));
});
post({ kind: 'ready', version: extractor.version });

async function run({ id, article }: WorkerJob): Promise<void> {
  post({ kind: 'started', id });
  try {
    post({ kind: 'done', id, resolved: await extractAndResolve(article, extractor) });
  } catch (error) {
    post({ kind: 'failed', id, reason: errorLine(error) });
  }
}
