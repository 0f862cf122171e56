// Exploration: N random fault schedules from one seed; every violation comes back with the
// per-run seed that regenerates its scenario and, for the first, the shrunk scenario.

import type { RunBudget } from '../engine/budget';
import { RandomStream } from '../engine/random';
import type { ProtocolName } from '../protocols/registry';
import type { Scenario } from '../scenario/format';
import { encodeShareFragment } from '../scenario/link';
import { createSimulation } from '../scenario/simulate';
import { randomScenario, type ScheduleOptions } from './random-schedule';
import { shrink } from './shrink';
import { englishNote } from '../i18n/note';

export interface ExploreOptions {
  protocol: ProtocolName;
  runs: number;
  seed: number;
  schedule?: Partial<ScheduleOptions>;
  /** Shrink the first violation (default true). */
  shrink?: boolean;
  /** Each run's budget (default DEFAULT_BUDGET, as in the worker and the CLI). */
  budget?: RunBudget;
}

export interface ExploreSummary {
  protocol: ProtocolName;
  seed: number;
  runs: number;
  nodes: number;
  until: number;
  events: number;
  violatingRuns: number;
  /** Runs their budget ended early (not violations: what they ran was checked). */
  budgetStoppedRuns: number;
  violationsByInvariant: Record<string, number>;
  /** Each violating run: its index, the seed that regenerates its scenario, its first violation. */
  violations: { run: number; runSeed: number; at: number; invariant: string; detail: string }[];
  reproduce: string;
  smallest?: { scenario: Scenario; violation: { at: number; invariant: string; detail: string }; link: string; shrinkRuns: number };
}

/** The seed of run `index` of an exploration seeded with `seed`. */
export function runSeed(seed: number, index: number): number {
  return RandomStream.derive(seed, `explore-run:${index}`).nextUint32();
}

export function explore(options: ExploreOptions): ExploreSummary {
  const schedule = options.schedule ?? {};
  const first = randomScenario(options.protocol, 0, schedule);
  const summary: ExploreSummary = {
    protocol: options.protocol,
    seed: options.seed,
    runs: options.runs,
    nodes: first.nodes,
    until: first.until,
    events: 0,
    violatingRuns: 0,
    budgetStoppedRuns: 0,
    violationsByInvariant: {},
    violations: [],
    reproduce:
      `npm run -s sim -- schedule --protocol ${options.protocol} --seed RUNSEED --nodes ${first.nodes} --until ${first.until} > run.json` +
      ' && npm run -s sim -- run run.json   (RUNSEED: a violation\'s runSeed)',
  };
  let firstFailing: Scenario | undefined;
  let firstInvariant = '';
  for (let i = 0; i < options.runs; i++) {
    const seed = runSeed(options.seed, i);
    const scenario = randomScenario(options.protocol, seed, schedule);
    const sim = createSimulation(scenario, { checkpointEvery: 0, budget: options.budget });
    sim.runToEnd();
    summary.events += sim.eventCount;
    if (sim.budgetStop !== null) summary.budgetStoppedRuns++;
    const violations = sim.violations;
    if (violations.length === 0) continue;
    summary.violatingRuns++;
    const seen = new Set<string>();
    for (const v of violations) {
      if (seen.has(v.invariant)) continue;
      seen.add(v.invariant);
      summary.violationsByInvariant[v.invariant] = (summary.violationsByInvariant[v.invariant] ?? 0) + 1;
    }
    if (summary.violations.length < 100) {
      const v = violations[0];
      summary.violations.push({ run: i, runSeed: seed, at: v.at, invariant: v.invariant, detail: englishNote(v.detail) });
    }
    if (!firstFailing) {
      firstFailing = scenario;
      firstInvariant = violations[0].invariant;
    }
  }
  if (firstFailing && options.shrink !== false) {
    const result = shrink(firstFailing, firstInvariant);
    summary.smallest = {
      scenario: result.scenario,
      violation: result.violation,
      link: '#' + encodeShareFragment(result.scenario, result.violation.at),
      shrinkRuns: result.runs,
    };
  }
  return summary;
}
