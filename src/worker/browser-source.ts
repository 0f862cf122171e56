// The browser's RunSource: a module Web Worker running run-worker.ts, connected by worker-source.
import type { RunBudget } from './budget-stop';
import type { RunPort } from './protocol';
import type { RunSource } from './run-source';
import { connectRunSource } from './worker-source';

export function createBrowserRunSource(budget?: RunBudget): RunSource {
  const worker = new Worker(new URL('./run-worker.ts', import.meta.url), { type: 'module', name: 'runs' });
  return connectRunSource(worker as unknown as RunPort, { budget, close: () => worker.terminate() });
}
