// Safety of atomic commitment, shared by 2PC and 3PC (Lamport's TCommit: TCConsistent; Gray).
// Both invariants read only the touched node's durable log, from where they last stopped
// (a cursor per node in `memory`): amortized O(1) per event. Decisions and votes are kept in
// memory for the whole run, so a node that crashed (and lost its volatile state) still counts.
// Memory values are numbers, not objects: it is cloned into every checkpoint.

import type { Invariant, InvariantResult, NodeId, World } from '../../engine/types';
import { keyed, type Keyed } from './keyed';
import { COORDINATOR, outcomeOf, parseEntry, type LogEntry } from './log';

/** What the invariants need from a node's state. */
export interface HasLog {
  log: readonly string[];
}

interface AtomicityMemory {
  /** Index i: how many of node i+1's log records have been read. */
  cursor: number[];
  /** The first decision seen per transaction: node · 2 + (1 if commit). */
  decided: Keyed<number>;
  /** Transactions already reported (once each). */
  split: Keyed<true>;
}

interface ValidityMemory {
  cursor: number[];
  /** Per transaction, a bit mask of the participants that logged a yes vote (bit i: node i+1). */
  yes: Keyed<number>;
  /** Transactions already reported (once each). */
  reported: Keyed<true>;
}

/** The touched node's records written since the last call; advances the cursor. */
function unread(world: World<HasLog>, cursor: number[], touched: NodeId): LogEntry[] | null {
  const log = world.states[touched - 1].log;
  const from = cursor[touched - 1] ?? 0;
  if (log.length <= from) return null;
  cursor[touched - 1] = log.length;
  const out: LogEntry[] = [];
  for (let i = from; i < log.length; i++) out.push(parseEntry(log[i]));
  return out;
}

export function atomicity<S extends HasLog>(): Invariant<S> {
  return {
    name: 'Atomicity',
    description: 'invariant.commit.Atomicity.description',
    initialMemory: (): AtomicityMemory => ({ cursor: [], decided: keyed(), split: keyed() }),
    check(world, raw, touched): InvariantResult | null {
      const memory = raw as AtomicityMemory;
      const entries = unread(world, memory.cursor, touched);
      if (entries === null) return null;
      let result: InvariantResult | null = null;
      for (const { e, t } of entries) {
        const outcome = outcomeOf(e);
        if (outcome === null) continue;
        const code = touched * 2 + (outcome === 'commit' ? 1 : 0);
        const first = memory.decided[t];
        if (first === undefined) {
          memory.decided[t] = code;
          continue;
        }
        if ((first & 1) === (code & 1) || memory.split[t] || result !== null) continue;
        memory.split[t] = true;
        const firstNode = first >> 1;
        const [committed, aborted] = outcome === 'commit' ? [touched, firstNode] : [firstNode, touched];
        result = { detail: { key: 'invariant.commit.split', params: { t, committed, aborted } }, nodes: [firstNode, touched] };
      }
      return result;
    },
  };
}

export function validity<S extends HasLog>(): Invariant<S> {
  return {
    name: 'Validity',
    description: 'invariant.commit.Validity.description',
    initialMemory: (): ValidityMemory => ({ cursor: [], yes: keyed(), reported: keyed() }),
    check(world, raw, touched): InvariantResult | null {
      const memory = raw as ValidityMemory;
      const entries = unread(world, memory.cursor, touched);
      if (entries === null) return null;
      const n = world.states.length;
      // Participants are nodes 2..n: bits 1..n-1.
      const everyone = ((1 << n) - 1) & ~(1 << (COORDINATOR - 1));
      let result: InvariantResult | null = null;
      for (const { e, t } of entries) {
        if (e === 'yes') memory.yes[t] = (memory.yes[t] ?? 0) | (1 << (touched - 1));
        else if (e === 'commit' && result === null && !memory.reported[t]) {
          const mask = memory.yes[t] ?? 0;
          if (mask === everyone) continue;
          memory.reported[t] = true;
          const missing: NodeId[] = [];
          for (let id = 2; id <= n; id++) if ((mask & (1 << (id - 1))) === 0) missing.push(id);
          result = {
            detail: { key: 'invariant.commit.committedWithoutYes', params: { t, node: touched, missing } },
            nodes: [touched, ...missing],
          };
        }
      }
      return result;
    },
  };
}
