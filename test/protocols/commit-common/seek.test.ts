// Checkpoints of 2PC and 3PC share the log and the decided transactions (issue 13): seeking to
// many points of a long run with many transactions — in random order, back and forth, with
// crashes, partitions, loss and duplication — gives exactly the fresh run to that point, by
// trace hash, state (views), timers, violations and what happens next.

import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../../src/engine/random';
import type { Simulation } from '../../../src/engine/simulation';
import type { Action } from '../../../src/engine/types';
import { createSimulation } from '../../../src/scenario/simulate';
import { commitScenario, crash, heal, partition, request, restart } from '../two-phase-commit/commit-helpers';

const UNTIL = 12_000;

function longRun(protocol: '2pc' | '3pc', params: Record<string, unknown>) {
  const actions: Action[] = [];
  // A transaction every 15 ms (800 in all), some named like Object.prototype's keys.
  const odd = ['__proto__', 'constructor', 'toString'];
  for (let i = 1; i <= 800; i++) actions.push(request(i * 15, i <= odd.length ? odd[i - 1] : `t${i}`));
  actions.push(
    crash(2000, 1),
    restart(2600, 1),
    partition(4000, [1, 2], [3, 4, 5]),
    heal(4700),
    crash(6000, 3),
    restart(7500, 3),
    { at: 8000, do: 'timeout', node: 2 },
    { at: 8000, do: 'timeout', node: 1 },
  );
  return commitScenario(protocol, {
    seed: 11,
    nodes: 5,
    until: UNTIL,
    network: { latencyMsMin: 5, latencyMsMax: 60, dropRatio: 0.05, duplicateRatio: 0.3 },
    params,
    actions,
  });
}

/** What must be equal: the trace hash, the clock, the states, the violations and the timers. */
function fingerprint(sim: Simulation) {
  return {
    hash: sim.traceHash(),
    at: [sim.now, sim.eventCount],
    views: sim.views(),
    violations: sim.violations,
    timers: [1, 2, 3, 4, 5].map((id) => sim.timersOf(id)),
  };
}

const CASES: ['2pc' | '3pc', Record<string, unknown>][] = [
  ['2pc', {}],
  ['2pc', { termination: 'cooperative', decisionTimeoutMs: 100, voteTimeoutMs: 50 }],
  ['3pc', {}],
  ['3pc', { termination: 'quorum', decisionTimeoutMs: 100, voteTimeoutMs: 50 }],
];

describe('2PC and 3PC: seek in a long run with many transactions equals a fresh run', () => {
  for (const [protocol, params] of CASES) {
    it(`${protocol} ${JSON.stringify(params)}: 40 seeks in random order, then running on`, () => {
      const scenario = longRun(protocol, params);
      const random = RandomStream.derive(5, `seek:${protocol}`);
      const times = Array.from({ length: 40 }, () => random.intBetween(0, UNTIL));
      const after = (t: number) => Math.min(UNTIL, t + 900);
      // The fresh run, looked at once at every time the seeks below need.
      const fresh = createSimulation(scenario, { checkpointEvery: 0 });
      const expected = new Map<number, ReturnType<typeof fingerprint>>();
      for (const t of [...new Set([...times, ...times.map(after), UNTIL])].sort((a, b) => a - b)) {
        fresh.runUntil(t);
        expected.set(t, fingerprint(fresh));
      }

      const sim = createSimulation(scenario, { checkpointEvery: 300 });
      sim.runToEnd();
      expect(sim.checkpointStats().count).toBeGreaterThan(20);
      expect(fingerprint(sim)).toEqual(expected.get(UNTIL));
      for (const t of times) {
        sim.seek(t);
        expect(fingerprint(sim), `t=${t}`).toEqual(expected.get(t));
        // What comes next is the same too: the shared logs and stores take the same records.
        sim.runUntil(after(t));
        expect(fingerprint(sim), `t=${t} then on`).toEqual(expected.get(after(t)));
      }
      sim.seek(UNTIL);
      expect(fingerprint(sim)).toEqual(expected.get(UNTIL));
    });
  }
});
