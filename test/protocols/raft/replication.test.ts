// Log replication (Raft §5.3) and client requests, on real engine runs.
import { describe, expect, it } from 'vitest';
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
  valuesOf,
} from './helpers';
import { raft } from '../../../src/protocols/raft';
import { englishNote } from '../../../src/i18n/note';
import type { Note } from '../../../src/engine/types';

/** A view's last request with its outcome in English words. */
const spoken = (view: unknown) => {
  const request = view as { value: string; outcome: Note } | null;
  return request && { value: request.value, outcome: englishNote(request.outcome) };
};

// Figure 7: the leader of term 8 and six possible follower logs.
const LEADER_LOG = [1, 1, 1, 4, 4, 5, 5, 6, 6, 6];
// `refusedAt`: the prevLogIndex values the follower refuses while nextIndex backs off from 11
// (one step at a time, skipping at once past the end of a shorter log).
const FIGURE_7: Record<string, { log: number[]; keptPrefix: number; refusedAt: number[] }> = {
  a: { log: [1, 1, 1, 4, 4, 5, 5, 6, 6], keptPrefix: 9, refusedAt: [10] }, // missing one entry
  b: { log: [1, 1, 1, 4], keptPrefix: 4, refusedAt: [10] }, // missing many
  c: { log: [1, 1, 1, 4, 4, 5, 5, 6, 6, 6, 6], keptPrefix: 10, refusedAt: [] }, // one extra entry
  d: { log: [1, 1, 1, 4, 4, 5, 5, 6, 6, 6, 7, 7], keptPrefix: 10, refusedAt: [] }, // extra entries of term 7
  e: { log: [1, 1, 1, 4, 4, 4, 4], keptPrefix: 5, refusedAt: [10, 7, 6] }, // missing, and extra of term 4
  f: { log: [1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3], keptPrefix: 3, refusedAt: [10, 9, 8, 7, 6, 5, 4] }, // terms 2, 3
};

describe('Raft log replication', () => {
  it.each(Object.keys(FIGURE_7))('§5.3 Figure 7 (%s): the leader of term 8 brings the follower log in line with its own', (name) => {
    const follower = FIGURE_7[name];
    // S1 holds the leader's log, S3 a copy (its vote elects S1), S2 the follower log of the figure.
    const protocol = raftWithInitialState({
      1: { term: 7, log: entriesOfTerms(LEADER_LOG) },
      2: { term: 7, log: entriesOfTerms(follower.log) },
      3: { term: 7, log: entriesOfTerms(LEADER_LOG) },
    });
    const sim = simulate(
      raftScenario({ nodes: 3, until: 1000, params: manualElections, actions: [{ at: 10, do: 'timeout', node: 1 }] }),
      protocol,
    );
    sim.runToEnd();
    expect(leaders(sim)).toEqual([1]);
    expect(sim.state(1).currentTerm).toBe(8);
    const expected = [...LEADER_LOG, 8]; // plus the leader's no-op
    expect(termsOf(sim, 2)).toEqual(expected);
    expect(valuesOf(sim, 2)).toEqual(valuesOf(sim, 1));
    // The entries the follower shared with the leader are the ones it still has.
    expect(valuesOf(sim, 2).slice(0, follower.keptPrefix)).toEqual(entriesOfTerms(follower.log).slice(0, follower.keptPrefix).map((e) => e.value));
    // The no-op of term 8 is on a majority, so everything up to it is committed everywhere.
    expect(sim.state(2).commitIndex).toBe(11);
    // nextIndex backed off (§5.3) exactly as far as the first matching entry.
    const refusals = messagesOfType(sim, 'AppendEntriesResponse').filter((m) => m.from === 2 && !m.payload.success);
    expect([...new Set(refusals.map((m) => m.payload.index))]).toEqual(follower.refusedAt);
    expect(sim.state(1).matchIndex![2]).toBe(11);
    expect(sim.violations).toEqual([]);
  });

  it('§5.3 Figure 7: one leader repairs all six follower logs (a)–(f) at once', () => {
    const initial: Parameters<typeof raftWithInitialState>[0] = { 1: { term: 7, log: entriesOfTerms(LEADER_LOG) } };
    Object.values(FIGURE_7).forEach((f, i) => (initial[i + 2] = { term: 7, log: entriesOfTerms(f.log) }));
    const sim = simulate(
      raftScenario({ nodes: 7, until: 1500, params: manualElections, actions: [{ at: 10, do: 'timeout', node: 1 }] }),
      raftWithInitialState(initial),
    );
    sim.runToEnd();
    // (c) and (d) refuse their votes (§5.4.1: longer log / newer last term); (a), (b), (e), (f) elect S1.
    const votes = messagesOfType(sim, 'RequestVoteResponse').filter((m) => m.to === 1 && m.payload.term === 8);
    expect(votes.filter((m) => m.payload.voteGranted).map((m) => m.from).sort()).toEqual([2, 3, 6, 7]);
    expect(leaders(sim)).toEqual([1]);
    for (let id = 2; id <= 7; id++) {
      expect(termsOf(sim, id)).toEqual([...LEADER_LOG, 8]);
      expect(sim.state(id).commitIndex).toBe(11);
    }
    expect(sim.violations).toEqual([]);
  });

  it('§5.3 a delayed AppendEntries whose entries match never truncates the log (Figure 2, receiver rule 3)', () => {
    const actions = [
      { at: 10, do: 'timeout' as const, node: 1 },
      { at: 100, do: 'request' as const, node: 1, value: 'a' },
      { at: 200, do: 'request' as const, node: 1, value: 'b' },
    ];
    const spec = { nodes: 3, until: 500, params: manualElections, actions };
    const probe = simulate(raftScenario(spec));
    probe.runToEnd();
    const carryingA = messagesOfType(probe, 'AppendEntries').find(
      (m) => m.to === 2 && m.payload.entries.length === 1 && m.payload.entries[0].value === 'a',
    )!;
    expect(carryingA).toBeDefined();
    // Same run, but that message reaches S2 only after "b" has been appended there.
    const sim = simulate(raftScenario({ ...spec, actions: [...actions, { at: 101, do: 'delay', message: carryingA.id, byMs: 250 }] }));
    sim.runUntil(300);
    expect(valuesOf(sim, 2)).toEqual([null, 'a', 'b']);
    sim.runToEnd();
    expect(sim.message(carryingA.id)!.fate).toBe('delivered');
    expect(sim.message(carryingA.id)!.deliverAt).toBeGreaterThan(300);
    expect(valuesOf(sim, 2)).toEqual([null, 'a', 'b']);
    expect(sim.state(2).commitIndex).toBe(3);
    expect(sim.violations).toEqual([]);
  });

  it('§5.3 at most maxEntriesPerAppend entries travel per AppendEntries while a lagging follower catches up', () => {
    const sim = simulate(
      raftScenario({
        nodes: 3,
        until: 1500,
        params: { ...manualElections, maxEntriesPerAppend: 2 },
        actions: [
          { at: 10, do: 'timeout', node: 1 },
          { at: 50, do: 'crash', node: 3 },
          ...Array.from({ length: 9 }, (_, i) => ({ at: 100 + i * 10, do: 'request' as const, node: 1, value: `v${i + 1}` })),
          { at: 400, do: 'restart', node: 3 },
        ],
      }),
    );
    sim.runToEnd();
    const appends = messagesOfType(sim, 'AppendEntries');
    expect(Math.max(...appends.map((m) => m.payload.entries.length))).toBe(2);
    expect(appends.filter((m) => m.to === 3 && m.sentAt >= 400 && m.payload.entries.length === 2).length).toBeGreaterThanOrEqual(4);
    expect(valuesOf(sim, 3)).toEqual(valuesOf(sim, 1));
    expect(sim.state(3).commitIndex).toBe(10);
    expect(sim.violations).toEqual([]);
  });

  it('§5.3 responses say which request they answer: a success carries the matched index', () => {
    const sim = simulate(
      raftScenario({ nodes: 3, until: 300, params: manualElections, actions: [{ at: 10, do: 'timeout', node: 1 }, { at: 100, do: 'request', node: 1, value: 'x' }] }),
    );
    sim.runToEnd();
    const acks = messagesOfType(sim, 'AppendEntriesResponse').filter((m) => m.payload.success);
    expect(acks.some((m) => m.payload.index === 2)).toBe(true);
    expect(acks.every((m) => m.payload.index <= 2)).toBe(true);
    expect(englishNote(raft.describe(acks.find((m) => m.payload.index === 2)!.payload).label)).toBe('AppendEntries reply(term 1, ok, match 2)');
  });
});

