// Shrinking a failing scenario: the smallest scenario (fewest actions, earliest end) that
// still violates the same invariant. Greedy delta debugging, bounded by a run budget.

import type { Scenario } from '../scenario/format';
import { createSimulation } from '../scenario/simulate';
import { englishNote } from '../i18n/note';

export interface ShrinkResult {
  scenario: Scenario;
  violation: { at: number; invariant: string; detail: string };
  runs: number;
}

/** The first violation of `invariant` in a run of the scenario, or null. */
export function findViolation(scenario: Scenario, invariant?: string) {
  const sim = createSimulation(scenario, { checkpointEvery: 0 });
  sim.runToEnd();
  const found = sim.violations.find((v) => invariant === undefined || v.invariant === invariant);
  return found ? { at: found.at, invariant: found.invariant, detail: englishNote(found.detail) } : null;
}

export function shrink(scenario: Scenario, invariant: string, budget = 400): ShrinkResult {
  let best = scenario;
  let violation = findViolation(best, invariant);
  if (!violation) throw new Error('shrink: the scenario does not violate ' + invariant);
  let runs = 1;
  const attempt = (candidate: Scenario): boolean => {
    if (runs >= budget) return false;
    runs++;
    const found = findViolation(candidate, invariant);
    if (!found) return false;
    best = candidate;
    violation = found;
    return true;
  };
  // End the run just after the violation.
  attempt({ ...best, until: violation.at, actions: best.actions.filter((a) => a.at <= violation!.at) });
  // Remove chunks of actions, halving the chunk size (ddmin-style), then single actions.
  for (let chunk = Math.max(1, best.actions.length >> 1); chunk >= 1; chunk >>= 1) {
    let start = 0;
    while (start < best.actions.length && runs < budget) {
      const candidate = { ...best, actions: [...best.actions.slice(0, start), ...best.actions.slice(start + chunk)] };
      if (!attempt(candidate)) start += chunk;
    }
  }
  attempt({ ...best, until: violation.at });
  return { scenario: best, violation, runs };
}
