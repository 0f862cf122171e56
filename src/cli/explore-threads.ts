// `sim explore --workers N`: the runs of a plan spread over N worker threads (explore-thread.ts),
// each thread taking every N-th run; the outcomes are tallied in run order on this thread and
// the first violation shrunk here, so the summary is exactly explore()'s whatever N is.

import { firstMessage, startThread } from './thread';
import { ExploreTally, type ExplorePlan, type ExploreSummary, type RunOutcome } from '../explore/explore';

export interface ThreadedExplore extends ExplorePlan {
  runs: number;
  workers: number;
  /** Full share links: the page's address before '#'. */
  baseUrl?: string;
  /** Shrink the first violation (default true; the bench measures the search alone). */
  shrink?: boolean;
}

/** Runs `first`, `first + stride`, … below `runs` on one thread: their outcomes, in that order. */
function runOnThread(plan: ExplorePlan, runs: number, first: number, stride: number): Promise<RunOutcome[]> {
  const url = new URL('./explore-thread' + (import.meta.url.endsWith('.ts') ? '.ts' : '.js'), import.meta.url);
  return firstMessage<RunOutcome[]>(startThread(url, { plan, runs, first, stride }), 'an explore thread');
}

export async function exploreThreaded(options: ThreadedExplore): Promise<ExploreSummary> {
  const { runs, workers } = options;
  const plan: ExplorePlan = { protocol: options.protocol, seed: options.seed, schedule: options.schedule, budget: options.budget };
  const parts = await Promise.all(Array.from({ length: workers }, (_, k) => runOnThread(plan, runs, k, workers)));
  const tally = new ExploreTally(plan);
  for (let i = 0; i < runs; i++) tally.add(parts[i % workers][Math.floor(i / workers)]);
  if (options.shrink !== false) tally.shrinkFirst(options.baseUrl);
  return tally.summary;
}