describe('Raft client requests', () => {
  it('§8 a leader appends a request; a follower forwards it to the leader it knows', () => {
    const sim = simulate(
      raftScenario({
        nodes: 3,
        until: 500,
        params: manualElections,
        actions: [
          { at: 10, do: 'timeout', node: 1 },
          { at: 100, do: 'request', node: 1, value: 'x=1' },
          { at: 200, do: 'request', node: 3, value: 'x=2' },
        ],
      }),
    );
    sim.runToEnd();
    for (let id = 1; id <= 3; id++) {
      expect(valuesOf(sim, id)).toEqual([null, 'x=1', 'x=2']);
      expect(sim.state(id).commitIndex).toBe(3);
    }
    expect(notes(sim)).toContain('S3 forwards request "x=2" to leader S1');
    expect(notes(sim)).toContain('S1 appends "x=2" at index 3 in term 1 (forwarded by S3)');
    expect(spoken(raft.view(sim.state(3), true).lastRequest)).toEqual({ value: 'x=2', outcome: 'forwarded to S1' });
    expect(spoken(raft.view(sim.state(1), true).lastRequest)).toEqual({ value: 'x=2', outcome: 'appended at index 3, term 1 (forwarded by S3)' });
    const forwarded = messagesOfType(sim, 'ClientRequest');
    expect(forwarded.map((m) => [m.from, m.to, m.payload.value])).toEqual([[3, 1, 'x=2']]);
  });

  it('§8 a follower that knows no leader, and a candidate, reject a request', () => {
    const sim = simulate(
      raftScenario({
        nodes: 3,
        until: 300,
        params: manualElections,
        actions: [
          { at: 0, do: 'partition', groups: [[1], [2, 3]] },
          { at: 5, do: 'request', node: 2, value: 'early' },
          { at: 10, do: 'timeout', node: 1 },
          { at: 20, do: 'request', node: 1, value: 'during' },
        ],
      }),
    );
    sim.runToEnd();
    expect(notes(sim)).toContain('S2 rejects request "early": no leader known');
    expect(notes(sim)).toContain('S1 rejects request "during": an election is in progress (candidate)');
    expect(spoken(raft.view(sim.state(1), true).lastRequest)).toEqual({ value: 'during', outcome: 'rejected: an election is in progress (candidate)' });
    for (let id = 1; id <= 3; id++) expect(valuesOf(sim, id)).toEqual([]);
  });
});
