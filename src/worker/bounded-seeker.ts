// Node snapshots on the page's thread, only when they are cheap: a Simulation of the run that
// moves forward in bounded steps (a few milliseconds of work per request) and stops taking
// requests past a total number of events. Whatever it cannot answer in bounds, the worker does.
// Contract: an answer, when there is one, is the exact snapshot at that time (the run is a pure
// function of the scenario); a refused request leaves the progress made for the next one.

import type { Simulation } from '../engine/simulation';
import type { Scenario } from '../scenario/format';
import { createSimulation } from '../scenario/simulate';
import { snapshotOf, type Snapshot } from '../store/run';
import { budgetStopOf, optionsWithBudget, type RunBudget } from './budget-stop';

export interface SeekerBounds {
  /** Wall time one request may take, in ms. */
  wallMsPerRequest: number;
  /** Events one request may process. */
  eventsPerRequest: number;
  /** Beyond this many events into the run the seeker takes no request that needs more. */
  eventsMax: number;
}

export const DEFAULT_SEEKER_BOUNDS: SeekerBounds = { wallMsPerRequest: 6, eventsPerRequest: 20_000, eventsMax: 150_000 };

const EVENTS_PER_LOOK = 64;

/** A seeker for a run (worker-source.ts's SeekerFactory; the page loads this module after it starts). */
export const makeSeeker = (scenario: Scenario, bounds?: SeekerBounds, budget?: RunBudget): BoundedSeeker =>
  new BoundedSeeker(scenario, bounds ?? DEFAULT_SEEKER_BOUNDS, budget);

export class BoundedSeeker {
  private simulation: Simulation | null = null;
  /** The furthest point reached, by events: replaying up to it is bounded by one checkpoint gap. */
  private furthestEvents = 0;
  private furthestTime = 0;

  constructor(
    private readonly scenario: Scenario,
    private readonly bounds: SeekerBounds = DEFAULT_SEEKER_BOUNDS,
    private readonly budget?: RunBudget,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /** The snapshot at integer time t, or null when it would cost more than the bounds allow. */
  snapshot(t: number, previous: Snapshot | null): Snapshot | null {
    const started = this.clock();
    const sim = this.built();
    if (t < sim.now || t <= this.furthestTime) {
      // Within what it has computed: a checkpoint and a replay of at most one gap.
      sim.seek(t);
      this.reached(sim);
      return snapshotOf(sim, t, previous);
    }
    // Beyond it: from the furthest point on, in bounded steps.
    if (sim.eventCount < this.furthestEvents) sim.seek(this.furthestTime);
    if (this.furthestEvents >= this.bounds.eventsMax) return null;
    let events = 0;
    for (;;) {
      if (!sim.step(t)) break;
      if (++events % EVENTS_PER_LOOK === 0) {
        this.reached(sim);
        if (events >= this.bounds.eventsPerRequest || this.clock() - started > this.bounds.wallMsPerRequest || sim.eventCount >= this.bounds.eventsMax) {
          return null;
        }
      }
    }
    if (budgetStopOf(sim) === null) sim.runUntil(t);
    this.reached(sim);
    return snapshotOf(sim, t, previous);
  }

  private reached(sim: Simulation): void {
    if (sim.eventCount >= this.furthestEvents) {
      this.furthestEvents = sim.eventCount;
      this.furthestTime = Math.max(this.furthestTime, sim.now);
    }
  }

  /** Builds its Simulation now (it is otherwise built by the first request). */
  prepare(): void {
    this.built();
  }

  private built(): Simulation {
    return (this.simulation ??= createSimulation(this.scenario, optionsWithBudget(this.budget)));
  }

  /** The state it holds now, whatever its time: a stand-in until a better snapshot comes. */
  current(previous: Snapshot | null): Snapshot {
    const sim = this.built();
    return snapshotOf(sim, Math.floor(sim.now), previous);
  }
}
