// One worker thread of `sim explore --workers N` (see explore-threads.ts): runs every stride-th
// run of the plan from `first` and posts their outcomes back in one message.

import { parentPort, workerData } from 'node:worker_threads';
import { exploreRun, type ExplorePlan, type RunOutcome } from '../explore/explore';

const { plan, runs, first, stride } = workerData as { plan: ExplorePlan; runs: number; first: number; stride: number };
const outcomes: RunOutcome[] = [];
for (let i = first; i < runs; i += stride) outcomes.push(exploreRun(plan, i));
parentPort!.postMessage(outcomes);
