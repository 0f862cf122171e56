// `sim explore --workers N`: the runs of a plan spread over N worker threads (explore-thread.ts),
// each thread taking every N-th run; the outcomes are tallied in run order on this thread and
// the first violation shrunk here, so the summary is exactly explore()'s whatever N is.

import { Worker } from 'node:worker_threads';
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
  return new Promise((resolve, reject) => {
    // Under tsx the thread's file is TypeScript: a small bootstrap imports it through tsx's API
    // (loader hooks do not carry over to worker threads); a built .js file loads as it is.
    const url = new URL('./explore-thread' + (import.meta.url.endsWith('.ts') ? '.ts' : '.js'), import.meta.url);
    const workerData = { plan, runs, first, stride };
    const worker = url.pathname.endsWith('.ts')
      ? new Worker(`import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((api) => api.tsImport(${JSON.stringify(url.href)}, ${JSON.stringify(url.href)}))`, { eval: true, workerData })
      : new Worker(url, { workerData });
    worker.once('message', (outcomes: RunOutcome[]) => resolve(outcomes));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`an explore thread stopped with code ${code}`));
    });
  });
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
