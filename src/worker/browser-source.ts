// The browser's RunSource: a module Web Worker running run-worker.ts, connected by worker-source.
import type { RunBudget } from './budget-stop';
import type { RunPort } from './protocol';
import type { RunSource } from './run-source';
import { connectRunSource } from './worker-source';
import { loadRunWords } from '../i18n/run-words';

export function createBrowserRunSource(budget?: RunBudget): RunSource {
  const worker = new Worker(new URL('./run-worker.ts', import.meta.url), { type: 'module', name: 'runs' });
  // The run's words load while the worker computes; its messages wait for them (in order), so
  // no run reaches the page before the event log can word it. A failed load words nothing less
  // than the keys, and the run still comes.
  const words = loadRunWords().catch(() => undefined);
  const port: RunPort = {
    postMessage: (message, transfer) => worker.postMessage(message, transfer ?? []),
    set onmessage(handler: RunPort['onmessage']) {
      worker.onmessage = handler && ((event: MessageEvent) => void words.then(() => handler(event)));
    },
    get onmessage() {
      return worker.onmessage;
    },
  };
  // The page's seeker runs the engine: a chunk of its own, loaded as the page starts (not in the
  // initial JavaScript); until it arrives, the worker answers every snapshot.
  const seeker = import('./bounded-seeker').then((module) => module.makeSeeker);
  const source = connectRunSource(port, { budget, seeker, close: () => worker.terminate() });
  // A worker that could not load or that died (out of memory) ends the run with an error.
  worker.addEventListener('error', (event) => source.fail(event.message || 'the worker stopped'));
  return source;
}
