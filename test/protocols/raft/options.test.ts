// Optional extensions from Ongaro's dissertation: PreVote (§9.6) and CheckQuorum (§6.2) with
// leader stickiness (§4.2.3).
import { describe, expect, it } from 'vitest';
import { RAFT_REJOIN_ACTIONS } from '../../../src/lessons/raft';
import { leaders, messagesOfType, notes, raftScenario, simulate, valuesOf } from './helpers';

const jitter = { latencyMsMin: 10, latencyMsMax: 30, dropRatio: 0, duplicateRatio: 0 };

/** S1 leads term 1; S5 is cut off from 300 to 2000 ms (the PreVote lessons' actions). */
const rejoin = (preVote: boolean) =>
  simulate(raftScenario({ nodes: 5, seed: 7, until: 3000, network: jitter, params: { preVote }, actions: RAFT_REJOIN_ACTIONS }));

describe('Raft PreVote (dissertation §9.6)', () => {
  it('§9.6 without PreVote: a rejoining node with an inflated term deposes a healthy leader', () => {
    const sim = rejoin(false);
    sim.runUntil(1990);
    expect(leaders(sim)).toEqual([1]);
    expect(sim.state(1).currentTerm).toBe(1);
    const inflated = sim.state(5).currentTerm;
    expect(inflated).toBeGreaterThanOrEqual(4);
    expect(sim.state(5).role).toBe('candidate');
    sim.runToEnd();
    expect(notes(sim).some((line) => line.startsWith('S1 sees term') && line.endsWith('steps down from leader'))).toBe(true);
    const [leader] = leaders(sim);
    expect(sim.state(leader).currentTerm).toBeGreaterThan(inflated);
    // S5 missed an entry, so it cannot be elected (§5.4.1): the disruption is all it causes.
    expect(leader).not.toBe(5);
    expect(sim.violations).toEqual([]);
  });

  it('§9.6 with PreVote: the rejoining node never raises its term, and the leader stays', () => {
    const sim = rejoin(true);
    sim.runUntil(1990);
    expect(sim.state(5).currentTerm).toBe(1);
    expect(sim.state(5).role).toBe('precandidate');
    expect(messagesOfType(sim, 'PreVote').filter((m) => m.from === 5).length).toBeGreaterThanOrEqual(4);
    sim.runToEnd();
    expect(leaders(sim)).toEqual([1]);
    for (let id = 1; id <= 5; id++) {
      expect(sim.state(id).currentTerm).toBe(1);
      expect(sim.state(id).leaderId).toBe(1);
      expect(valuesOf(sim, id)).toEqual([null, 'a', 'missed', 'b']);
    }
    expect(messagesOfType(sim, 'RequestVote').filter((m) => m.sentAt > 100)).toEqual([]);
    expect(sim.violations).toEqual([]);
  });

  it('§9.6 with PreVote: peers that hear from the leader refuse a PreVote, so a forced timeout changes nothing', () => {
    const sim = simulate(
      raftScenario({
        nodes: 5,
        seed: 2,
        until: 1000,
        network: jitter,
        params: { preVote: true },
        actions: [
          { at: 10, do: 'timeout', node: 1 },
          { at: 500, do: 'timeout', node: 3 },
        ],
      }),
    );
    sim.runUntil(505);
    expect(sim.state(3).role).toBe('precandidate');
    sim.runToEnd();
    const replies = messagesOfType(sim, 'PreVoteResponse').filter((m) => m.to === 3 && m.sentAt >= 500);
    expect(replies.length).toBe(4);
    expect(replies.every((m) => !m.payload.voteGranted)).toBe(true);
    expect(leaders(sim)).toEqual([1]);
    expect(sim.state(3).role).toBe('follower');
    expect(sim.state(3).currentTerm).toBe(1);
  });

  it('§9.6 with PreVote: after the leader crashes, a PreVote round precedes a normal election', () => {
    const sim = simulate(
      raftScenario({
        nodes: 5,
        seed: 4,
        until: 2000,
        network: jitter,
        params: { preVote: true },
        actions: [
          { at: 10, do: 'timeout', node: 1 },
          { at: 300, do: 'crash', node: 1 },
        ],
      }),
    );
    sim.runToEnd();
    const [leader] = leaders(sim);
    expect(leader).toBeDefined();
    expect(leader).not.toBe(1);
    expect(sim.state(leader).currentTerm).toBe(2);
    expect(notes(sim)).toContain(`S${leader} won the PreVote for term 2`);
    expect(sim.violations).toEqual([]);
  });
});

describe('Raft CheckQuorum (dissertation §6.2, §4.2.3)', () => {
  const minorityLeader = (checkQuorum: boolean) =>
    simulate(
      raftScenario({
        nodes: 5,
        seed: 9,
        until: 1500,
        network: jitter,
        params: { checkQuorum },
        actions: [
          { at: 10, do: 'timeout', node: 1 },
          { at: 300, do: 'partition', groups: [[1, 2], [3, 4, 5]] },
        ],
      }),
    );

  it('§6.2 with CheckQuorum: a leader cut off from the majority steps down within two election timeouts', () => {
    const sim = minorityLeader(true);
    sim.runUntil(300 + 2 * 150);
    expect(sim.state(1).role).toBe('follower');
    expect(notes(sim).some((line) => line.startsWith('S1 heard from only 2 of 5 nodes') && line.endsWith('(CheckQuorum)'))).toBe(true);
    sim.runToEnd();
    const [leader] = leaders(sim);
    expect([3, 4, 5]).toContain(leader);
    expect(leaders(sim)).toHaveLength(1);
    expect(sim.violations).toEqual([]);
  });

  it('§6.2 without CheckQuorum: the cut-off leader goes on believing it leads', () => {
    const sim = minorityLeader(false);
    sim.runToEnd();
    expect(sim.state(1).role).toBe('leader');
    expect(leaders(sim)).toHaveLength(2);
  });

  it('§4.2.3 with CheckQuorum: nodes that heard from the leader recently ignore RequestVote and keep their term', () => {
    const sim = simulate(
      raftScenario({
        nodes: 5,
        seed: 2,
        until: 1000,
        network: { latencyMsMin: 10, latencyMsMax: 10, dropRatio: 0, duplicateRatio: 0 },
        params: { checkQuorum: true },
        actions: [
          { at: 10, do: 'timeout', node: 1 },
          { at: 505, do: 'timeout', node: 3 },
        ],
      }),
    );
    sim.runUntil(520);
    expect(sim.state(3).role).toBe('candidate');
    expect(sim.state(3).currentTerm).toBe(2);
    for (const id of [1, 2, 4, 5]) expect(sim.state(id).currentTerm).toBe(1);
    expect(leaders(sim)).toEqual([1]);
    expect(notes(sim)).toContain('S2 ignores RequestVote(term 2) from S3: it heard from a leader recently');
    expect(messagesOfType(sim, 'RequestVoteResponse').filter((m) => m.sentAt >= 505)).toEqual([]);
  });
});
