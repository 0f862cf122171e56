// Leader election (Raft §5.2, §5.4.1), on real engine runs.
import { describe, expect, it } from 'vitest';
import { logEntries } from '../../../src/protocols/raft/log';
import {
  entriesOfTerms,
  leaders,
  manualElections,
  messagesOfType,
  notes,
  raftScenario,
  raftWithInitialState,
  simulate,
  termsOf,
} from './helpers';

describe('Raft leader election', () => {
  it('§5.2 election: a candidate with votes from a majority becomes leader and the others follow it', () => {
    const sim = simulate(raftScenario({ nodes: 5, seed: 3, until: 1000, network: { latencyMsMin: 10, latencyMsMax: 30, dropRatio: 0, duplicateRatio: 0 } }));
    sim.runToEnd();
    const elected = leaders(sim);
    expect(elected).toHaveLength(1);
    const leader = elected[0];
    const term = sim.state(leader).currentTerm;
    expect(term).toBeGreaterThanOrEqual(1);
    for (let id = 1; id <= 5; id++) {
      const state = sim.state(id);
      expect(state.currentTerm).toBe(term);
      expect(state.leaderId).toBe(leader);
      // Raft §8 / dissertation §6.4: the new leader's no-op is replicated and committed.
      expect(termsOf(sim, id)).toEqual([term]);
      expect(logEntries(state.log)[0].value).toBeNull();
      expect(state.commitIndex).toBe(1);
    }
    expect(notes(sim)).toContain(`S${leader} became leader for term ${term}`);
    expect(sim.violations).toEqual([]);
  });

  it('§5.2 election: a split vote elects nobody, and randomized timeouts resolve it in a later term', () => {
    // Four nodes: S1 and S2 campaign at the same instant; S3 hears only S1 and S4 only S2,
    // so each candidate has 2 of the 3 votes it needs.
    const sim = simulate(
      raftScenario({
        nodes: 4,
        seed: 5,
        until: 2000,
        actions: [
          { at: 0, do: 'cut', from: 1, to: 4 },
          { at: 0, do: 'cut', from: 2, to: 3 },
          { at: 10, do: 'timeout', node: 1 },
          { at: 10, do: 'timeout', node: 2 },
          { at: 100, do: 'restore', from: 1, to: 4 },
          { at: 100, do: 'restore', from: 2, to: 3 },
        ],
      }),
    );
    sim.runUntil(90);
    expect(sim.state(1).role).toBe('candidate');
    expect(sim.state(2).role).toBe('candidate');
    expect(sim.state(1).votesGranted.sort()).toEqual([1, 3]);
    expect(sim.state(2).votesGranted.sort()).toEqual([2, 4]);
    expect(leaders(sim)).toEqual([]);
    sim.runToEnd();
    const elected = leaders(sim);
    expect(elected).toHaveLength(1);
    expect(sim.state(elected[0]).currentTerm).toBeGreaterThanOrEqual(2);
    expect(notes(sim).some((line) => line.endsWith('became leader for term 1'))).toBe(false);
    expect(sim.violations).toEqual([]);
  });

  it('§5.4.1 election restriction: a voter refuses a candidate whose last log term is older', () => {
    const protocol = raftWithInitialState({
      1: { term: 2, log: entriesOfTerms([1]) },
      2: { term: 2, log: entriesOfTerms([1, 2]) },
      3: { term: 2, log: entriesOfTerms([1, 2]) },
    });
    const sim = simulate(
      raftScenario({
        nodes: 3,
        until: 600,
        params: manualElections,
        actions: [
          { at: 10, do: 'timeout', node: 1 },
          { at: 200, do: 'timeout', node: 2 },
        ],
      }),
      protocol,
    );
    sim.runUntil(150);
    expect(sim.state(1).role).toBe('candidate');
    expect(sim.state(1).currentTerm).toBe(3);
    const refusals = messagesOfType(sim, 'RequestVoteResponse').filter((m) => m.to === 1);
    expect(refusals.map((m) => m.payload.voteGranted)).toEqual([false, false]);
    // The voters moved to term 3 (§5.1) but gave their vote to nobody.
    expect(sim.state(2).currentTerm).toBe(3);
    expect(sim.state(2).votedFor).toBeNull();
    sim.runToEnd();
    expect(leaders(sim)).toEqual([2]);
    expect(sim.state(2).currentTerm).toBe(4);
    // S1 voted for the up-to-date S2 and now holds its log (plus S2's no-op of term 4).
    expect(sim.state(1).votedFor).toBe(2);
    expect(termsOf(sim, 1)).toEqual([1, 2, 4]);
    expect(sim.violations).toEqual([]);
  });

  it('§5.4.1 election restriction: with equal last terms, the longer log wins and the shorter is refused', () => {
    const protocol = raftWithInitialState({
      1: { term: 1, log: entriesOfTerms([1, 1]) },
      2: { term: 1, log: entriesOfTerms([1, 1, 1]) },
      3: { term: 1, log: entriesOfTerms([1, 1, 1]) },
    });
    const sim = simulate(
      raftScenario({ nodes: 3, until: 400, params: manualElections, actions: [{ at: 10, do: 'timeout', node: 1 }] }),
      protocol,
    );
    sim.runToEnd();
    expect(sim.state(1).role).toBe('candidate');
    expect(messagesOfType(sim, 'RequestVoteResponse').every((m) => !m.payload.voteGranted)).toBe(true);
    expect(notes(sim)).toContain('S2 refuses its vote to S1 in term 2: its log is more up-to-date (§5.4.1)');
  });

  it('§5.2 election: a candidate steps down when the leader of its term contacts it', () => {
    // S1 and S3 campaign together in term 1; S3's requests are lost, so S2 elects S1.
    const sim = simulate(
      raftScenario({
        nodes: 3,
        until: 300,
        params: manualElections,
        actions: [
          { at: 0, do: 'cut', from: 3, to: 1 },
          { at: 0, do: 'cut', from: 3, to: 2 },
          { at: 10, do: 'timeout', node: 1 },
          { at: 10, do: 'timeout', node: 3 },
        ],
      }),
    );
    sim.runUntil(35);
    expect(sim.state(1).role).toBe('leader');
    expect(sim.state(3).role).toBe('candidate');
    expect(sim.state(3).currentTerm).toBe(1);
    sim.runUntil(60);
    expect(sim.state(3).role).toBe('follower');
    expect(sim.state(3).currentTerm).toBe(1);
    expect(sim.state(3).leaderId).toBe(1);
    expect(notes(sim)).toContain('S3 steps down from candidate: S1 is leader of term 1');
  });

  it('§5.1 election: a candidate seeing a higher term becomes a follower in that term', () => {
    // S3 is cut off and campaigns alone in term 2 while the majority moves on to term 3.
    const sim = simulate(
      raftScenario({
        nodes: 3,
        until: 600,
        params: manualElections,
        actions: [
          { at: 10, do: 'timeout', node: 1 },
          { at: 100, do: 'partition', groups: [[3], [1, 2]] },
          { at: 110, do: 'timeout', node: 3 },
          { at: 120, do: 'timeout', node: 2 },
          { at: 200, do: 'timeout', node: 1 },
          { at: 300, do: 'heal' },
        ],
      }),
    );
    sim.runUntil(290);
    expect(sim.state(3).role).toBe('candidate');
    expect(sim.state(3).currentTerm).toBe(2);
    expect(sim.state(1).role).toBe('leader');
    expect(sim.state(1).currentTerm).toBe(3);
    sim.runToEnd();
    expect(sim.state(3).role).toBe('follower');
    expect(sim.state(3).currentTerm).toBe(3);
    expect(sim.state(3).leaderId).toBe(1);
    expect(notes(sim)).toContain('S3 sees term 3 from S1 (was 2) and steps down from candidate');
    expect(sim.violations).toEqual([]);
  });

  it('§5.1 a leader learning a higher term from an AppendEntries reply steps down', () => {
    // S3 campaigns twice while cut off (term 3); after healing it sends nothing by itself, but it
    // refuses S1's next heartbeat with its term, and that reply deposes S1.
    const sim = simulate(
      raftScenario({
        nodes: 3,
        until: 400,
        params: manualElections,
        actions: [
          { at: 10, do: 'timeout', node: 1 },
          { at: 100, do: 'partition', groups: [[3], [1, 2]] },
          { at: 110, do: 'timeout', node: 3 },
          { at: 120, do: 'timeout', node: 3 },
          { at: 200, do: 'heal' },
        ],
      }),
    );
    sim.runToEnd();
    expect(sim.state(1).role).toBe('follower');
    expect(sim.state(1).currentTerm).toBe(3);
    expect(notes(sim)).toContain('S1 sees term 3 from S3 (was 1) and steps down from leader');
    const reply = messagesOfType(sim, 'AppendEntriesResponse').find((m) => m.from === 3 && m.payload.term === 3)!;
    expect(reply.payload.success).toBe(false);
    expect(reply.fate).toBe('delivered');
  });

  it('§5.2 the timeout action on a leader changes nothing and says so', () => {
    const sim = simulate(
      raftScenario({
        nodes: 3,
        until: 300,
        params: manualElections,
        actions: [
          { at: 10, do: 'timeout', node: 1 },
          { at: 100, do: 'timeout', node: 1 },
        ],
      }),
    );
    sim.runToEnd();
    expect(leaders(sim)).toEqual([1]);
    expect(sim.state(1).currentTerm).toBe(1);
    expect(notes(sim)).toContain('S1 is leader of term 1: a leader has no election timeout, nothing happens');
  });
});
