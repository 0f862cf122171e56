// The commit rule (Raft §5.4.2, Figure 8) and what can and cannot commit under partitions.
import { describe, expect, it } from 'vitest';
import type { Action } from '../../../src/engine/types';
import { FIGURE_8_ACTIONS } from '../../../src/lessons/raft';
import { committedValues, leaders, manualElections, notes, raftScenario, simulate, termsOf, valuesOf } from './helpers';
import { englishNote } from '../../../src/i18n/note';

/**
 * Figure 8 of the paper, step by step (the Figure 8 lesson's actions). `finish`: 'd' — S1
 * crashes with the term-2 entry on a majority but nothing of term 4 replicated; 'e' — S1
 * first replicates a term-4 entry (x=4 at 900 ms) to a majority.
 */
function figure8Actions(finish: 'd' | 'e'): Action[] {
  if (finish === 'd') return FIGURE_8_ACTIONS;
  const at = FIGURE_8_ACTIONS.findIndex((action) => action.at > 900);
  return [...FIGURE_8_ACTIONS.slice(0, at), { at: 900, do: 'request', node: 1, value: 'x=4' }, ...FIGURE_8_ACTIONS.slice(at)];
}

const figure8 = (finish: 'd' | 'e', unsafe = false) =>
  simulate(
    raftScenario({
      nodes: 5,
      until: 2000,
      // The paper's figure has no no-op: with one, S1 would replicate a term-4 entry at once.
      params: { ...manualElections, leaderNoop: false, unsafeCommitOldTerms: unsafe },
      actions: figure8Actions(finish),
    }),
  );

