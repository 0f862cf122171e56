// 3PC over random fault schedules. Skeen's timeout rules are safe when the only faults are
// crashes (detected by timeouts, with bounded message delays) and unsafe when a live node is
// mistaken for a failed one — a partition, a cut link, a lost message, a forced timeout.
// Plain 3PC: the split rate is reported, and every split must come from such a fault;
// crash-only schedules: zero violations; quorum termination: zero violations under everything.

import { describe, expect, it } from 'vitest';
import type { Action } from '../../../src/engine/types';
import { randomScenario, type ScheduleOptions } from '../../../src/explore/random-schedule';
import type { Scenario } from '../../../src/scenario/format';
import { createSimulation } from '../../../src/scenario/simulate';
import { englishNote } from '../../../src/i18n/note';

const LOSSY = { latencyMsMin: 5, latencyMsMax: 60, dropRatio: 0.05, duplicateRatio: 0.05 };
const RUNS = 2000;

const isCrashOnly = (action: Action) => action.do === 'crash' || action.do === 'restart' || action.do === 'request';

const cutsLinks = (action: Action) => action.do === 'partition' || action.do === 'cut';

function scenario(seed: number, params: Record<string, unknown>, lossy: boolean, faults: number): Scenario {
  const options: Partial<ScheduleOptions> = {
    nodes: 3 + (seed % 4),
    until: 3000,
    faults,
    requests: 4,
    ...(lossy && seed % 2 === 1 ? { network: LOSSY } : {}),
    params: { ...params, ...(seed % 5 === 0 ? { votes: { '2': 'no' } } : {}) },
  };
  return randomScenario('3pc', seed, options);
}

interface SweepResult {
  split: number;
  /** Runs with a partition or a cut link, and how many of them split a decision. */
  partitioned: number;
  partitionedSplit: number;
  failures: string[];
  /** Runs whose violation came without any non-crash fault (must stay 0). */
  unexplained: string[];
  events: number;
  elapsedMs: number;
}

function sweep(params: Record<string, unknown>, options: { lossy: boolean; crashOnly: boolean }): SweepResult {
  const started = performance.now();
  const result: SweepResult = { split: 0, partitioned: 0, partitionedSplit: 0, failures: [], unexplained: [], events: 0, elapsedMs: 0 };
  for (let seed = 1; seed <= RUNS; seed++) {
    // Crash-only schedules keep only crashes and restarts of a larger draw, to have as many.
    const s = scenario(seed, params, options.lossy, options.crashOnly ? 12 : 6);
    if (options.crashOnly) s.actions = s.actions.filter(isCrashOnly);
    const sim = createSimulation(s, { checkpointEvery: 0 });
    sim.runToEnd();
    result.events += sim.eventCount;
    const partitioned = s.actions.some(cutsLinks);
    if (partitioned) result.partitioned++;
    if (sim.violations.length === 0) continue;
    result.split++;
    if (partitioned) result.partitionedSplit++;
    for (const v of sim.violations) result.failures.push(`seed=${seed} at ${v.at}: ${v.invariant}: ${englishNote(v.detail)}`);
    const suspicion = s.network.dropRatio > 0 || s.actions.some((action) => !isCrashOnly(action));
    if (!suspicion) result.unexplained.push(`seed=${seed}`);
  }
  result.elapsedMs = performance.now() - started;
  return result;
}

describe('3PC seed sweep', () => {
  it(`Skeen 3PC: ${RUNS} random schedules with every kind of fault — reports how often the decision splits`, () => {
    const result = sweep({}, { lossy: true, crashOnly: false });
    console.log(
      `3pc sweep (plain, all faults): ${result.split} of ${RUNS} runs split a decision ` +
        `(${((100 * result.split) / RUNS).toFixed(1)}%); ${result.partitionedSplit} of the ${result.partitioned} runs ` +
        `with a partition or cut link split one; ${result.events} events, ${result.elapsedMs.toFixed(0)} ms`,
    );
    // Splits happen (that is the lesson) and only as Atomicity violations: a commit without
    // every yes vote never happens.
    expect(result.split).toBeGreaterThan(0);
    expect(result.failures.every((line) => line.includes(': Atomicity: '))).toBe(true);
    // Every split needs a live node taken for a failed one: a partition, cut, loss or forced timeout.
    expect(result.unexplained).toEqual([]);
    expect(result.elapsedMs).toBeLessThan(8_000);
  });

  it(`Skeen 3PC non-blocking commit: ${RUNS} crash/restart-only schedules, zero violations`, () => {
    const result = sweep({}, { lossy: false, crashOnly: true });
    console.log(`3pc sweep (plain, crashes only): ${result.split} of ${RUNS} runs violated, ${result.events} events, ${result.elapsedMs.toFixed(0)} ms`);
    expect(result.failures).toEqual([]);
    expect(result.elapsedMs).toBeLessThan(8_000);
  });

  it(`quorum termination: ${RUNS} random schedules with every kind of fault, zero violations`, () => {
    const result = sweep({ termination: 'quorum' }, { lossy: true, crashOnly: false });
    console.log(`3pc sweep (quorum, all faults): ${result.split} of ${RUNS} runs violated, ${result.events} events, ${result.elapsedMs.toFixed(0)} ms`);
    expect(result.failures).toEqual([]);
    expect(result.elapsedMs).toBeLessThan(8_000);
  });
});
