// What a shrunk counterexample shows, as a catalog key and parameters (never a sentence): e.g.
// explorer.narration.atomicity {count: 3, aborted: 2, committed: 1, t: "t1"} reads "With these
// 3 actions, S2 aborts t1 while S1 commits it". The key takes its plural form from `count`.

import type { Scenario } from '../scenario/format';
import { createSimulation } from '../scenario/simulate';

export interface Narration {
  /** A plural key: the UI reads `${key}.one` or `${key}.other` by `count`. */
  key: string;
  count: number;
  params: Record<string, string | number>;
}

/** For an Atomicity split: a node that committed a transaction and one that aborted it, at the end of the run. */
function split(views: readonly Record<string, unknown>[], nodes: readonly number[]): { t: string; committed: number; aborted: number } | null {
  const phases = (node: number) => ((views[node - 1]?.transactions ?? {}) as Record<string, string>);
  const candidates = nodes.length >= 2 ? nodes : views.map((_, i) => i + 1);
  for (const a of candidates) {
    for (const [t, phase] of Object.entries(phases(a))) {
      if (phase !== 'committed') continue;
      const aborted = candidates.find((b) => phases(b)[t] === 'aborted');
      if (aborted !== undefined) return { t, committed: a, aborted };
    }
  }
  return null;
}

export function narrate(scenario: Scenario, violation: { at: number; invariant: string }): Narration {
  const count = scenario.actions.length;
  if (violation.invariant === 'Atomicity') {
    const sim = createSimulation(scenario, { checkpointEvery: 0 });
    sim.runToEnd();
    const found = sim.violations.find((v) => v.invariant === 'Atomicity');
    const parts = split(sim.views(), found?.nodes ?? []);
    if (parts !== null) return { key: 'explorer.narration.atomicity', count, params: { ...parts } };
  }
  return { key: 'explorer.narration.other', count, params: { invariant: violation.invariant, at: violation.at } };
}
