// The view (a public contract for the CLI), message labels and parameters.
import { describe, expect, it } from 'vitest';
import { raft, type RaftMessage } from '../../../src/protocols/raft';
import { raftSettings } from '../../../src/protocols/raft/params';
import { createSimulation } from '../../../src/scenario/simulate';
import { manualElections, raftScenario, simulate } from './helpers';
import { englishNote } from '../../../src/i18n/note';
import type { Note } from '../../../src/engine/types';

/** A view's last request with its outcome in English words. */
const spoken = (view: unknown) => {
  const request = view as { value: string; outcome: Note } | null;
  return request && { value: request.value, outcome: englishNote(request.outcome) };
};

describe('Raft view, labels and parameters', () => {
  it('the view has the CLI contract fields: role, term, votedFor, log as [{term, value}], commitIndex', () => {
    const sim = simulate(
      raftScenario({
        nodes: 3,
        until: 300,
        params: manualElections,
        actions: [
          { at: 10, do: 'timeout', node: 1 },
          { at: 100, do: 'request', node: 2, value: 'x=1' },
        ],
      }),
    );
    sim.runToEnd();
    const [leader, follower] = sim.views();
    expect(leader).toMatchObject({ id: 1, up: true, role: 'leader', term: 1, votedFor: 1, commitIndex: 2, leaderId: 1 });
    expect(leader.log).toEqual([
      { term: 1, value: null },
      { term: 1, value: 'x=1' },
    ]);
    expect(leader.nextIndex).toEqual({ 2: 3, 3: 3 });
    expect(leader.matchIndex).toEqual({ 2: 2, 3: 2 });
    expect(follower).toMatchObject({ id: 2, role: 'follower', term: 1, votedFor: 1, commitIndex: 2, leaderId: 1, nextIndex: null, matchIndex: null, votesGranted: [] });
    expect(spoken(follower.lastRequest)).toEqual({ value: 'x=1', outcome: 'forwarded to S1' });
    // Plain JSON: survives a round trip unchanged.
    expect(JSON.parse(JSON.stringify(sim.views()))).toEqual(sim.views());
  });

  it('a candidate shows the votes it has', () => {
    const sim = simulate(
      raftScenario({ nodes: 3, until: 100, params: manualElections, actions: [{ at: 0, do: 'partition', groups: [[1], [2, 3]] }, { at: 10, do: 'timeout', node: 1 }] }),
    );
    sim.runToEnd();
    expect(sim.views()[0]).toMatchObject({ role: 'candidate', term: 1, votedFor: 1, votesGranted: [1], leaderId: null });
  });

  it('messages are labelled with the paper names', () => {
    const label = (m: RaftMessage) => {
      const d = raft.describe(m);
      return { type: d.type, label: englishNote(d.label) };
    };
    expect(label({ type: 'AppendEntries', term: 3, leaderId: 1, prevLogIndex: 4, prevLogTerm: 2, entries: [{ term: 3, value: 'a' }, { term: 3, value: 'b' }], leaderCommit: 4 })).toEqual({
      type: 'AppendEntries',
      label: 'AppendEntries(term 3, 2 entries)',
    });
    expect(label({ type: 'AppendEntries', term: 3, leaderId: 1, prevLogIndex: 4, prevLogTerm: 2, entries: [], leaderCommit: 4 }).label).toBe('AppendEntries(term 3, heartbeat)');
    expect(label({ type: 'RequestVote', term: 4, candidateId: 2, lastLogIndex: 0, lastLogTerm: 0 }).label).toBe('RequestVote(term 4)');
    expect(label({ type: 'RequestVoteResponse', term: 4, voteGranted: true })).toEqual({ type: 'RequestVoteResponse', label: 'Vote(term 4, granted)' });
    expect(label({ type: 'RequestVoteResponse', term: 4, voteGranted: false }).label).toBe('Vote(term 4, denied)');
    expect(label({ type: 'PreVote', term: 5, candidateId: 2, lastLogIndex: 0, lastLogTerm: 0 }).label).toBe('PreVote(term 5)');
    expect(label({ type: 'PreVoteResponse', term: 5, voteGranted: true }).label).toBe('PreVote reply(term 5, granted)');
    expect(label({ type: 'AppendEntriesResponse', term: 3, success: false, index: 4, lastLogIndex: 2 }).label).toBe('AppendEntries reply(term 3, refused at 4)');
    expect(label({ type: 'ClientRequest', value: 'x=1' })).toEqual({ type: 'ClientRequest', label: 'ClientRequest("x=1")' });
  });

  it('parameters: defaults, labels, the teaching toggle; a max timeout below the min is taken as the min by the engine (a scenario refuses it)', () => {
    const names = raft.params.map((p) => p.name);
    expect(names).toEqual(['electionTimeoutMsMin', 'electionTimeoutMsMax', 'heartbeatMs', 'maxEntriesPerAppend', 'leaderNoop', 'preVote', 'checkQuorum', 'unsafeCommitOldTerms', 'unsafeVoteAnyLog']);
    const unsafe = raft.params.find((p) => p.name === 'unsafeCommitOldTerms')!;
    expect(unsafe).toMatchObject({ kind: 'boolean', default: false, teaching: true });
    expect(raft.params.every((p) => p.label.length > 0)).toBe(true);
    expect(raftSettings({})).toMatchObject({ electionTimeoutMsMin: 150, electionTimeoutMsMax: 300, heartbeatMs: 50, leaderNoop: true, preVote: false, checkQuorum: false });
    expect(raftSettings({ electionTimeoutMsMin: 400, electionTimeoutMsMax: 200 })).toMatchObject({ electionTimeoutMsMin: 400, electionTimeoutMsMax: 400 });
    // The scenario layer refuses a max below the min (test/scenario/validate.test.ts); a range of
    // one value is allowed and runs the same.
    const sim = createSimulation(raftScenario({ nodes: 3, until: 2000, params: { electionTimeoutMsMin: 400, electionTimeoutMsMax: 400 } }));
    sim.runToEnd();
    // Every election timer is drawn as exactly 400 ms. (With no randomness left, all three
    // nodes campaign at the same instant every time: split votes forever — §5.2's point.)
    const timers = sim.trace.filter((e) => e.kind === 'timer');
    expect(timers.length).toBeGreaterThan(0);
    expect(timers.every((e) => e.at % 400 === 0)).toBe(true);
    expect(sim.views().filter((v) => v.role === 'leader')).toHaveLength(0);
  });
});
