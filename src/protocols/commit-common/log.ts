// The durable log of a 2PC/3PC node and the transaction phases derived from it.
// Contract: a node's log is append-only and survives crashes (it is the only persistent state);
// every phase a node can be in after a restart is a pure function of its log (`replayLog`).
// Invariants read new records incrementally, so records are never removed or rewritten.
// Records are data, stored column-wise (kind, time, label): invariants and the view read the
// columns, never a string parsed back. A run with thousands of transactions keeps thousands
// of records, so checkpoints share the columns (append-only.ts's rule) instead of copying them.

import type { NodeId } from '../../engine/types';
import { keyed, type Keyed } from './keyed';
import { PhaseTable } from './phases';

/**
 * A transaction's state at one node. `working`: the coordinator is collecting votes.
 * `prepared`: a participant voted yes and is uncertain (Skeen's state w). `precommitted` (3PC,
 * Skeen's state p). `preaborted` (3PC quorum termination only: the abort-side twin of p).
 */
export type Phase = 'working' | 'prepared' | 'precommitted' | 'preaborted' | 'committed' | 'aborted';

/**
 * Record kinds. `start`: the coordinator began the transaction. `yes`: a participant voted
 * yes (it is prepared). `no`: it voted no (and so aborted unilaterally). `precommit`/`preabort`:
 * 3PC. `commit`/`abort`: the decision at this node. `end`: the coordinator has every
 * participant's Ack and will not resend the decision (Gray's END record).
 */
export type LogKind = 'start' | 'yes' | 'no' | 'precommit' | 'preabort' | 'commit' | 'abort' | 'end';

export type Outcome = 'commit' | 'abort';

export const isDecided = (phase: Phase | undefined): boolean => phase === 'committed' || phase === 'aborted';

/**
 * A node's log, column-wise: record i is (kinds[i], ats[i], labels[i]) for i < length. Shared
 * with checkpoints like an AppendOnlyMap: elements once written never change; a log appends in
 * place only at the columns' end, steps over an equal record when it is behind the end (a
 * replay from a checkpoint), and otherwise copies its own records first.
 */
export class CommitLog {
  private constructor(
    private kinds: LogKind[],
    private ats: number[],
    private labels: string[],
    private count: number,
  ) {}

  static empty(): CommitLog {
    return new CommitLog([], [], [], 0);
  }

  get length(): number {
    return this.count;
  }

  kind(i: number): LogKind {
    return this.kinds[i];
  }

  at(i: number): number {
    return this.ats[i];
  }

  label(i: number): string {
    return this.labels[i];
  }

  append(e: LogKind, at: number, t: string): void {
    const n = this.count;
    if (this.kinds.length !== n) {
      if (this.kinds[n] === e && this.ats[n] === at && this.labels[n] === t) {
        this.count = n + 1;
        return;
      }
      this.kinds = this.kinds.slice(0, n);
      this.ats = this.ats.slice(0, n);
      this.labels = this.labels.slice(0, n);
    }
    this.kinds.push(e);
    this.ats.push(at);
    this.labels.push(t);
    this.count = n + 1;
  }

  /** A log sharing these columns, holding the records this one holds now. O(1). */
  share(): CommitLog {
    return new CommitLog(this.kinds, this.ats, this.labels, this.count);
  }
}

/** The decision a log record carries, if any (a no vote is a unilateral abort). */
export function outcomeOf(kind: LogKind): Outcome | null {
  if (kind === 'commit') return 'commit';
  if (kind === 'abort' || kind === 'no') return 'abort';
  return null;
}

const PHASE_AFTER: Record<Exclude<LogKind, 'end'>, Phase> = {
  start: 'working',
  yes: 'prepared',
  no: 'aborted',
  precommit: 'precommitted',
  preabort: 'preaborted',
  commit: 'committed',
  abort: 'aborted',
};

export interface Replayed {
  /** Every transaction the node has a record of. */
  phases: PhaseTable;
  /** Undecided transactions: when the node's uncertain period began (a participant's yes vote, the coordinator's start or precommit). */
  since: Keyed<number>;
  /** Coordinator: decided transactions without an END record. */
  unended: string[];
}

/** Rebuild every transaction's phase from the log: what a restarted node knows. O(log). */
export function replayLog(log: CommitLog): Replayed {
  const phases = new PhaseTable();
  const since = keyed<number>();
  const ended = keyed<true>();
  for (let i = 0; i < log.length; i++) {
    const e = log.kind(i);
    const at = log.at(i);
    const t = log.label(i);
    if (e === 'end') {
      ended[t] = true;
      continue;
    }
    const before = phases.get(t);
    phases.set(t, PHASE_AFTER[e]);
    // A participant's uncertain period starts at its yes vote: a later precommit/preabort
    // does not restart it. The coordinator's starts at its own precommit.
    if (before === undefined || before === 'working') since[t] = at;
  }
  const unended: string[] = [];
  phases.forEach((t, phase) => {
    if (!isDecided(phase)) return;
    delete since[t];
    if (!ended[t]) unended.push(t);
  }, log);
  return { phases, since, unended };
}

const WORDS: Record<LogKind, string> = {
  start: 'start',
  yes: 'vote yes',
  no: 'vote no',
  precommit: 'precommit',
  preabort: 'preabort',
  commit: 'commit',
  abort: 'abort',
  end: 'end',
};

/** Record i of the log for people: "vote yes t1 @120". */
export function logLine(log: CommitLog, i: number): string {
  return `${WORDS[log.kind(i)]} ${log.label(i)} @${log.at(i)}`;
}

export const COORDINATOR: NodeId = 1;
