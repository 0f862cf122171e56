// The page's side of the explore worker: start a search, stop it, hear its progress. The worker
// is created on the first search and kept (its module is loaded once); dispose() ends it.
// In tests the port may be a MessagePort served by serveExplore in the same thread.

import type { ExplorePlan } from '../explore/explore';
import type { FromExplorer, SearchBudget } from './explore-protocol';
import type { RunPort } from './protocol';

export type ExploreListener = (message: FromExplorer) => void;

export interface ExploreClient {
  /** Start a search (replacing any); messages of this search go to the listener. */
  start(plan: ExplorePlan, budget: SearchBudget, listener: ExploreListener): void;
  stop(): void;
  dispose(): void;
}

export function connectExploreClient(open: () => { port: RunPort; close(): void; onError?(report: (error: string) => void): void }): ExploreClient {
  let connection: ReturnType<typeof open> | null = null;
  let searchId = 0;
  let listener: ExploreListener | null = null;
  const ensure = () => {
    if (connection !== null) return connection;
    const opened = open();
    opened.port.onmessage = (event: MessageEvent) => {
      const message = event.data as FromExplorer;
      if (message.searchId === searchId) listener?.(message);
    };
    // A worker that could not load or died (out of memory) ends the search with an error.
    opened.onError?.((error) => {
      listener?.({ kind: 'failed', searchId, error });
      connection?.close();
      connection = null;
    });
    return (connection = opened);
  };
  return {
    start(plan, budget, next) {
      const { port } = ensure();
      searchId++;
      listener = next;
      port.postMessage({ kind: 'start', searchId, plan, budget });
    },
    stop() {
      connection?.port.postMessage({ kind: 'stop', searchId });
    },
    dispose() {
      listener = null;
      connection?.close();
      connection = null;
    },
  };
}

/** The browser's client: a module Web Worker running explore-worker.ts. */
export function createBrowserExploreClient(): ExploreClient {
  return connectExploreClient(() => {
    const worker = new Worker(new URL('./explore-worker.ts', import.meta.url), { type: 'module', name: 'explore' });
    return {
      port: worker as unknown as RunPort,
      close: () => worker.terminate(),
      onError: (report) => worker.addEventListener('error', (event) => report(event.message || 'the worker stopped')),
    };
  });
}
