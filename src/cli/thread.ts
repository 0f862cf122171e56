// A worker thread running one of the CLI's modules. Under tsx the module is TypeScript, and
// loader hooks do not carry over to worker threads: a small bootstrap imports it through tsx's
// API. A built .js module (the bundled bench) loads as it is.

import { Worker } from 'node:worker_threads';

/** A thread running the module at `url` (a .ts or .js file), with `workerData`. */
export function startThread(url: URL, workerData: unknown): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { workerData });
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const href = JSON.stringify(url.href);
  return new Worker(`import(${tsx}).then((api) => api.tsImport(${href}, ${href}))`, { eval: true, workerData });
}

/** The first message `worker` posts; rejects if it fails or exits first. */
export function firstMessage<T>(worker: Worker, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    worker.once('message', (message: T) => resolve(message));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`${what} stopped with code ${code}`));
    });
  });
}
