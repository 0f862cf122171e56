// A run computed forward in chunks: each chunk runs the scenario's Simulation until a caller's
// stop condition (wall time, in the worker) holds or it has added GROWTH_ROWS_MAX rows,
// finishes the millisecond it is in, and returns what the record gained. Contract: after the
// last chunk (done) the growths add up to the Simulation's whole record; computedUntil never
// decreases and everything up to it is final.
// Pure engine work: no timers, no DOM; the caller owns the clock.

import type { Simulation } from '../engine/simulation';
import type { Scenario } from '../scenario/format';
import { createSimulation } from '../scenario/simulate';
import { budgetStopOf, optionsWithBudget, type RunBudget } from './budget-stop';
import { GrowthCursor, type RecordGrowth } from './record-growth';

/** Events between two looks at the stop condition (a look at the clock costs more than an event). */
const EVENTS_PER_LOOK = 128;

/**
 * Rows (messages, trace entries) a chunk adds at most, give or take the events before the next
 * look and the rest of its millisecond: the page takes a growth in one task (the structured
 * clone of its message payloads), so a growth's size, not the worker's speed, sets that task's
 * length. Once the worker described no more messages for their types (61ee492) it computed
 * two to three times as much per 10 ms chunk, and the page's tasks on the heavy links of
 * test/e2e/heavy-links.e2e.ts passed 200 ms (8 192 rows: still one run in two; 4 096: none in 5).
 */
export const GROWTH_ROWS_MAX = 4096;

export class RunComputation {
  readonly simulation: Simulation;
  private readonly cursor: GrowthCursor;
  private readonly until: number;
  private finished = false;

  constructor(scenario: Scenario, budget?: RunBudget) {
    this.simulation = createSimulation(scenario, optionsWithBudget(budget));
    this.cursor = new GrowthCursor(this.simulation);
    this.until = scenario.until;
  }

  get done(): boolean {
    return this.finished;
  }

  /** Compute until `shouldStop()` (asked every few events) or the end; the growth since the last chunk. */
  chunk(shouldStop: () => boolean = () => false): RecordGrowth {
    const sim = this.simulation;
    const until = this.until;
    const messagesUpTo = sim.messageLog.count + GROWTH_ROWS_MAX;
    const traceUpTo = sim.traceLog.count + GROWTH_ROWS_MAX;
    let events = 0;
    for (;;) {
      if (!sim.step(until)) return this.finish();
      if (++events % EVENTS_PER_LOOK === 0 && (sim.messageLog.count >= messagesUpTo || sim.traceLog.count >= traceUpTo || shouldStop())) break;
    }
    // Finish the millisecond the chunk is in, so that computedUntil is a clean boundary.
    const now = sim.now;
    sim.runUntil(now);
    const stop = budgetStopOf(sim);
    if (stop !== null) return this.finish();
    const next = sim.nextEventTime();
    if (next > until) return this.finish();
    // Nothing happens before the next queued entry: the record is final up to just before it.
    return this.cursor.take(Math.max(now, next - 1), false, null);
  }

  private finish(): RecordGrowth {
    const sim = this.simulation;
    const stop = budgetStopOf(sim);
    if (stop === null) sim.runUntil(this.until);
    this.finished = true;
    return this.cursor.take(stop !== null ? stop.at : this.until, true, stop);
  }
}
