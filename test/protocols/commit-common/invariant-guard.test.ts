// The 2PC/3PC invariant guard (commitInvariantGuard) spares the checks after events that wrote no
// log record. It must change nothing a run reports: over random fault schedules (partitions,
// crashes, loss, duplication: plain 3PC splits decisions under them, so violations occur), a run
// with the guard equals the same run with every check made, by violations and trace hash.

import { describe, expect, it } from 'vitest';
import { Simulation } from '../../../src/engine/simulation';
import type { Protocol } from '../../../src/engine/types';
import { randomScenario } from '../../../src/explore/random-schedule';
import { threePhaseCommit } from '../../../src/protocols/three-phase-commit';
import { twoPhaseCommit } from '../../../src/protocols/two-phase-commit';

const LOSSY = { latencyMsMin: 5, latencyMsMax: 60, dropRatio: 0.05, duplicateRatio: 0.1 };

describe('2PC/3PC invariant guard', () => {
  for (const [name, protocol] of [
    ['2pc', twoPhaseCommit],
    ['3pc', threePhaseCommit],
  ] as const) {
    it(`${name}: the same violations and trace as checking after every event`, () => {
      expect(protocol.invariantGuard).toBeDefined();
      const unguarded: Protocol = { ...protocol, invariantGuard: undefined };
      let violations = 0;
      for (let seed = 1; seed <= 300; seed++) {
        const scenario = randomScenario(name, seed, { nodes: 3 + (seed % 4), until: 3000, faults: 6, requests: 6, network: LOSSY, params: seed % 3 === 0 ? { votes: { '2': 'no' } } : {} });
        const guarded = new Simulation(protocol as Protocol, scenario, { checkpointEvery: 0 });
        const everyCheck = new Simulation(unguarded, scenario, { checkpointEvery: 0 });
        guarded.runToEnd();
        everyCheck.runToEnd();
        expect(guarded.violations, `seed ${seed}`).toEqual(everyCheck.violations);
        expect(guarded.traceHash(), `seed ${seed}`).toBe(everyCheck.traceHash());
        violations += guarded.violations.length;
      }
      // Plain 3PC splits under partitions; 2PC's rules are safe (none expected there).
      if (name === '3pc') expect(violations).toBeGreaterThan(0);
    });
  }
});
