// RunSource: where the store gets a scenario's run from. start() begins computing a run (and
// cancels the one before); the record arrives as growths, in order, through the listener;
// snapshot(t) answers the node states at t at once when that is cheap, or later through the
// listener. Two implementations behind this one interface: in the page's thread, synchronous
// (tests, Node), and in a Web Worker, progressive (the browser).
// Contract: calls to the listener carry the run id start() returned; a caller ignores stale ids.

import type { Scenario } from '../scenario/format';
import type { Snapshot } from '../store/run';
import type { RecordGrowth } from './record-growth';

export interface RunListener {
  /**
   * The next part of the record (in order; the last one has done: true). A listener that applies
   * it later (in slices, see store/growth-queue.ts) returns a promise settled once it is applied:
   * a worker source computes further ahead only then.
   */
  growth(runId: number, growth: RecordGrowth): void | Promise<void>;
  /** A snapshot asked for earlier and not answered at once (only the latest request is answered). */
  snapshot(runId: number, snapshot: Snapshot): void;
  /** The computation failed; no more growth will come. */
  failed(runId: number, error: string): void;
}

export interface RunSource {
  /**
   * Start computing the scenario's run and return its id; the previous run is cancelled.
   * May call listener.growth before it returns (the in-thread source computes the whole run).
   */
  start(scenario: Scenario, listener: RunListener): number;
  /** Node states at integer time t of the current run: now, or null and later via the listener. */
  snapshot(t: number): Snapshot | null;
  /** A stand-in snapshot of the current run while an answer is pending (always at once). */
  placeholder(): Snapshot;
  /**
   * Hold (true) or let go (false) the computation of the run ahead of what has arrived: a worker
   * source stops at the growths already posted while held. The page holds it until its first
   * frame is up, so that the worker's growths do not compete with it. Optional.
   */
  hold?(held: boolean): void;
  dispose(): void;
}
