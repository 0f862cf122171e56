// A run computed forward in chunks: each chunk runs the scenario's Simulation until a caller's
// stop condition (wall time, in the worker) holds, finishes the millisecond it is in, and
// returns what the record gained. Contract: after the last chunk (done) the growths add up to
// the Simulation's whole record; computedUntil never decreases and everything up to it is final.
// Pure engine work: no timers, no DOM; the caller owns the clock.

import type { Simulation } from '../engine/simulation';
import type { Scenario } from '../scenario/format';
import { createSimulation } from '../scenario/simulate';
import { budgetStopOf, optionsWithBudget, type RunBudget } from './budget-stop';
import { GrowthCursor, type RecordGrowth } from './record-growth';

/** Events between two looks at the stop condition (a look at the clock costs more than an event). */
const EVENTS_PER_LOOK = 128;

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
    let events = 0;
    for (;;) {
      if (!sim.step(until)) return this.finish();
      if (++events % EVENTS_PER_LOOK === 0 && shouldStop()) break;
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
