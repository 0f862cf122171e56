// The RunSource in the page's own thread: the whole run at start(), snapshots by seeking the same
// Simulation. Synchronous from end to end, for the unit and component tests and for Node; the
// browser uses the worker source (worker-source.ts), which keeps the page's thread free.

import type { Scenario } from '../scenario/format';
import { snapshotAt, type Snapshot } from '../store/run';
import type { RunBudget } from './budget-stop';
import { RunComputation } from './run-computation';
import type { RunListener, RunSource } from './run-source';

export function createInThreadRunSource(budget?: RunBudget): RunSource {
  let runId = 0;
  let computation: RunComputation | null = null;
  let last: Snapshot | null = null;

  const current = (): RunComputation => {
    if (computation === null) throw new Error('RunSource: no run started');
    return computation;
  };

  return {
    start(scenario: Scenario, listener: RunListener): number {
      const id = ++runId;
      computation = new RunComputation(scenario, budget);
      last = null;
      // Chunk by chunk (a chunk holds at most GROWTH_ROWS_MAX rows), all before returning.
      do listener.growth(id, computation.chunk());
      while (!computation.done);
      return id;
    },
    snapshot(t: number): Snapshot {
      last = snapshotAt(current().simulation, t, last);
      return last;
    },
    placeholder(): Snapshot {
      return last ?? (last = snapshotAt(current().simulation, 0, null));
    },
    dispose(): void {
      computation = null;
    },
  };
}
