// The browser's RunSource: a module Web Worker running run-worker.ts, connected by worker-source.
import type { RunBudget } from './budget-stop';
import type { RunPort } from './protocol';
import type { RunSource } from './run-source';
import { connectRunSource } from './worker-source';

export function createBrowserRunSource(budget?: RunBudget): RunSource {
  const worker = new Worker(new URL('./run-worker.ts', import.meta.url), { type: 'module', name: 'runs' });
  const source = connectRunSource(worker as unknown as RunPort, { budget, close: () => worker.terminate() });
  // A worker that could not load or that died (out of memory) ends the run with an error.
  worker.addEventListener('error', (event) => source.fail(event.message || 'the worker stopped'));
  return source;
}