describe('Raft commit rule', () => {
  it('§5.4.2 Figure 8 (c)→(d): an older-term entry on a majority is not committed, and may be overwritten', () => {
    const sim = figure8('d');
    sim.runUntil(990);
    // (c): S1 leads term 4 and has put x=2 (term 2) on S1, S2, S3 — a majority — yet not committed it.
    expect(leaders(sim)).toEqual([1]);
    expect(sim.state(1).currentTerm).toBe(4);
    for (const id of [1, 2, 3]) expect(termsOf(sim, id)).toEqual([1, 2]);
    expect(sim.state(1).commitIndex).toBeLessThan(2);
    expect(sim.state(2).commitIndex).toBe(1);
    expect(termsOf(sim, 5)).toEqual([1, 3]);
    sim.runUntil(1200);
    // (d): S5 wins term 5 with S2, S3, S4 (its last term 3 beats their 2) and overwrites index 2.
    expect(leaders(sim)).toEqual([5]);
    expect(sim.state(5).currentTerm).toBe(5);
    for (const id of [2, 3, 4]) expect(valuesOf(sim, id)).toEqual(['x=1', 'x=3']);
    // Still nothing of an older term committed by counting: index 2 (term 3) waits for term 5.
    expect(sim.state(5).commitIndex).toBeLessThan(2);
    sim.runToEnd();
    // With x=5 of term 5 on a majority, index 2 commits with it.
    for (const id of [2, 3, 4, 5]) expect(committedValues(sim, id)).toEqual(['x=1', 'x=3', 'x=5']);
    expect(sim.violations).toEqual([]);
  });

  it('§5.4.2 Figure 8 (e): once a current-term entry is on a majority, it and the older entry before it commit', () => {
    const sim = figure8('e');
    sim.runUntil(990);
    expect(leaders(sim)).toEqual([1]);
    for (const id of [1, 2, 3]) expect(termsOf(sim, id)).toEqual([1, 2, 4]);
    expect(sim.state(1).commitIndex).toBe(3);
    expect(committedValues(sim, 1)).toEqual(['x=1', 'x=2', 'x=4']);
    sim.runToEnd();
    // S5 can no longer be elected: S2 and S3 hold a newer last term (4 > 3), §5.4.1.
    expect(leaders(sim)).toEqual([]);
    expect(notes(sim)).toContain('S2 refuses its vote to S5 in term 5: its log is more up-to-date (§5.4.1)');
    for (const id of [2, 3]) expect(committedValues(sim, id)).toEqual(['x=1', 'x=2', 'x=4']);
    expect(sim.violations).toEqual([]);
  });

  it('§5.4.2 teaching toggle: committing older-term entries by counting replicas is caught by the invariants', () => {
    const sim = figure8('d', true);
    sim.runUntil(990);
    // The broken leader commits x=2 (term 2) in term 4 because three nodes hold it.
    expect(sim.state(1).commitIndex).toBe(2);
    expect(notes(sim)).toContain('S1 commits up to index 2 (term 2) by counting replicas: UNSAFE (Figure 8)');
    expect(sim.violations).toEqual([]);
    sim.runToEnd();
    const found = sim.violations.map((v) => v.invariant);
    expect(found).toContain('LeaderCompleteness');
    expect(found).toContain('StateMachineSafety');
    const completeness = sim.violations.find((v) => v.invariant === 'LeaderCompleteness')!;
    expect(englishNote(completeness.detail)).toBe('S5 is leader of term 5 but lacks the entry at index 2 (term 2), committed by S1 in term 4.');
    expect(completeness.nodes).toEqual([5, 1]);
    expect(completeness.at).toBe(1120);
    const safety = sim.violations.filter((v) => v.invariant === 'StateMachineSafety').map((v) => englishNote(v.detail));
    expect(safety).toContain('S1 committed "x=2" (term 2) at index 2, but S5 committed "x=3" (term 3) there.');
    expect(safety).toContain(
      'S2 replaced an entry it had committed: index 2 now holds "x=3" (term 3), but S1 committed "x=2" (term 2) there.',
    );
  });

  it('§5.4 a leader cut off in a minority never commits; its entries are overwritten after healing', () => {
    const sim = simulate(
      raftScenario({
        nodes: 5,
        until: 1500,
        params: manualElections,
        actions: [
          { at: 10, do: 'timeout', node: 1 },
          { at: 100, do: 'request', node: 1, value: 'a' },
          { at: 200, do: 'partition', groups: [[1, 2], [3, 4, 5]] },
          { at: 210, do: 'request', node: 1, value: 'lost' },
          { at: 300, do: 'timeout', node: 3 },
          { at: 400, do: 'request', node: 3, value: 'b' },
          { at: 700, do: 'heal' },
        ],
      }),
    );
    sim.runUntil(690);
    // Two leaders, of different terms: the old one keeps appending but cannot commit.
    expect(leaders(sim)).toEqual([1, 3]);
    expect(valuesOf(sim, 1)).toEqual([null, 'a', 'lost']);
    expect(valuesOf(sim, 2)).toEqual([null, 'a', 'lost']);
    expect(sim.state(1).commitIndex).toBe(2);
    expect(sim.state(2).commitIndex).toBe(2);
    expect(committedValues(sim, 3)).toEqual([null, 'a', null, 'b']);
    sim.runToEnd();
    expect(leaders(sim)).toEqual([3]);
    for (let id = 1; id <= 5; id++) {
      expect(valuesOf(sim, id)).toEqual([null, 'a', null, 'b']);
      expect(termsOf(sim, id)).toEqual([1, 1, 2, 2]);
      expect(sim.state(id).commitIndex).toBe(4);
    }
    expect(notes(sim).some((line) => line.startsWith('S1 sees term 2') && line.endsWith('steps down from leader'))).toBe(true);
    expect(sim.violations).toEqual([]);
  });

  it('§5.4 with a majority down nothing commits; it does once they are back', () => {
    const sim = simulate(
      raftScenario({
        nodes: 5,
        until: 1500,
        params: manualElections,
        actions: [
          { at: 10, do: 'timeout', node: 1 },
          { at: 100, do: 'request', node: 1, value: 'a' },
          { at: 200, do: 'crash', node: 3 },
          { at: 200, do: 'crash', node: 4 },
          { at: 200, do: 'crash', node: 5 },
          { at: 250, do: 'request', node: 1, value: 'b' },
          { at: 300, do: 'request', node: 2, value: 'c' },
          { at: 1000, do: 'restart', node: 3 },
          { at: 1000, do: 'restart', node: 4 },
        ],
      }),
    );
    for (const t of [300, 600, 990]) {
      sim.runUntil(t);
      expect(sim.state(1).commitIndex).toBe(2);
      expect(sim.state(2).commitIndex).toBe(2);
    }
    expect(valuesOf(sim, 1)).toEqual([null, 'a', 'b', 'c']);
    expect(valuesOf(sim, 2)).toEqual([null, 'a', 'b', 'c']);
    sim.runToEnd();
    for (const id of [1, 2, 3, 4]) expect(committedValues(sim, id)).toEqual([null, 'a', 'b', 'c']);
    expect(sim.violations).toEqual([]);
  });
});
