// Seed sweeps: thousands of random fault schedules (crash/restart, partitions, cut links,
// forced timeouts, lost and duplicated messages) with every invariant checked after every
// event — and determinism: a scenario is a pure function of its data.
import { describe, expect, it } from 'vitest';
import type { NetworkConfig } from '../../../src/engine/types';
import { RandomStream } from '../../../src/engine/random';
import { randomScenario } from '../../../src/explore/random-schedule';
import { createSimulation } from '../../../src/scenario/simulate';
import { englishNote } from '../../../src/i18n/note';

/** A third of the runs lose 5% of messages, a quarter duplicate 5%. */
const networkFor = (seed: number): NetworkConfig => ({
  latencyMsMin: 5,
  latencyMsMax: 40,
  dropRatio: seed % 3 === 0 ? 0.05 : 0,
  duplicateRatio: seed % 4 === 0 ? 0.05 : 0,
});

function sweep(runs: number, params: Record<string, unknown>) {
  const failures: string[] = [];
  let runsThatCommitted = 0;
  for (let seed = 1; seed <= runs; seed++) {
    const scenario = randomScenario('raft', seed, { nodes: 5, until: 3000, faults: 8, requests: 10, network: networkFor(seed), params });
    const sim = createSimulation(scenario, { checkpointEvery: 0 });
    sim.runToEnd();
    for (const v of sim.violations) failures.push(`seed ${seed}: ${v.invariant} at ${v.at} ms: ${englishNote(v.detail)}`);
    if (sim.views().some((view) => (view.commitIndex as number) > 0)) runsThatCommitted++;
  }
  return { failures, runsThatCommitted };
}

describe('Raft seed sweeps', () => {
  it('§5 2000 random fault schedules of 5 nodes: no invariant is ever violated', () => {
    const { failures, runsThatCommitted } = sweep(2000, {});
    expect(failures).toEqual([]);
    // Not vacuous: nearly every run elects leaders and commits entries despite the faults.
    expect(runsThatCommitted).toBeGreaterThan(1900);
  });

  it('§9.6 §6.2 600 random fault schedules with PreVote and CheckQuorum on: no violation', () => {
    const { failures, runsThatCommitted } = sweep(600, { preVote: true, checkQuorum: true });
    expect(failures).toEqual([]);
    expect(runsThatCommitted).toBeGreaterThan(570);
  });
});

describe('Raft determinism', () => {
  it('the same scenario twice gives the same trace hash, states and messages', () => {
    const scenario = randomScenario('raft', 4242, { nodes: 5, until: 4000, faults: 8, requests: 10, network: networkFor(12), params: { preVote: true } });
    const first = createSimulation(scenario);
    const second = createSimulation(scenario);
    first.runToEnd();
    second.runToEnd();
    expect(first.eventCount).toBeGreaterThan(500);
    expect(second.traceHash()).toBe(first.traceHash());
    expect(second.views()).toEqual(first.views());
    expect(second.messages.length).toBe(first.messages.length);
  });

  it('seeking back and forth lands on the same states as a fresh run', () => {
    const scenario = randomScenario('raft', 77, { nodes: 5, until: 4000, faults: 8, requests: 10, network: networkFor(12), params: {} });
    const fresh = createSimulation(scenario);
    fresh.runUntil(2500);
    const seeking = createSimulation(scenario, { checkpointEvery: 200 });
    seeking.runToEnd();
    seeking.seek(1000);
    seeking.seek(2500);
    expect(seeking.views()).toEqual(fresh.views());
    expect(seeking.traceHash()).toBe(fresh.traceHash());
  });

  it('checkpoints that share logs and invariant memory with the live run restore exactly', () => {
    // Checkpoints hold log columns and invariant arrays by reference; conflicts that cut into a
    // shared prefix, and memory changed in place, must copy first. Many checkpoints, random
    // seeks back and forth, faults that make conflicting entries: every stop equals a fresh run.
    // A restore takes the shared columns back without copying them, and the replay retraces rows
    // already there: the teaching toggles make runs whose violations must come back the same.
    const random = RandomStream.derive(9, 'raft-seeks');
    let violations = 0;
    for (const params of [{}, { unsafeCommitOldTerms: true }, { unsafeVoteAnyLog: true }]) {
      for (let seed = 1; seed <= 12; seed++) {
        const scenario = randomScenario('raft', seed, { nodes: 5, until: 4000, faults: 12, requests: 20, network: networkFor(seed), params });
        const seeking = createSimulation(scenario, { checkpointEvery: 25 });
        seeking.runToEnd();
        for (let k = 0; k < 6; k++) {
          const t = random.intBetween(0, scenario.until);
          seeking.seek(t);
          const fresh = createSimulation(scenario, { checkpointEvery: 0 });
          fresh.runUntil(t);
          expect(seeking.views(), `seed ${seed}, t=${t}`).toEqual(fresh.views());
          expect(seeking.traceHash(), `seed ${seed}, t=${t}`).toBe(fresh.traceHash());
          expect(seeking.violations).toEqual(fresh.violations);
          violations += fresh.violations.length;
        }
        // And on to the end again from there.
        const whole = createSimulation(scenario, { checkpointEvery: 0 });
        whole.runToEnd();
        seeking.seek(scenario.until);
        expect(seeking.traceHash(), `seed ${seed}, to the end`).toBe(whole.traceHash());
        expect(seeking.violations).toEqual(whole.violations);
      }
    }
    expect(violations).toBeGreaterThan(0);
  });
});
