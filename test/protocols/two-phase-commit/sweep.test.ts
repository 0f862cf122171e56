// Random fault schedules (crashes, partitions, cut links, forced timeouts; a lossy,
// duplicating network on odd seeds) must never break Atomicity or Validity in 2PC, with or
// without cooperative termination. Blocking is allowed — and counted, not asserted.

import { describe, expect, it } from 'vitest';
import { randomScenario, type ScheduleOptions } from '../../../src/explore/random-schedule';
import { createSimulation } from '../../../src/scenario/simulate';
import { englishNote } from '../../../src/i18n/note';

const LOSSY = { latencyMsMin: 5, latencyMsMax: 60, dropRatio: 0.05, duplicateRatio: 0.05 };
const RUNS = 2000;

function schedule(seed: number, params: Record<string, unknown>): Partial<ScheduleOptions> {
  return {
    nodes: 3 + (seed % 4),
    until: 3000,
    faults: 6,
    requests: 4,
    ...(seed % 2 === 1 ? { network: LOSSY } : {}),
    // Every fifth run, S2 votes no.
    params: { ...params, ...(seed % 5 === 0 ? { votes: { '2': 'no' } } : {}) },
  };
}

function sweep(params: Record<string, unknown>) {
  let events = 0;
  let committed = 0;
  let blockedAtEnd = 0;
  const failures: string[] = [];
  for (let seed = 1; seed <= RUNS; seed++) {
    const sim = createSimulation(randomScenario('2pc', seed, schedule(seed, params)), { checkpointEvery: 0 });
    sim.runToEnd();
    events += sim.eventCount;
    const views = sim.views();
    if (Object.values(views[0].transactions as Record<string, string>).includes('committed')) committed++;
    if (views.some((view) => Object.keys(view.blocked as object).length > 0)) blockedAtEnd++;
    for (const v of sim.violations) failures.push(`seed=${seed} at ${v.at}: ${v.invariant}: ${englishNote(v.detail)}`);
  }
  return { events, committed, blockedAtEnd, failures };
}

describe('2PC seed sweep', () => {
  for (const termination of ['none', 'cooperative']) {
    it(`TCConsistent + Validity: ${RUNS} random fault schedules, termination "${termination}", zero violations`, () => {
      const started = performance.now();
      const result = sweep({ termination });
      const elapsedMs = performance.now() - started;
      console.log(
        `2pc sweep (${termination}): ${RUNS} runs, ${result.events} events, ${result.committed} with a commit, ` +
          `${result.blockedAtEnd} ending with a blocked participant, ${elapsedMs.toFixed(0)} ms`,
      );
      expect(result.failures).toEqual([]);
      // Sanity: the sweep exercises commits, not only aborts.
      expect(result.committed / RUNS).toBeGreaterThan(0.3);
      expect(elapsedMs).toBeLessThan(12_000);
    });
  }
});
