import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * A worker thread running one of our TypeScript modules. The CLI and the tests load TypeScript
 * through tsx, whose loader a worker thread does not inherit in Node 20 (neither from
 * `register()` nor from `--import tsx`), so the worker starts from a plain script that registers
 * tsx in its own thread and then imports the module.
 */
export function startTypeScriptWorker(module: URL, options: Omit<WorkerOptions, 'eval'> = {}): Worker {
  const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); });`;
  return new Worker(boot, { ...options, eval: true });
}
