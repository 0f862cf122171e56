// The durable log of a 2PC/3PC node and the transaction phases derived from it.
// Contract: a node's log is append-only and survives crashes (it is the only persistent state);
// every phase a node can be in after a restart is a pure function of its log (`replayLog`).
// Invariants read new records incrementally, so records are never removed or rewritten.
// A record is one short line, "<kind> <at> <label>" (the label last: it may hold spaces): the
// engine clones node states into checkpoints, and a run with thousands of transactions keeps
// thousands of records, so they stay primitive strings rather than objects.

import type { NodeId, Note } from '../../engine/types';
import { keyed, type Keyed } from './keyed';

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

export interface LogEntry {
  /** The transaction's label. */
  t: string;
  e: LogKind;
  /** Simulated time of the write. */
  at: number;
}

export type Outcome = 'commit' | 'abort';

/** An outcome as words in a note ({{outcome}}): one shared object each, not one per note. */
export const OUTCOME_WORDS: Readonly<Record<Outcome, Note>> = { commit: { key: 'commit.outcome.commit' }, abort: { key: 'commit.outcome.abort' } };

export const isDecided = (phase: Phase | undefined): boolean => phase === 'committed' || phase === 'aborted';

export const formatEntry = (e: LogKind, at: number, t: string): string => `${e} ${at} ${t}`;

export function parseEntry(line: string): LogEntry {
  const a = line.indexOf(' ');
  const b = line.indexOf(' ', a + 1);
  return { e: line.slice(0, a) as LogKind, at: Number(line.slice(a + 1, b)), t: line.slice(b + 1) };
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
  phases: Keyed<Phase>;
  /** Undecided transactions: when the node's uncertain period began (a participant's yes vote, the coordinator's start or precommit). */
  since: Keyed<number>;
  /** Coordinator: decided transactions without an END record. */
  unended: string[];
}

/** Rebuild every transaction's phase from the log: what a restarted node knows. O(log). */
export function replayLog(log: readonly string[]): Replayed {
  const phases = keyed<Phase>();
  const since = keyed<number>();
  const ended = keyed<true>();
  for (const line of log) {
    const { e, at, t } = parseEntry(line);
    if (e === 'end') {
      ended[t] = true;
      continue;
    }
    const before = phases[t];
    phases[t] = PHASE_AFTER[e];
    // A participant's uncertain period starts at its yes vote: a later precommit/preabort
    // does not restart it. The coordinator's starts at its own precommit.
    if (before === undefined || before === 'working') since[t] = at;
  }
  const unended: string[] = [];
  for (const t in phases) {
    if (!isDecided(phases[t])) continue;
    delete since[t];
    if (!ended[t]) unended.push(t);
  }
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

/** A log record for people: "vote yes t1 @120". */
export function logLine(line: string): string {
  const { e, at, t } = parseEntry(line);
  return `${WORDS[e]} ${t} @${at}`;
}

export const COORDINATOR: NodeId = 1;
