// The worker's side: computes the current run chunk by chunk (about CHUNK_MS of work each,
// posting each growth) and answers snapshot requests between chunks from a second Simulation,
// so that seeking never disturbs the forward computation. A new start replaces the run at once.
// Growths wait for the page's acknowledgements (at most GROWTHS_AHEAD unread), so that a page
// slower than the worker is never flooded with a queue of records to copy.
// Contract: only the latest snapshot request of a run is answered; nothing is posted for a run
// that was replaced or cancelled; a failure is posted, never thrown.

import type { Simulation } from '../engine/simulation';
import type { Scenario } from '../scenario/format';
import { createSimulation } from '../scenario/simulate';
import { snapshotAt, type Snapshot } from '../store/run';
import { optionsWithBudget, type RunBudget } from './budget-stop';
import type { FromWorker, RunPort, ToWorker } from './protocol';
import { transferablesOf } from './record-growth';
import { RunComputation } from './run-computation';

/** Work per chunk, in ms: long enough to amortise a post, short enough to answer seeks quickly. */
export const CHUNK_MS = 10;
/**
 * Work in a run's first chunk, in ms: the page draws its first frame once that chunk arrives,
 * and needs only the run's first moments for it (issue 16: the first frame within 100 ms of the
 * link, of which decoding the heaviest link takes 40-80).
 */
export const FIRST_CHUNK_MS = 2;
/** Growths posted and not yet acknowledged before the worker waits. */
export const GROWTHS_AHEAD = 2;

interface CurrentRun {
  runId: number;
  scenario: Scenario;
  budget: RunBudget | undefined;
  computation: RunComputation;
  seeker: Simulation | null;
  lastSnapshot: Snapshot | null;
  wanted: number | null;
  unacknowledged: number;
  /** Chunks computed so far. */
  chunks: number;
}

export function serveRuns(port: RunPort, clock: () => number = () => performance.now()): { stop(): void } {
  let current: CurrentRun | null = null;
  // Chunks are scheduled through a MessageChannel, not setTimeout (clamped to 4 ms when nested),
  // so that the page's requests, queued as messages too, are read between two chunks.
  const ticks = new MessageChannel();
  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    ticks.port2.postMessage(null);
  };
  const post = (message: FromWorker, transfer: Transferable[] = []) => port.postMessage(message, transfer);

  const work = () => {
    const run = current;
    if (run === null) return;
    try {
      if (run.wanted !== null) {
        const time = run.wanted;
        run.wanted = null;
        run.seeker ??= createSimulation(run.scenario, optionsWithBudget(run.budget));
        run.lastSnapshot = snapshotAt(run.seeker, time, run.lastSnapshot);
        post({ kind: 'snapshot', runId: run.runId, snapshot: run.lastSnapshot });
      } else if (!run.computation.done && run.unacknowledged < GROWTHS_AHEAD) {
        run.unacknowledged++;
        const deadline = clock() + (run.chunks++ === 0 ? FIRST_CHUNK_MS : CHUNK_MS);
        const growth = run.computation.chunk(() => clock() >= deadline);
        post({ kind: 'growth', runId: run.runId, growth }, transferablesOf(growth));
      }
    } catch (error) {
      current = null;
      post({ kind: 'failed', runId: run.runId, error: error instanceof Error ? error.message : String(error) });
      return;
    }
    if (current === run && (run.wanted !== null || (!run.computation.done && run.unacknowledged < GROWTHS_AHEAD))) schedule();
  };
  ticks.port1.onmessage = () => {
    scheduled = false;
    work();
  };

  port.onmessage = (event: MessageEvent) => {
    const message = event.data as ToWorker;
    if (message.kind === 'start') {
      try {
        current = {
          runId: message.runId,
          scenario: message.scenario,
          budget: message.budget,
          computation: new RunComputation(message.scenario, message.budget),
          seeker: null,
          lastSnapshot: null,
          wanted: null,
          unacknowledged: 0,
          chunks: 0,
        };
      } catch (error) {
        current = null;
        post({ kind: 'failed', runId: message.runId, error: error instanceof Error ? error.message : String(error) });
        return;
      }
      schedule();
    } else if (current !== null && current.runId === message.runId) {
      if (message.kind === 'snapshot') {
        current.wanted = message.time;
        schedule();
      } else if (message.kind === 'ack') {
        current.unacknowledged = Math.max(0, current.unacknowledged - 1);
        schedule();
      } else current = null;
    }
  };

  return {
    stop() {
      current = null;
      port.onmessage = null;
      ticks.port1.onmessage = null;
      ticks.port1.close();
      ticks.port2.close();
    },
  };
}
