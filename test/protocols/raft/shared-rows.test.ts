// Rows shared with checkpoints (src/protocols/raft/shared-rows.ts): a row a checkpoint holds
// never changes; rows past it may be cut.
import { describe, expect, it } from 'vitest';
import { holdRows, rowsForAppend, type SharedRows } from '../../../src/protocols/raft/shared-rows';

interface Pair extends SharedRows {
  a: number[];
  b: string[];
}
const pair = (a: number[], b: string[]): Pair => ({ a, b, columns: [a, b], held: 0 });
const copyPair = (rows: Pair, at: number): Pair => pair(rows.a.slice(0, at), rows.b.slice(0, at));

describe('shared rows', () => {
  it('appending below what a checkpoint holds continues on a copy; past it, the stale rows are cut', () => {
    const rows = pair([1, 2, 3, 4, 5], ['a', 'b', 'c', 'd', 'e']);
    holdRows(rows, 3);
    holdRows(rows, 2); // held only grows
    expect(rows.held).toBe(3);
    const copy = rowsForAppend(rows, 1, copyPair);
    expect(copy).not.toBe(rows);
    expect(copy.a).toEqual([1]);
    expect(copy.held).toBe(0);
    expect(rows.a).toEqual([1, 2, 3, 4, 5]); // what the checkpoint holds is untouched
    const same = rowsForAppend(rows, 4, copyPair);
    expect(same).toBe(rows);
    expect(rows.a).toEqual([1, 2, 3, 4]);
    expect(rows.b).toEqual(['a', 'b', 'c', 'd']);
    expect(rowsForAppend(rows, 4, copyPair)).toBe(rows); // at the end: nothing to cut
  });
});
