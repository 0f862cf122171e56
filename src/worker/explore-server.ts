// The explore worker's side: runs a plan's runs in chunks of about CHUNK_MS (exploreRun, the
// CLI's own function), posting the tally after each chunk, until the budget is spent or the
// page says stop; then shrinks the first violation and posts the summary.
// Contract: chunks are scheduled with setTimeout (a MessageChannel starves the page's port in
// Node, and a 4 ms clamp is small next to a 40 ms chunk) so a stop is read between two chunks;
// the summary of a runs budget is explore()'s for the same plan; a failure is posted, never thrown.

import { ExploreTally, exploreRun } from '../explore/explore';
import type { FromExplorer, SearchBudget, ToExplorer } from './explore-protocol';
import type { RunPort } from './protocol';

/** Work per chunk, in ms: the page sees progress several times a second. */
export const EXPLORE_CHUNK_MS = 40;

interface Search {
  searchId: number;
  tally: ExploreTally;
  budget: SearchBudget;
  startedAt: number;
  stopped: boolean;
}

export function serveExplore(port: RunPort, clock: () => number = () => performance.now()): { stop(): void } {
  let current: Search | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const post = (message: FromExplorer) => port.postMessage(message);
  const schedule = () => {
    timer = setTimeout(() => {
      timer = null;
      work();
    }, 0);
  };

  const finished = (search: Search): boolean => {
    if (search.stopped) return true;
    const budget = search.budget;
    return 'runs' in budget ? search.tally.summary.runs >= budget.runs : clock() - search.startedAt >= budget.seconds * 1000;
  };

  const work = () => {
    const search = current;
    if (search === null) return;
    const { searchId, tally } = search;
    try {
      const deadline = clock() + EXPLORE_CHUNK_MS;
      while (!finished(search) && clock() < deadline) tally.add(exploreRun(tally.plan, tally.summary.runs));
      const elapsedMs = clock() - search.startedAt;
      if (!finished(search)) {
        post({ kind: 'progress', searchId, summary: tally.summary, elapsedMs });
        schedule();
        return;
      }
      current = null;
      if (tally.firstViolation !== null) {
        post({ kind: 'shrinking', searchId, summary: tally.summary, elapsedMs });
        tally.shrinkFirst();
      }
      post({ kind: 'done', searchId, summary: tally.summary, elapsedMs, stopped: search.stopped });
    } catch (error) {
      current = null;
      post({ kind: 'failed', searchId, error: error instanceof Error ? error.message : String(error) });
    }
  };

  port.onmessage = (event: MessageEvent) => {
    const message = event.data as ToExplorer;
    if (message.kind === 'start') {
      try {
        current = { searchId: message.searchId, tally: new ExploreTally(message.plan), budget: message.budget, startedAt: clock(), stopped: false };
      } catch (error) {
        current = null;
        post({ kind: 'failed', searchId: message.searchId, error: error instanceof Error ? error.message : String(error) });
        return;
      }
      if (timer === null) schedule();
    } else if (current !== null && current.searchId === message.searchId) current.stopped = true;
  };

  return {
    stop() {
      current = null;
      port.onmessage = null;
      if (timer !== null) clearTimeout(timer);
    },
  };
}
