// Reading the engine's run budget: when a Simulation stopped early, where and why.
// Contract: the one place that knows how the engine reports a budget stop; until the engine's
// budget lands (simulation.budgetStop), it reads the field defensively and answers null.

import type { Simulation, SimulationOptions } from '../engine/simulation';

export type BudgetReason = 'events' | 'inFlight' | 'checkpointMemory';

/** A run that hit the budget: the simulated time it stopped at, what ran over, and the limit. */
export interface BudgetStop {
  readonly at: number;
  readonly reason: BudgetReason;
  readonly limit: number;
}

/** The budget caps a run may be given (the engine's SimulationOptions.budget). */
export interface RunBudget {
  eventsMax: number;
  inFlightMax: number;
  checkpointBytesMax: number;
}

const REASONS: readonly string[] = ['events', 'inFlight', 'checkpointMemory'];

/** The simulation's budget stop, or null (also while the engine has no budget). */
export function budgetStopOf(simulation: Simulation): BudgetStop | null {
  const stop = (simulation as unknown as { budgetStop?: unknown }).budgetStop;
  if (typeof stop !== 'object' || stop === null) return null;
  const { at, reason, limit } = stop as Record<string, unknown>;
  if (typeof at !== 'number' || typeof limit !== 'number' || typeof reason !== 'string' || !REASONS.includes(reason)) return null;
  return { at, reason: reason as BudgetReason, limit };
}

/** Simulation options with a budget, when one is given (the engine's default applies otherwise). */
export function optionsWithBudget(budget: RunBudget | undefined): SimulationOptions {
  return budget === undefined ? {} : ({ budget } as SimulationOptions);
}
