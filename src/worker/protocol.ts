// The messages between the page and the run worker. Every message names its run: the page
// ignores replies for a run it has replaced, and the worker drops requests for one it has.

import type { Scenario } from '../scenario/format';
import type { Snapshot } from '../store/run';
import type { RunBudget } from './budget-stop';
import type { RecordGrowth } from './record-growth';

export type ToWorker =
  | { kind: 'start'; runId: number; scenario: Scenario; budget?: RunBudget }
  /** Node states at integer time `time`; a newer request replaces one not yet answered. */
  | { kind: 'snapshot'; runId: number; time: number }
  /** A growth was applied: the worker computes at most a couple of chunks ahead of the page. */
  | { kind: 'ack'; runId: number }
  | { kind: 'cancel'; runId: number };

export type FromWorker =
  | { kind: 'growth'; runId: number; growth: RecordGrowth }
  | { kind: 'snapshot'; runId: number; snapshot: Snapshot }
  | { kind: 'failed'; runId: number; error: string };

/** The side of a Worker, a DedicatedWorkerGlobalScope or a MessagePort that the two ends use. */
export interface RunPort {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent) => void) | null;
}
