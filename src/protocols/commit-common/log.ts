// The durable log of a 2PC/3PC node and the transaction phases derived from it.
// Contract: a node's log is append-only and survives crashes (it is the only persistent state);
// every phase a node can be in after a restart is a pure function of its log (`replayLog`).
// Invariants read new records incrementally, so records are never removed or rewritten.
// Records are data, stored column-wise (kind, time, label): invariants and the view read the
// columns, never a string parsed back. A run with thousands of transactions keeps thousands
// of records, so checkpoints share the columns (append-only.ts's rule) instead of copying them.

import { grow } from '../../engine/columns';
import type { NodeId, Note } from '../../engine/types';
import { keyed, type Keyed } from './keyed';
import { Labels } from './labels';
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

/** An outcome as words in a note ({{outcome}}): one shared object each, not one per note. */
export const OUTCOME_WORDS: Readonly<Record<Outcome, Note>> = { commit: { key: 'commit.outcome.commit' }, abort: { key: 'commit.outcome.abort' } };

export const isDecided = (phase: Phase | undefined): boolean => phase === 'committed' || phase === 'aborted';

/** Record kinds by code, as the kind column stores them. */
const KINDS: readonly LogKind[] = ['start', 'yes', 'no', 'precommit', 'preabort', 'commit', 'abort', 'end'];
const KIND_CODE = Object.fromEntries(KINDS.map((kind, code) => [kind, code])) as Record<LogKind, number>;

/**
 * The columns of a log, shared by the logs that hold a prefix of it. `size` is how many records
 * are written; the columns may be longer (room to grow), and growing replaces them here with
 * longer copies, so every sharer sees the same records through them. A record's transaction is
 * its label's id in the log's label table (labels.ts), not the label: a 10-minute run's logs
 * held some 200 000 label references in growing JS arrays, which the collector scanned and
 * copied as they grew (a 600 s 3PC run's last minute spent 7 ms in appends against 0.3 ms in
 * its first: issue 13).
 */
interface Columns {
  kinds: Uint8Array;
  ats: Int32Array;
  ids: Int32Array;
  size: number;
}

/**
 * A node's log, column-wise: record i is (kind, time, label) for i < length. Shared with
 * checkpoints like an AppendOnlyMap: records once written never change; a log appends in place
 * only at the end of its columns, steps over an equal record when it is behind the end (a replay
 * from a checkpoint), and otherwise copies its own records first.
 */
export class CommitLog {
  private constructor(
    /** The table its records' label ids are of: the run's (runLabels), which every store of the run shares. */
    readonly labels: Labels,
    private columns: Columns,
    private count: number,
  ) {}

  static empty(labels: Labels = new Labels()): CommitLog {
    return new CommitLog(labels, { kinds: new Uint8Array(16), ats: new Int32Array(16), ids: new Int32Array(16), size: 0 }, 0);
  }

  get length(): number {
    return this.count;
  }

  kind(i: number): LogKind {
    return KINDS[this.columns.kinds[i]];
  }

  at(i: number): number {
    return this.columns.ats[i];
  }

  label(i: number): string {
    return this.labels.names[this.columns.ids[i]];
  }

  /** Record i's label as its id in `labels`. */
  labelId(i: number): number {
    return this.columns.ids[i];
  }

  append(e: LogKind, at: number, t: string): void {
    const n = this.count;
    const code = KIND_CODE[e];
    const id = this.labels.id(t);
    const columns = this.columns;
    // The usual case, at the end of columns with room; the rest apart (appendApart), so that V8
    // inlines this where a node logs.
    if (columns.size !== n || n >= columns.kinds.length) return this.appendApart(code, at, id);
    columns.kinds[n] = code;
    columns.ats[n] = at;
    columns.ids[n] = id;
    columns.size = n + 1;
    this.count = n + 1;
  }

  /** append, behind the end of shared columns (a replay, or a fork) or where they must grow. */
  private appendApart(code: number, at: number, id: number): void {
    const n = this.count;
    let columns = this.columns;
    if (columns.size !== n) {
      if (columns.kinds[n] === code && columns.ats[n] === at && columns.ids[n] === id) {
        this.count = n + 1;
        return;
      }
      columns = this.columns = { kinds: columns.kinds.slice(0, n + 16), ats: columns.ats.slice(0, n + 16), ids: columns.ids.slice(0, n + 16), size: n };
    }
    if (n >= columns.kinds.length) {
      // Doubling, as the append-only stores do (append-only.ts).
      const capacity = Math.max(n + 1, 2 * columns.kinds.length);
      columns.kinds = grow(columns.kinds, capacity);
      columns.ats = grow(columns.ats, capacity);
      columns.ids = grow(columns.ids, capacity);
    }
    columns.kinds[n] = code;
    columns.ats[n] = at;
    columns.ids[n] = id;
    columns.size = n + 1;
    this.count = n + 1;
  }

  /** A log sharing these columns, holding the records this one holds now. O(1). */
  share(): CommitLog {
    return new CommitLog(this.labels, this.columns, this.count);
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
export function replayLog(log: CommitLog, labels: Labels = new Labels()): Replayed {
  const phases = new PhaseTable(labels);
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

/** A durable record as the view shows it: data, worded by the UI in the page's language. */
export interface LogEntryView {
  record: LogKind;
  /** The transaction's label. */
  t: string;
  /** When it was written (ms). */
  at: number;
}

/** Record i of the log, as the view shows it. */
export function logEntry(log: CommitLog, i: number): LogEntryView {
  return { record: log.kind(i), t: log.label(i), at: log.at(i) };
}

export const COORDINATOR: NodeId = 1;
