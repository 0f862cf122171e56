// Crash and restart (Figure 2: currentTerm, votedFor and log are persistent; the rest is not).
import { describe, expect, it } from 'vitest';
import { raft } from '../../../src/protocols/raft';
import { committedValues, leaders, manualElections, notes, raftScenario, simulate, valuesOf } from './helpers';

describe('Raft crash and restart', () => {
  it('§5.1 a follower keeps term, vote and log across a crash, loses the rest, and catches up', () => {
    const sim = simulate(
      raftScenario({
        nodes: 3,
        until: 1000,
        params: manualElections,
        actions: [
          { at: 10, do: 'timeout', node: 1 },
          { at: 100, do: 'request', node: 1, value: 'a' },
          { at: 150, do: 'request', node: 2, value: 'b' },
          { at: 300, do: 'crash', node: 3 },
          { at: 400, do: 'request', node: 1, value: 'c' },
          { at: 600, do: 'restart', node: 3 },
        ],
      }),
    );
    sim.runUntil(299);
    expect(sim.state(3).commitIndex).toBe(3);
    sim.runUntil(300);
    const down = sim.state(3);
    expect(sim.isUp(3)).toBe(false);
    expect(down.currentTerm).toBe(1);
    expect(down.votedFor).toBe(1);
    expect(valuesOf(sim, 3)).toEqual([null, 'a', 'b']);
    expect(down.role).toBe('follower');
    expect(down.commitIndex).toBe(0);
    expect(down.leaderId).toBeNull();
    sim.runUntil(590);
    // Two of three nodes are enough to commit c while S3 is down.
    expect(committedValues(sim, 1)).toEqual([null, 'a', 'b', 'c']);
    sim.runUntil(600);
    expect(raft.view(sim.state(3), true)).toMatchObject({ role: 'follower', term: 1, votedFor: 1, commitIndex: 0 });
    sim.runToEnd();
    expect(committedValues(sim, 3)).toEqual([null, 'a', 'b', 'c']);
    expect(sim.state(3).leaderId).toBe(1);
    expect(sim.violations).toEqual([]);
  });

  it('§5.2 a crashed leader is replaced; it restarts as a follower of the new term with its log intact', () => {
    // Default randomized timeouts: S1 is elected first because it is told to campaign at 10 ms.
    const sim = simulate(
      raftScenario({
        nodes: 5,
        seed: 11,
        until: 2500,
        network: { latencyMsMin: 10, latencyMsMax: 30, dropRatio: 0, duplicateRatio: 0 },
        actions: [
          { at: 10, do: 'timeout', node: 1 },
          { at: 200, do: 'request', node: 1, value: 'a' },
          { at: 500, do: 'crash', node: 1 },
          { at: 1000, do: 'request', node: 2, value: 'b' },
          { at: 1200, do: 'restart', node: 1 },
        ],
      }),
    );
    sim.runUntil(499);
    expect(leaders(sim)).toEqual([1]);
    expect(committedValues(sim, 1)).toEqual([null, 'a']);
    sim.runUntil(990);
    const [next] = leaders(sim);
    expect(next).not.toBe(1);
    const newTerm = sim.state(next).currentTerm;
    expect(newTerm).toBeGreaterThanOrEqual(2);
    sim.runUntil(1200);
    const restarted = sim.state(1);
    expect(restarted.role).toBe('follower');
    expect(restarted.currentTerm).toBe(1);
    expect(restarted.votedFor).toBe(1);
    expect(restarted.commitIndex).toBe(0);
    expect(valuesOf(sim, 1)).toEqual([null, 'a']);
    sim.runToEnd();
    expect(leaders(sim)).toEqual([next]);
    expect(sim.state(1).currentTerm).toBe(newTerm);
    expect(sim.state(1).leaderId).toBe(next);
    // The new leader's no-op, then b (forwarded by S2), follow what S1 had.
    for (let id = 1; id <= 5; id++) expect(committedValues(sim, id)).toEqual([null, 'a', null, 'b']);
    expect(sim.violations).toEqual([]);
  });

  it('§5.2 votedFor survives a crash: a restarted voter does not vote twice in one term', () => {
    // S3 does not hear S1's request; S2 votes for S1, crashes and restarts; then S3 campaigns in term 1.
    const sim = simulate(
      raftScenario({
        nodes: 3,
        until: 300,
        params: manualElections,
        actions: [
          { at: 0, do: 'cut', from: 1, to: 3 },
          { at: 10, do: 'timeout', node: 1 },
          { at: 25, do: 'crash', node: 2 },
          { at: 26, do: 'restart', node: 2 },
          { at: 27, do: 'timeout', node: 3 },
        ],
      }),
    );
    sim.runToEnd();
    expect(sim.state(2).votedFor).toBe(1);
    expect(notes(sim)).toContain('S2 refuses its vote to S3 in term 1: already voted for S1');
    expect(leaders(sim)).toEqual([1]);
    expect(sim.violations).toEqual([]);
  });
});
