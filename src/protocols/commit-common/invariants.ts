// Safety of atomic commitment, shared by 2PC and 3PC (Lamport's TCommit: TCConsistent; Gray).
// Both invariants read only the touched node's durable log, from where they last stopped
// (a cursor per node in `memory`): amortized O(1) per event. Decisions and votes are kept in
// memory for the whole run, so a node that crashed (and lost its volatile state) still counts.
// They are set once and never changed, so they live in append-only stores that checkpoints
// share (saveMemory/loadMemory): a checkpoint copies the cursors, not every transaction.

import type { Invariant, InvariantGuard, InvariantResult, NodeId } from '../../engine/types';
import { AppendOnlyMap } from './append-only';
import { copyKeyed, keptKeyed, keyed, type Keyed } from './keyed';
import { runLabels, type Labels } from './labels';
import { COORDINATOR, outcomeOf, type CommitLog } from './log';

/** What the invariants need from a node's state. */
export interface HasLog {
  log: CommitLog;
}

interface AtomicityMemory {
  /** Index i: how many of node i+1's log records have been read. */
  cursor: number[];
  /** The first decision seen per transaction: node · 2 + (1 if commit). Made at the first check, with the run's label table. */
  decided: AppendOnlyMap | null;
  /** Transactions already reported (once each). */
  split: Keyed<true>;
}

interface ValidityMemory {
  cursor: number[];
  /** The run's label table, which the yes stores share (set at the first check; append-only: checkpoints share it too). */
  labels: Labels | null;
  /** Index i: the transactions node i+1 logged a yes vote for. */
  yes: AppendOnlyMap[];
  /**
   * Transactions found with every participant's yes at a commit record: yes records are never
   * lost, so the next commit records of one (every node logs one) need no count.
   */
  complete: AppendOnlyMap | null;
  /** Transactions already reported (once each). */
  reported: Keyed<true>;
}

/**
 * The first record of the touched node's log not read yet (the cursor moves to its end), or -1
 * when nothing is new. A number, not an object: this runs after every event.
 */
function unread(log: CommitLog, cursor: number[], touched: NodeId): number {
  const from = cursor[touched - 1] ?? 0;
  if (log.length <= from) return -1;
  cursor[touched - 1] = log.length;
  return from;
}

export function atomicity<S extends HasLog>(): Invariant<S> {
  return {
    name: 'Atomicity',
    description: 'invariant.commit.Atomicity.description',
    initialMemory: (): AtomicityMemory => ({ cursor: [], decided: null, split: keyed() }),
    saveMemory: (raw) => copyAtomicity(raw as AtomicityMemory, true),
    loadMemory: (saved) => copyAtomicity(saved as AtomicityMemory, false),
    check(world, raw, touched): InvariantResult | null {
      const memory = raw as AtomicityMemory;
      const log = world.states[touched - 1].log;
      const from = unread(log, memory.cursor, touched);
      if (from < 0) return null;
      const decided = (memory.decided ??= AppendOnlyMap.empty(runLabels(world.params)));
      let result: InvariantResult | null = null;
      for (let i = from; i < log.length; i++) {
        const outcome = outcomeOf(log.kind(i));
        if (outcome === null) continue;
        const t = log.label(i);
        const code = touched * 2 + (outcome === 'commit' ? 1 : 0);
        const first = decided.get(t);
        if (first === undefined) {
          decided.add(t, code);
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
    initialMemory: (): ValidityMemory => ({ cursor: [], labels: null, yes: [], complete: null, reported: keyed() }),
    saveMemory: (raw) => copyValidity(raw as ValidityMemory, true),
    loadMemory: (saved) => copyValidity(saved as ValidityMemory, false),
    check(world, raw, touched): InvariantResult | null {
      const memory = raw as ValidityMemory;
      const log = world.states[touched - 1].log;
      const from = unread(log, memory.cursor, touched);
      if (from < 0) return null;
      const n = world.states.length;
      // Participants are nodes 2..n: bits 1..n-1.
      const everyone = ((1 << n) - 1) & ~(1 << (COORDINATOR - 1));
      const labels = (memory.labels ??= runLabels(world.params));
      let result: InvariantResult | null = null;
      for (let i = from; i < log.length; i++) {
        const e = log.kind(i);
        const t = log.label(i);
        if (e === 'yes') (memory.yes[touched - 1] ??= AppendOnlyMap.empty(labels)).add(t, 1);
        else if (e === 'commit' && result === null) {
          const id = labels.id(t);
          if (memory.complete?.hasId(id) || memory.reported[t]) continue;
          const mask = yesMask(memory, n, id);
          if (mask === everyone) {
            (memory.complete ??= AppendOnlyMap.empty(labels)).add(t, 1);
            continue;
          }
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

/** Bit i set when node i+1 logged a yes vote for the label of id `label`. */
function yesMask(memory: ValidityMemory, n: number, label: number): number {
  let mask = 0;
  for (let id = 1; id <= n; id++) if (memory.yes[id - 1]?.hasId(label)) mask |= 1 << (id - 1);
  return mask;
}

/**
 * saveMemory (`saving`) and loadMemory: share the append-only stores and copy the rest, which is
 * small; a saved map that is empty is the shared empty one, a loaded one always a map of its own.
 */
function copyAtomicity(m: AtomicityMemory, saving: boolean): AtomicityMemory {
  return { cursor: m.cursor.slice(), decided: m.decided?.share() ?? null, split: saving ? keptKeyed(m.split) : copyKeyed(m.split) };
}

function copyValidity(m: ValidityMemory, saving: boolean): ValidityMemory {
  return {
    cursor: m.cursor.slice(),
    labels: m.labels,
    yes: m.yes.map((store) => store.share()),
    complete: m.complete?.share() ?? null,
    reported: saving ? keptKeyed(m.reported) : copyKeyed(m.reported),
  };
}

/**
 * The guard of Atomicity and Validity (invariants[0] and [1]): both read only the touched node's
 * log, from where they last stopped, so after an event that wrote no record there (a vote
 * counted, an ack, a timer re-armed: about a third of a 2PC run's events) neither has anything
 * to read, and both are spared. Memory: per node, the log length at its previous check.
 */
export function commitInvariantGuard<S extends HasLog>(): InvariantGuard<S> {
  return {
    initialMemory: (): number[] => [],
    affected(world, raw, touched) {
      const seen = raw as number[];
      const length = world.states[touched - 1].log.length;
      if (seen[touched - 1] === length) return 0;
      seen[touched - 1] = length;
      return 0b11;
    },
  };
}
