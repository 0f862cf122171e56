// "Break the protocol": each teaching toggle, searched with the explorer, is found within the
// budget stated here and shrunk to a small counterexample that still violates the same invariant
// (and the same schedule with the toggle off does not).
import { describe, expect, it } from 'vitest';
import { ExploreTally, exploreRun, runScenario, type ExplorePlan } from '../../src/explore/explore';
import { findViolation, shrink } from '../../src/explore/shrink';
import { BREAK_PRESETS } from '../../src/explore/break-presets';

const figure8 = BREAK_PRESETS.unsafeCommitOldTerms;

interface Case {
  name: string;
  plan: ExplorePlan;
  toggle: string;
  /** The budget: the search must find a violation within this many runs. */
  runsMax: number;
  invariants: string[];
  actionsMax: number;
}

const CASES: Case[] = [
  {
    name: '2PC: a participant that voted yes aborts on its decision timeout',
    plan: { protocol: '2pc', seed: 1, schedule: { nodes: 4, until: 3000, params: { unsafeAbortAfterYes: true } } },
    toggle: 'unsafeAbortAfterYes',
    runsMax: 100,
    invariants: ['Atomicity'],
    actionsMax: 3,
  },
  {
    name: 'Raft: votes without the §5.4.1 up-to-date check',
    plan: { protocol: 'raft', seed: 1, schedule: { nodes: 5, until: 3000, params: { unsafeVoteAnyLog: true } } },
    toggle: 'unsafeVoteAnyLog',
    runsMax: 100,
    invariants: ['LeaderCompleteness', 'StateMachineSafety'],
    actionsMax: 4,
  },
  {
    name: 'Paxos: a proposer ignores the values reported in promises',
    plan: { protocol: 'paxos', seed: 1, schedule: { nodes: 5, until: 3000, params: { unsafeIgnorePromises: true } } },
    toggle: 'unsafeIgnorePromises',
    runsMax: 100,
    invariants: ['Agreement'],
    actionsMax: 5,
  },
  {
    // Figure 8 needs a leader to return in a later term while an old entry sits on a minority:
    // many crashes and requests, and no leader no-op (which would commit the entry safely). The
    // Explorer's preset for the toggle (the panel sets it when it is ticked), from the default seed.
    name: 'Raft: commits older-term entries by counting (Figure 8)',
    plan: {
      protocol: 'raft',
      seed: 1,
      schedule: { nodes: 5, until: figure8.untilMs, faults: figure8.faults, requests: figure8.requests, mix: figure8.mix, params: { ...figure8.params, unsafeCommitOldTerms: true } },
    },
    toggle: 'unsafeCommitOldTerms',
    runsMax: 3000,
    invariants: ['LeaderCompleteness', 'StateMachineSafety'],
    actionsMax: 12,
  },
];

describe('the explorer finds and shrinks each broken protocol', () => {
  for (const c of CASES) {
    it(`${c.name}: found within ${c.runsMax} runs and shrunk`, () => {
      const tally = new ExploreTally(c.plan);
      while (tally.firstViolation === null && tally.summary.runs < c.runsMax) tally.add(exploreRun(c.plan, tally.summary.runs));
      const found = tally.firstViolation;
      expect(found, `no violation in ${c.runsMax} runs`).not.toBeNull();
      expect(c.invariants).toContain(found!.invariant);
      const result = shrink(runScenario(c.plan, found!.run), found!.invariant);
      expect(result.scenario.actions.length).toBeLessThanOrEqual(c.actionsMax);
      expect(findViolation(result.scenario, found!.invariant)).toEqual(result.violation);
      // The bug is the toggle's: the shrunk schedule is safe with it off.
      const safe = { ...result.scenario, params: { ...result.scenario.params, [c.toggle]: false } };
      expect(findViolation(safe)).toBeNull();
    }, 60_000);
  }
});
