import { describe, expect, it } from 'vitest';
import { explore, runSeed } from '../../src/explore/explore';
import { randomScenario } from '../../src/explore/random-schedule';
import { findViolation } from '../../src/explore/shrink';
import { decodeShareFragment } from '../../src/scenario/link';
import { parseScenario } from '../../src/scenario/validate';

describe('random fault schedules', () => {
  it('are valid scenarios, a pure function of the seed', () => {
    for (const protocol of ['raft', 'paxos', '2pc', '3pc'] as const) {
      for (let seed = 0; seed < 20; seed++) {
        const scenario = randomScenario(protocol, seed, { nodes: 4, until: 2000, faults: 6, requests: 3 });
        expect(parseScenario(scenario)).toEqual({ ok: true, scenario });
        expect(randomScenario(protocol, seed, { nodes: 4, until: 2000, faults: 6, requests: 3 })).toEqual(scenario);
      }
    }
    expect(randomScenario('raft', 1)).not.toEqual(randomScenario('raft', 2));
  });

  it('send 2PC/3PC requests to the coordinator', () => {
    const scenario = randomScenario('3pc', 5, { requests: 10 });
    expect(scenario.actions.filter((a) => a.do === 'request').every((a) => 'node' in a && a.node === 1)).toBe(true);
  });
});

describe('explore (3PC splits decisions under partitions)', () => {
  const summary = explore({ protocol: '3pc', runs: 150, seed: 11, schedule: { nodes: 4, until: 3000 } });

  it('finds Atomicity violations and says how to reproduce each run', () => {
    expect(summary.violatingRuns).toBeGreaterThan(0);
    expect(summary.violationsByInvariant.Atomicity).toBeGreaterThan(0);
    const first = summary.violations[0];
    expect(first.runSeed).toBe(runSeed(11, first.run));
    const again = randomScenario('3pc', first.runSeed, { nodes: 4, until: 3000 });
    expect(findViolation(again, first.invariant)).toMatchObject({ at: first.at, invariant: first.invariant });
  });

  it('shrinks the first violation to a smaller scenario that still shows it, with a link', () => {
    const smallest = summary.smallest!;
    const original = randomScenario('3pc', summary.violations[0].runSeed, { nodes: 4, until: 3000 });
    expect(smallest.scenario.actions.length).toBeLessThan(original.actions.length);
    expect(smallest.scenario.until).toBeLessThanOrEqual(original.until);
    expect(findViolation(smallest.scenario, smallest.violation.invariant)).not.toBeNull();
    const decoded = decodeShareFragment(smallest.link);
    expect(decoded.ok && decoded.scenario).toEqual(smallest.scenario);
  });

  it('is deterministic', () => {
    expect(explore({ protocol: '3pc', runs: 150, seed: 11, schedule: { nodes: 4, until: 3000 } })).toEqual(summary);
  });
});

describe('explore under the run budget', () => {
  it('counts budget-stopped runs apart: a stop is not a violation', () => {
    const budget = { eventsMax: 50, inFlightMax: 5000, checkpointBytesMax: 1 << 26 };
    const summary = explore({ protocol: 'raft', runs: 5, seed: 3, budget, schedule: { nodes: 3, until: 2000 } });
    expect(summary.budgetStoppedRuns).toBe(5);
    expect(summary.violatingRuns).toBe(0);
    expect(summary.events).toBe(5 * 50);
    const free = explore({ protocol: 'raft', runs: 5, seed: 3, schedule: { nodes: 3, until: 2000 } });
    expect(free.budgetStoppedRuns).toBe(0);
  });
});
