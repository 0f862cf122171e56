// Validity (a commit needs every participant's yes) remembers the transactions whose yes votes it
// found complete at a commit record, and skips the count at the next nodes' commit records. What
// it reports must be what a count at every record reports: the first commit without every yes,
// once per transaction, whatever was remembered, also across a saved and loaded memory.

import { describe, expect, it } from 'vitest';
import type { Invariant, World } from '../../../src/engine/types';
import { validity, type HasLog } from '../../../src/protocols/commit-common/invariants';
import { CommitLog, type LogKind } from '../../../src/protocols/commit-common/log';

const nodes = 3;

function world(): World<HasLog> & { states: HasLog[] } {
  const states = Array.from({ length: nodes }, () => ({ log: CommitLog.empty() }));
  return { now: 0, states, up: states.map(() => true), params: {}, requests: [] };
}

/** Node `node` logs `kind` for t; then the invariant checks it; returns what it reports (as text). */
function step(invariant: Invariant<HasLog>, w: World<HasLog> & { states: HasLog[] }, memory: unknown, node: number, kind: LogKind, t: string): string | null {
  w.states[node - 1].log.append(kind, 0, t);
  const result = invariant.check(w, memory, node);
  return result === null ? null : `${result.detail.key} ${JSON.stringify(result.detail.params)}`;
}

describe('2PC/3PC Validity', () => {
  it('counts the yes votes once a transaction is complete, and still reports a commit without them, once', () => {
    const invariant = validity<HasLog>();
    const w = world();
    const memory = invariant.initialMemory();
    expect(step(invariant, w, memory, 2, 'yes', 't1')).toBeNull();
    expect(step(invariant, w, memory, 3, 'yes', 't1')).toBeNull();
    expect(step(invariant, w, memory, 1, 'commit', 't1')).toBeNull();
    // Saved and loaded between the commits: the loaded memory knows t1 as the saved one did.
    const loaded = invariant.loadMemory!(invariant.saveMemory!(memory));
    expect(step(invariant, w, loaded, 2, 'commit', 't1')).toBeNull();
    expect(step(invariant, w, loaded, 3, 'commit', 't1')).toBeNull();
    // t2: S3's yes is missing at the first commit: reported there, and not again.
    expect(step(invariant, w, loaded, 2, 'yes', 't2')).toBeNull();
    expect(step(invariant, w, loaded, 1, 'commit', 't2')).toBe('invariant.commit.committedWithoutYes {"t":"t2","node":1,"missing":[3]}');
    expect(step(invariant, w, loaded, 3, 'yes', 't2')).toBeNull();
    expect(step(invariant, w, loaded, 2, 'commit', 't2')).toBeNull();
    expect(step(invariant, w, loaded, 3, 'commit', 't2')).toBeNull();
    // The memory saved before t2 still reports it (a checkpoint's memory is never written), on a
    // log that took another course after t1 (S1 read up to its commit of t1 there).
    const early = invariant.loadMemory!(invariant.saveMemory!(memory));
    const other = world();
    other.states[0].log.append('commit', 0, 't1');
    expect(step(invariant, other, early, 1, 'commit', 't2')).toBe('invariant.commit.committedWithoutYes {"t":"t2","node":1,"missing":[2,3]}');
  });
});
