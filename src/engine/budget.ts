// The run budget: caps that end a run early instead of letting a hostile or runaway scenario
// take the page or the process down. Contract: every cap is a count the run itself determines
// (events dispatched, messages in flight, an estimate of checkpoint bytes from what the
// checkpoints copy), never a wall-clock or heap measurement, so the same scenario stops at the
// same event in the worker, the CLI and the explorer. A stop is data ({ at, reason, limit }),
// never an exception; readers render it from a catalog key (`budget.<reason>`).

export interface RunBudget {
  /** Most events a run dispatches; the next due event past it ends the run. */
  eventsMax: number;
  /** Most messages in flight at the end of an event; more ends the run after that event. */
  inFlightMax: number;
  /**
   * Most bytes the checkpoints of a run hold, by a deterministic estimate. Passing it never
   * ends the run: older checkpoints are thinned out and the spacing widened instead.
   */
  checkpointBytesMax: number;
}

/**
 * Sized by measurement (see the bench's `worst:*` lines): the heaviest loadable legitimate
 * scenarios (9 nodes, 10 min, 10 000 requests, duplicateRatio 1: up to 1.54 M events and
 * about 100 messages in flight) run whole; a 60 s-latency or 1 ms-timer flood passes 5 000
 * messages in flight within a few simulated seconds, a few tens of ms of CPU.
 */
export const DEFAULT_BUDGET: RunBudget = Object.freeze({
  eventsMax: 2_000_000,
  inFlightMax: 5_000,
  checkpointBytesMax: 64 * 1024 * 1024,
});

/** 'checkpointMemory' is kept for readers; the engine thins checkpoints rather than stop. */
export const BUDGET_REASONS = ['events', 'inFlight', 'checkpointMemory'] as const;
export type BudgetReason = (typeof BUDGET_REASONS)[number];

/** Why and when a run ended early: `at` is the simulated time of the last event processed. */
export interface BudgetStop {
  at: number;
  reason: BudgetReason;
  limit: number;
}
