// The messages between the explorer panel and the explore worker (explore-server.ts). Every
// message names its search: the page ignores replies for a search it has replaced.

import type { ExplorePlan, ExploreSummary } from '../explore/explore';

/** How long a search may go: a number of runs, or seconds of the worker's time. */
export type SearchBudget = { runs: number } | { seconds: number };

export type ToExplorer =
  | { kind: 'start'; searchId: number; plan: ExplorePlan; budget: SearchBudget }
  /** Stop searching; what was found is still summarized and its first violation shrunk. */
  | { kind: 'stop'; searchId: number };

export type FromExplorer =
  /** The tally so far (no shrunk counterexample yet); elapsedMs is the worker's search time. */
  | { kind: 'progress'; searchId: number; summary: ExploreSummary; elapsedMs: number }
  | { kind: 'shrinking'; searchId: number; summary: ExploreSummary; elapsedMs: number }
  | { kind: 'done'; searchId: number; summary: ExploreSummary; elapsedMs: number; stopped: boolean }
  | { kind: 'failed'; searchId: number; error: string };
