// Random fault schedules (crashes, partitions, cut links, timeouts, lossy and duplicating
// networks) must never break Agreement, Validity or LearnedIsChosen; runs are deterministic.

import { describe, expect, it } from 'vitest';
import { randomScenario, type ScheduleOptions } from '../../../src/explore/random-schedule';
import { createSimulation } from '../../../src/scenario/simulate';
import { englishNote } from '../../../src/i18n/note';

const LOSSY = { latencyMsMin: 5, latencyMsMax: 40, dropRatio: 0.05, duplicateRatio: 0.05 };

/** Seed-dependent variety: a lossy, duplicating network on odd seeds, no back-off on every third. */
function schedule(seed: number, nodes: number, params: Record<string, unknown> = {}): Partial<ScheduleOptions> {
  return {
    nodes,
    until: 3000,
    faults: 6,
    requests: 4,
    ...(seed % 2 === 1 ? { network: LOSSY } : {}),
    params: { backoff: seed % 3 !== 0, ...params },
  };
}

describe('Paxos seed sweep', () => {
  it('§2.1 safety: 3000 random fault schedules with 3 and 5 nodes, zero violations', () => {
    const started = performance.now();
    let runs = 0;
    let decided = 0;
    let events = 0;
    const failures: string[] = [];
    for (const nodes of [3, 5]) {
      for (let seed = 1; seed <= 1500; seed++) {
        const sim = createSimulation(randomScenario('paxos', seed, schedule(seed, nodes)), { checkpointEvery: 0 });
        sim.runToEnd();
        runs++;
        events += sim.eventCount;
        if (sim.views().some((view) => view.learned !== null)) decided++;
        for (const v of sim.violations) failures.push(`nodes=${nodes} seed=${seed} at ${v.at}: ${v.invariant}: ${englishNote(v.detail)}`);
      }
    }
    const elapsedMs = performance.now() - started;
    console.log(`paxos sweep: ${runs} runs, ${events} events, ${decided} decided, ${elapsedMs.toFixed(0)} ms`);
    expect(failures).toEqual([]);
    // Not a liveness assertion, a sanity check that the sweep exercises the protocol.
    expect(decided / runs).toBeGreaterThan(0.9);
    expect(elapsedMs).toBeLessThan(25_000);
  });

  it('§2.2 P2c the unsafe variant is caught by Agreement in random schedules too', () => {
    let caught = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const sim = createSimulation(randomScenario('paxos', seed, schedule(seed, 5, { unsafeIgnorePromises: true })), { checkpointEvery: 0 });
      sim.runToEnd();
      if (sim.violations.length > 0) caught++;
      expect(sim.violations.every((v) => v.invariant === 'Agreement')).toBe(true);
    }
    expect(caught).toBeGreaterThan(10);
  });

  it('determinism: the same scenario gives the same trace hash and states; seeking back replays exactly', () => {
    const scenario = randomScenario('paxos', 7, { ...schedule(7, 5), requests: 6 });
    const first = createSimulation(scenario);
    first.runToEnd();
    const second = createSimulation(scenario);
    second.runToEnd();
    expect(second.traceHash()).toBe(first.traceHash());
    expect(second.views()).toEqual(first.views());
    expect(first.eventCount).toBeGreaterThan(50);

    const other = createSimulation(randomScenario('paxos', 8, { ...schedule(7, 5), requests: 6 }));
    other.runToEnd();
    expect(other.traceHash()).not.toBe(first.traceHash());

    const partial = createSimulation(scenario);
    partial.runUntil(1200);
    first.seek(1200);
    expect(first.traceHash()).toBe(partial.traceHash());
    expect(first.views()).toEqual(partial.views());
  });
});
