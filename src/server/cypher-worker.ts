import { parentPort, workerData } from 'node:worker_threads';
import { isWutongError } from '../shared/errors';
import type { Neo4jConfig } from '../store';
import { cypherAnswerText, type CypherLimits } from './cypher-answer';
import { openViewerDriver } from './driver';

/** Runs inside a worker thread (see cypher-runner.ts): one query at a time, on its own driver. */
export interface CypherWorkerData {
  connection: Neo4jConfig;
  limits: CypherLimits;
}

/** What the worker sends back: the answer's JSON text, or the error as the server reports it. */
export type CypherWorkerReply =
  | { ready: true }
  | { ok: true; text: string }
  | { ok: false; error: { module: string; code: string; message: string; cause?: string; retriable: boolean } };

const { connection, limits } = workerData as CypherWorkerData;
const source = { driver: openViewerDriver(connection), database: connection.database };
const port = parentPort!;

port.on('message', (job: { query: string; params: Record<string, unknown> }) => {
  cypherAnswerText(source, job.query, job.params, limits).then(
    (text) => port.postMessage({ ok: true, text } satisfies CypherWorkerReply),
    (error: unknown) => {
      const e = error as { code?: string; message?: string; retriable?: boolean; cause?: { message?: string } };
      port.postMessage({
        ok: false,
        error: {
          module: isWutongError(error) ? error.module : 'server', code: e.code ?? 'SERVER_ERROR',
          message: isWutongError(error) ? String(e.message).slice(error.module.length + 2) : String(e.message),
          retriable: e.retriable ?? false, ...(e.cause?.message ? { cause: e.cause.message } : {}),
        },
      } satisfies CypherWorkerReply);
    },
  );
});
port.postMessage({ ready: true } satisfies CypherWorkerReply);
