// The invariants catch broken variants of Raft. Each variant wraps the real protocol and breaks
// exactly one rule; the runs are real engine runs.
import { describe, expect, it } from 'vitest';
import type { Action, Invariant, Protocol, World } from '../../../src/engine/types';
import { raft, raftLogFrom, type RaftMessage, type RaftState } from '../../../src/protocols/raft';
import { appendEntry, lastLogIndex, logEntries, termAt, truncateLog } from '../../../src/protocols/raft/log';
import { leaderCompleteness, raftInvariantGuard, raftInvariants, stateMachineSafety } from '../../../src/protocols/raft/invariants';
import { initialState } from '../../../src/protocols/raft/node';
import { randomScenario } from '../../../src/explore/random-schedule';
import { entriesOfTerms, manualElections, raftScenario, raftWithInitialState, simulate } from './helpers';
import { englishNote } from '../../../src/i18n/note';

type RaftProtocol = Protocol<RaftState, RaftMessage>;

const invariantsOf = (protocol: RaftProtocol, actions: Action[], nodes = 3) => {
  const sim = simulate(raftScenario({ nodes, until: 600, params: manualElections, actions }), protocol);
  sim.runToEnd();
  return sim.violations;
};

/** A memory's content: its fields, with its shared rows (shared-rows.ts) cut to its own length. */
function contentOf(memory: unknown): { rows: Record<string, unknown[]> } & Record<string, unknown> {
  const { rows, length, ...rest } = memory as { rows: { columns: unknown; held: number } & Record<string, unknown[]>; length: number };
  const cut: Record<string, unknown[]> = {};
  for (const [name, column] of Object.entries(rows)) if (name !== 'columns' && name !== 'held') cut[name] = (column as unknown[]).slice(0, length);
  return { ...rest, rows: cut };
}

