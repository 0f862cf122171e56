// Exploration: N random fault schedules from one seed; every violation comes back with the
// per-run seed that regenerates its scenario and, for the first, the shrunk scenario.
// One implementation for every caller: a run is exploreRun(plan, index), a pure function; the
// tally adds outcomes in run order, so the summary is the same however the runs were spread
// (one thread, the CLI's worker threads, the browser's worker in chunks).

import type { RunBudget } from '../engine/budget';
import { RandomStream } from '../engine/random';
import type { ProtocolName } from '../protocols/registry';
import type { Scenario } from '../scenario/format';
import { encodeShareFragment } from '../scenario/link';
import { createSimulation } from '../scenario/simulate';
import { narrate, type Narration } from './narration';
import { randomScenario, scheduleArgs, type ScheduleOptions } from './random-schedule';
import { shrink } from './shrink';
import { englishNote } from '../i18n/note';
// Summaries carry each violation's English line: the run's words must be there (CLI threads, workers).
import '../i18n/run-words-now';

/** What a search runs: the same plan gives the same runs. Plain data (posted to workers). */
export interface ExplorePlan {
  protocol: ProtocolName;
  seed: number;
  schedule?: Partial<ScheduleOptions>;
  /** Each run's budget (default DEFAULT_BUDGET, as in the worker and the CLI). */
  budget?: RunBudget;
}

export interface ExploreOptions extends ExplorePlan {
  runs: number;
  /** Shrink the first violation (default true). */
  shrink?: boolean;
}

export interface FoundViolation {
  run: number;
  runSeed: number;
  at: number;
  invariant: string;
  detail: string;
}

/** One run's result. */
export interface RunOutcome {
  run: number;
  runSeed: number;
  events: number;
  budgetStopped: boolean;
  /** The invariants it violated, each once, in the order they first broke. */
  invariants: string[];
  first: FoundViolation | null;
}

export interface SmallestCounterexample {
  scenario: Scenario;
  violation: { at: number; invariant: string; detail: string };
  /** The share link's fragment (with '#'), or the full link with a base URL. */
  link: string;
  shrinkRuns: number;
  narration: Narration;
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
  violations: FoundViolation[];
  reproduce: string;
  smallest?: SmallestCounterexample;
}

/** Violating runs listed in a summary (all are counted). */
export const VIOLATIONS_LISTED_MAX = 100;

/** The seed of run `index` of an exploration seeded with `seed`. */
export function runSeed(seed: number, index: number): number {
  return RandomStream.derive(seed, `explore-run:${index}`).nextUint32();
}

/** The scenario of run `index` of a plan. */
export function runScenario(plan: ExplorePlan, index: number): Scenario {
  return randomScenario(plan.protocol, runSeed(plan.seed, index), plan.schedule ?? {});
}

export function exploreRun(plan: ExplorePlan, index: number): RunOutcome {
  const seed = runSeed(plan.seed, index);
  const scenario = randomScenario(plan.protocol, seed, plan.schedule ?? {});
  const sim = createSimulation(scenario, { checkpointEvery: 0, budget: plan.budget });
  sim.runToEnd();
  const violations = sim.violations;
  const invariants: string[] = [];
  for (const v of violations) if (!invariants.includes(v.invariant)) invariants.push(v.invariant);
  const v = violations[0];
  return {
    run: index,
    runSeed: seed,
    events: sim.eventCount,
    budgetStopped: sim.budgetStop !== null,
    invariants,
    first: v === undefined ? null : { run: index, runSeed: seed, at: v.at, invariant: v.invariant, detail: englishNote(v.detail) },
  };
}

/** The summary of a plan, built from outcomes added in run order (0, 1, 2, …). */
export class ExploreTally {
  readonly summary: ExploreSummary;
  /** The first violating run's first violation (the one shrunk). */
  firstViolation: FoundViolation | null = null;

  constructor(readonly plan: ExplorePlan) {
    const first = randomScenario(plan.protocol, 0, plan.schedule ?? {});
    this.summary = {
      protocol: plan.protocol,
      seed: plan.seed,
      runs: 0,
      nodes: first.nodes,
      until: first.until,
      events: 0,
      violatingRuns: 0,
      budgetStoppedRuns: 0,
      violationsByInvariant: {},
      violations: [],
      reproduce:
        `npm run -s sim -- schedule --protocol ${plan.protocol} --seed RUNSEED ${scheduleArgs(plan.schedule ?? {}, first.nodes, first.until)} > run.json` +
        " && npm run -s sim -- run run.json   (RUNSEED: a violation's runSeed)",
    };
  }

  add(outcome: RunOutcome): void {
    const summary = this.summary;
    if (outcome.run !== summary.runs) throw new Error(`ExploreTally: run ${outcome.run} added where ${summary.runs} was due`);
    summary.runs++;
    summary.events += outcome.events;
    if (outcome.budgetStopped) summary.budgetStoppedRuns++;
    if (outcome.first === null) return;
    summary.violatingRuns++;
    for (const name of outcome.invariants) summary.violationsByInvariant[name] = (summary.violationsByInvariant[name] ?? 0) + 1;
    if (summary.violations.length < VIOLATIONS_LISTED_MAX) summary.violations.push(outcome.first);
    this.firstViolation ??= outcome.first;
  }

  /** Shrink the first violation into summary.smallest (links carry `baseUrl` when given). */
  shrinkFirst(baseUrl = ''): void {
    const found = this.firstViolation;
    if (found === null) return;
    this.summary.smallest = smallestCounterexample(runScenario(this.plan, found.run), found.invariant, baseUrl);
  }
}

export function smallestCounterexample(scenario: Scenario, invariant: string, baseUrl = ''): SmallestCounterexample {
  const result = shrink(scenario, invariant);
  return {
    scenario: result.scenario,
    violation: result.violation,
    link: shareLink(result.scenario, result.violation.at, baseUrl),
    shrinkRuns: result.runs,
    narration: narrate(result.scenario, result.violation),
  };
}

/** A share link at time `at`: the fragment alone, or appended to the base URL (its own fragment replaced). */
export function shareLink(scenario: Scenario, at: number, baseUrl = ''): string {
  return baseUrl.replace(/#.*$/, '') + '#' + encodeShareFragment(scenario, at);
}

export function explore(options: ExploreOptions): ExploreSummary {
  const tally = new ExploreTally(options);
  for (let i = 0; i < options.runs; i++) tally.add(exploreRun(options, i));
  if (options.shrink !== false) tally.shrinkFirst();
  return tally.summary;
}