describe('Raft invariants', () => {
  it('§5.2 ElectionSafety: a voter that forgets its vote lets two leaders win one term', () => {
    const forgetful: RaftProtocol = {
      ...raft,
      onMessage(ctx, state, from, message) {
        if (message.type === 'RequestVote') state.votedFor = null; // broken: one vote per term
        raft.onMessage(ctx, state, from, message);
      },
    };
    const violations = invariantsOf(forgetful, [
      { at: 10, do: 'timeout', node: 1 },
      { at: 10, do: 'timeout', node: 3 },
    ]);
    expect(violations.map((v) => v.invariant)).toContain('ElectionSafety');
    const v = violations.find((x) => x.invariant === 'ElectionSafety')!;
    expect(englishNote(v.detail)).toMatch(/^S[13] and S[13] were both leader in term 1\.$/);
    expect(v.nodes.sort()).toEqual([1, 3]);
  });

  it('§5.3 LeaderAppendOnly: a leader that drops its last entry is caught', () => {
    const forgetting: RaftProtocol = {
      ...raft,
      onTimer(ctx, state, timer) {
        if (state.role === 'leader' && lastLogIndex(state.log) === 2) {
          state.log = raftLogFrom([logEntries(state.log)[0]]); // broken
        }
        raft.onTimer(ctx, state, timer);
      },
    };
    const violations = invariantsOf(forgetting, [
      { at: 10, do: 'timeout', node: 1 },
      { at: 100, do: 'request', node: 1, value: 'x' },
    ]);
    const v = violations.find((x) => x.invariant === 'LeaderAppendOnly')!;
    expect(englishNote(v.detail)).toBe('S1, leader of term 1, shrank its log from 2 to 1 entries.');
    expect(v.nodes).toEqual([1]);
  });

  it('§5.3 LeaderAppendOnly: a leader that rewrites an entry in place is caught', () => {
    const rewriting: RaftProtocol = {
      ...raft,
      onTimer(ctx, state, timer) {
        if (state.role === 'leader' && logEntries(state.log)[1]?.value === 'x') {
          state.log = raftLogFrom([
            logEntries(state.log)[0],
            { term: termAt(state.log, 2), value: 'y' }, // broken
          ]);
        }
        raft.onTimer(ctx, state, timer);
      },
    };
    const violations = invariantsOf(rewriting, [
      { at: 10, do: 'timeout', node: 1 },
      { at: 100, do: 'request', node: 1, value: 'x' },
    ]);
    expect(englishNote(violations.find((x) => x.invariant === 'LeaderAppendOnly')!.detail)).toBe(
      'S1, leader of term 1, overwrote entries at or before index 2.',
    );
  });

  it('§5.3 LogMatching: a follower that stores a different command under the same index and term is caught', () => {
    const forging: RaftProtocol = {
      ...raft,
      onMessage(ctx, state, from, message) {
        raft.onMessage(ctx, state, from, message);
        if (ctx.self === 2 && lastLogIndex(state.log) >= 2 && logEntries(state.log)[0].value !== 'forged') {
          const entries = logEntries(state.log).map((entry, i) => (i === 0 ? { term: entry.term, value: 'forged' } : entry));
          state.log = raftLogFrom(entries); // broken: entry 1 differs, entry 2 still claims (2, term)
        }
      },
    };
    const violations = invariantsOf(forging, [
      { at: 10, do: 'timeout', node: 1 },
      { at: 100, do: 'request', node: 1, value: 'x' },
    ]);
    const v = violations.find((x) => x.invariant === 'LogMatching')!;
    expect(englishNote(v.detail)).toBe('S2 and S1 both hold an entry at index 2 of term 1, but their logs differ up to it.');
    expect(v.nodes).toEqual([2, 1]);
  });

  it('§5.4.3 StateMachineSafety: a follower that takes leaderCommit without the entries is caught', () => {
    // S3 holds stale entries of term 2 where the others hold entries of term 3 (a Figure 7 (f)-like log).
    const seeded = raftWithInitialState({
      1: { term: 3, log: entriesOfTerms([1, 3, 3]) },
      2: { term: 3, log: entriesOfTerms([1, 3, 3]) },
      3: { term: 3, log: entriesOfTerms([1, 2, 2, 2, 2]) },
    });
    const eager: RaftProtocol = {
      ...seeded,
      onMessage(ctx, state, from, message) {
        seeded.onMessage(ctx, state, from, message);
        // broken: Figure 2 says min(leaderCommit, index of last new entry), and only on success
        if (message.type === 'AppendEntries' && message.leaderCommit > state.commitIndex) state.commitIndex = message.leaderCommit;
      },
    };
    const violations = invariantsOf(eager, [{ at: 10, do: 'timeout', node: 1 }]);
    const v = violations.find((x) => x.invariant === 'StateMachineSafety')!;
    expect(englishNote(v.detail)).toBe('S1 committed "e2t3" (term 3) at index 2, but S3 committed "e2t2" (term 2) there.');
    expect(v.nodes).toEqual([1, 3]);
    // The same seeded cluster with the real rule is clean.
    expect(invariantsOf(seeded, [{ at: 10, do: 'timeout', node: 1 }])).toEqual([]);
  });

  it('the invariant guard hides nothing: with and without it, broken variants give the same violations', () => {
    // The guard checks only the invariants that read a field (role, term, log, commitIndex) the
    // event changed at the touched node. Over random fault schedules of variants that do break
    // safety, the violations must be exactly those found by checking everything after every event.
    const broken: RaftProtocol = {
      ...raft,
      onMessage(ctx, state, from, message) {
        raft.onMessage(ctx, state, from, message);
        // broken four ways: a voter forgets its vote (§5.2); a follower takes leaderCommit as is
        // (Figure 2); now and then a follower loses its last entry, committed or not, and a
        // leader its last entry (§5.3)
        if (message.type === 'RequestVote' && from % 2 === 0) state.votedFor = null;
        if (message.type === 'AppendEntries' && message.leaderCommit > state.commitIndex) {
          state.commitIndex = Math.min(message.leaderCommit, lastLogIndex(state.log));
        }
        const dropLast = (message.type === 'AppendEntries' && ctx.now % 13 === 0) || (message.type === 'AppendEntriesResponse' && ctx.now % 17 === 0);
        if (dropLast && logEntries(state.log).length > 1) state.log = raftLogFrom(logEntries(state.log).slice(0, -1));
      },
    };
    const variants: [string, RaftProtocol, Record<string, unknown>][] = [
      ['broken rules', broken, {}],
      ['Figure 8 teaching toggle', raft, { unsafeCommitOldTerms: true }],
    ];
    for (const [label, variant, params] of variants) {
      const unguarded: RaftProtocol = { ...variant, invariantGuard: undefined };
      let runsWithViolations = 0;
      for (let seed = 1; seed <= 150; seed++) {
        const scenario = randomScenario('raft', seed, {
          nodes: 5,
          until: 3000,
          faults: 10,
          requests: 12,
          network: { latencyMsMin: 5, latencyMsMax: 40, dropRatio: 0.05, duplicateRatio: 0 },
          params,
        });
        const guarded = simulate(scenario, variant);
        const everyTime = simulate(scenario, unguarded);
        guarded.runToEnd();
        everyTime.runToEnd();
        expect(guarded.violations, `${label}, seed ${seed}`).toEqual(everyTime.violations);
        if (guarded.violations.length > 0) runsWithViolations++;
      }
      if (label === 'broken rules') expect(runsWithViolations).toBeGreaterThan(20); // not vacuous
    }
  });

  it('the guard: a follower whose log grows checks LogMatching and StateMachineSafety, and LeaderCompleteness only past an old end below its commitIndex', () => {
    const bitOf = (name: string) => 1 << raftInvariants.findIndex((invariant) => invariant.name === name);
    const follower: RaftState = { ...initialState(), currentTerm: 2, commitIndex: 2, log: raftLogFrom(entriesOfTerms([1, 2])) };
    const world: World<RaftState> = { now: 0, states: [follower], up: [true], params: {}, requests: [] };
    const memory = raftInvariantGuard.initialMemory();
    expect(raftInvariantGuard.affected(world, memory, 1)).toBe(0b11111); // first sight: everything
    expect(raftInvariantGuard.affected(world, memory, 1)).toBe(0); // nothing changed
    follower.log = raftLogFrom(entriesOfTerms([1, 2, 2]));
    expect(raftInvariantGuard.affected(world, memory, 1)).toBe(bitOf('LogMatching') | bitOf('StateMachineSafety'));
    // A (broken) follower committed past its log's end: when the log grows there, LeaderCompleteness reads it.
    follower.commitIndex = 5;
    raftInvariantGuard.affected(world, memory, 1);
    follower.log = raftLogFrom(entriesOfTerms([1, 2, 2, 2]));
    expect(raftInvariantGuard.affected(world, memory, 1)).toBe(bitOf('LogMatching') | bitOf('StateMachineSafety') | bitOf('LeaderCompleteness'));
    follower.role = 'leader';
    expect(raftInvariantGuard.affected(world, memory, 1)).toBe(bitOf('ElectionSafety') | bitOf('LeaderAppendOnly') | bitOf('LeaderCompleteness'));
  });

  it('the guard sees a log cut back and grown again to its old length (its version moved, though its length did not)', () => {
    const bitOf = (name: string) => 1 << raftInvariants.findIndex((invariant) => invariant.name === name);
    const follower: RaftState = { ...initialState(), currentTerm: 3, commitIndex: 1, log: raftLogFrom(entriesOfTerms([1, 2, 2])) };
    const world: World<RaftState> = { now: 0, states: [follower], up: [true], params: {}, requests: [] };
    const memory = raftInvariantGuard.initialMemory();
    raftInvariantGuard.affected(world, memory, 1);
    const before = follower.log.version;
    truncateLog(follower.log, 1);
    appendEntry(follower.log, 3, 'x');
    appendEntry(follower.log, 3, 'y');
    expect(lastLogIndex(follower.log)).toBe(3);
    expect(follower.log.version).not.toBe(before);
    expect(raftInvariantGuard.affected(world, memory, 1)).toBe(bitOf('LogMatching') | bitOf('StateMachineSafety'));
    expect(raftInvariantGuard.affected(world, memory, 1)).toBe(0);
  });

  it('a saved invariant memory never changes while the run goes on (checkpoints share arrays)', () => {
    // What a memory holds: its fields, and its shared rows up to its own length (rows past it
    // belong to the run further on, shared-rows.ts).
    // Every 40 checks, save each memory and keep a deep copy of what it loads to; at the end,
    // loading each saved memory must still give that copy, whatever the run did in place since.
    const saves: { invariant: Invariant<RaftState>; saved: unknown; expected: unknown }[] = [];
    const watched = (invariant: Invariant<RaftState>): Invariant<RaftState> => {
      let calls = 0;
      return {
        ...invariant,
        check(world, memory, touched) {
          const result = invariant.check(world, memory, touched);
          if (++calls % 40 === 0) {
            const saved = invariant.saveMemory!(memory);
            saves.push({ invariant, saved, expected: structuredClone(contentOf(invariant.loadMemory!(saved))) });
          }
          return result;
        },
      };
    };
    const shared = raftInvariants.filter((invariant) => invariant.saveMemory !== undefined);
    expect(shared.map((invariant) => invariant.name)).toEqual(['LogMatching', 'LeaderCompleteness', 'StateMachineSafety']);
    for (const [variant, params] of [
      [raft, {}],
      [raft, { unsafeCommitOldTerms: true }],
    ] as const) {
      const protocol: RaftProtocol = { ...variant, invariantGuard: undefined, invariants: variant.invariants.map((i) => (i.saveMemory ? watched(i) : i)) };
      for (let seed = 1; seed <= 40; seed++) {
        const scenario = randomScenario('raft', seed, {
          nodes: 5,
          until: 3000,
          faults: 12,
          requests: 15,
          network: { latencyMsMin: 5, latencyMsMax: 40, dropRatio: 0.05, duplicateRatio: 0.05 },
          params,
        });
        simulate(scenario, protocol).runToEnd();
      }
    }
    expect(saves.length).toBeGreaterThan(100);
    for (const { invariant, saved, expected } of saves) expect(contentOf(invariant.loadMemory!(saved))).toEqual(expected);
  });

  it('§5.4 LeaderCompleteness lowers a commit term in a copy when a checkpoint holds the old one', () => {
    const state = (term: number): RaftState => ({ ...initialState(), currentTerm: term, commitIndex: 2, log: raftLogFrom(entriesOfTerms([1, 1])) });
    const states = [state(5), state(3)];
    const world: World<RaftState> = { now: 0, states, up: [true, true], params: {}, requests: [] };
    const memory = leaderCompleteness.initialMemory();
    leaderCompleteness.check(world, memory, 1); // S1 reports indexes 1 and 2 committed in term 5
    const saved = leaderCompleteness.saveMemory!(memory);
    const expected = structuredClone(contentOf(leaderCompleteness.loadMemory!(saved)));
    leaderCompleteness.check(world, memory, 2); // S2, in term 3, lowers both
    expect(contentOf(memory).rows.commitTerm).toEqual([0, 3, 3]);
    expect(contentOf(leaderCompleteness.loadMemory!(saved))).toEqual(expected);
    expect(expected.rows.commitTerm).toEqual([0, 5, 5]);
  });

  it('§5.4.3 StateMachineSafety checks a span of new commits against the commits seen before, and names the first entry that differs', () => {
    // S1 commits 1..3 first; the others then commit spans that start below what was seen and end past it.
    const state = (values: string[], commitIndex: number): RaftState => ({
      ...initialState(),
      currentTerm: 1,
      commitIndex,
      log: raftLogFrom(values.map((value) => ({ term: 1, value }))),
    });
    const check = (states: RaftState[], ...order: number[]) => {
      const world: World<RaftState> = { now: 0, states, up: states.map(() => true), params: {}, requests: [] };
      const memory = stateMachineSafety.initialMemory();
      return order.map((node) => stateMachineSafety.check(world, memory, node));
    };
    const same = check([state(['a', 'b', 'c'], 3), state(['a', 'b', 'c', 'd'], 1), state(['a', 'b', 'c', 'd'], 4)], 1, 2, 3, 2);
    expect(same).toEqual([null, null, null, null]);
    // S2 holds the committed "a" but not "b" and "c": the report names index 2, not the span's end.
    const [, differs] = check([state(['a', 'b', 'c'], 3), state(['a', 'x', 'y', 'd'], 4)], 1, 2);
    expect(englishNote(differs!.detail)).toBe('S1 committed "b" (term 1) at index 2, but S2 committed "x" (term 1) there.');
    expect(differs!.nodes).toEqual([1, 2]);
  });

  it('the safe protocol runs the same schedules with no violation', () => {
    expect(invariantsOf(raft, [{ at: 10, do: 'timeout', node: 1 }, { at: 10, do: 'timeout', node: 3 }])).toEqual([]);
    expect(invariantsOf(raft, [{ at: 10, do: 'timeout', node: 1 }, { at: 100, do: 'request', node: 1, value: 'x' }])).toEqual([]);
  });
});
