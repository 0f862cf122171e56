// The replicated log, stored column-wise: index i (1-based, as in the paper) is at [i - 1] of
// each column. A log is its columns and its length; checkpoints hold the same columns and a
// length (saveLog, O(1)), and a restore takes them back (loadLog, O(1) too: a seek in a long
// run no longer copies every node's log). Contract: a row that a checkpoint holds (below the
// columns' `held`) never changes. Truncating only shortens the length; appending where a row
// is already there keeps it when it is the same entry (a replay retracing its run) and
// otherwise copies the columns first (below `held`) or cuts the rows no checkpoint holds.

import type { WireEntry } from './types';

/** Columns shared by a live log and the checkpoints that hold a prefix of them. */
interface LogColumns {
  /** Each entry's term, as numbers: the consistency check and the invariants read little else. */
  readonly terms: number[];
  /**
   * prefixHashes[i - 1] hashes entries 1..i, computed when entry i was appended onto the rows
   * before it (never received: a follower hashes onto its own prefix). The invariants compare
   * prefixes with it in O(1).
   */
  readonly prefixHashes: number[];
  /**
   * The entries as LogEntry objects {term, value} (value: the client's command, or null for the
   * no-op a new leader appends), the form AppendEntries carries: each is made once, by the
   * leader that appends it, and shared by every message and every follower's log that holds it
   * (every message stays in the run's record).
   */
  readonly entries: WireEntry[];
  /** How many leading rows some checkpoint holds: they never change. */
  held: number;
}

export interface RaftLog {
  columns: LogColumns;
  /** The last index: rows past it belong to checkpoints further on, or to no one. */
  length: number;
  /**
   * A number no other log state has had in this thread: every change (an append, a truncation)
   * and every new log takes the next one, so a log whose version has not moved has not changed,
   * and a log replaced by another object is seen too. The invariant guard compares it (one
   * comparison; it read the last prefix hash). Not part of a run's result: views, the trace and
   * its hash leave it out.
   */
  version: number;
}

/** A log as a checkpoint keeps it: the columns, of which the first `length` rows are its own. */
export interface SavedLog {
  readonly columns: LogColumns;
  readonly length: number;
  readonly version: number;
}

let lastVersion = 0;
const nextVersion = (): number => ++lastVersion;

const newColumns = (terms: number[], prefixHashes: number[], entries: WireEntry[]): LogColumns => ({ terms, prefixHashes, entries, held: 0 });

/** The checkpoint form of `log`, sharing its columns (O(1), whatever the length). */
export function saveLog(log: RaftLog): SavedLog {
  if (log.length > log.columns.held) log.columns.held = log.length;
  return { columns: log.columns, length: log.length, version: log.version };
}

/** A live log from a checkpoint's: the same columns (O(1)); it copies them only to change a held row. */
export function loadLog(saved: SavedLog): RaftLog {
  return { columns: saved.columns, length: saved.length, version: saved.version };
}

function mix(h: number, word: number): number {
  h = Math.imul(h ^ word, 0x5bd1e995);
  h ^= h >>> 15;
  return Math.imul(h, 0x27d4eb2d);
}

/** The hash of the empty prefix. */
export const EMPTY_PREFIX_HASH = 0x811c9dc5 | 0;

/**
 * Hash of a log prefix ending in an entry of `term` whose value's hash is `valueHash` (see
 * valueHash below), given the hash of the prefix before it. 32 bits: equal prefixes always hash
 * equal; unequal ones collide with odds ~2^-32, which the invariants accept (a collision could
 * only hide a violation, never invent one). Signed: V8 keeps an int32 as a small integer (in
 * Node), where an unsigned word above 2^31 is a boxed number at every call boundary and a double
 * in every array holding it (the bench's Raft line took 4 % longer with unsigned hashes).
 */
export function prefixHash(previous: number, term: number, valueHash: number): number {
  return mix(mix(previous, term), valueHash);
}

/** A value's hash, the same wherever the entry is (the no-op's is a constant). */
export function valueHash(value: string | null): number {
  if (value === null) return 0x9e3779b9 | 0;
  let h = mix(0x2545f491, value.length + 1);
  for (let i = 0; i < value.length; i++) h = mix(h, value.charCodeAt(i));
  return h;
}

export function emptyLog(): RaftLog {
  return { columns: newColumns([], [], []), length: 0, version: nextVersion() };
}

/** The last index (0 for an empty log). */
export function lastLogIndex(log: RaftLog): number {
  return log.length;
}

export function lastLogTerm(log: RaftLog): number {
  return log.length === 0 ? 0 : log.columns.terms[log.length - 1];
}

/** The term of the entry at `index`, 0 for index 0 (the empty prefix). */
export function termAt(log: RaftLog, index: number): number {
  return index === 0 ? 0 : log.columns.terms[index - 1];
}

/** The entry at `index` (1..lastLogIndex). */
export function entryAt(log: RaftLog, index: number): WireEntry {
  return log.columns.entries[index - 1];
}

/** The prefix hash up to `index` (the empty prefix's for 0). */
export function prefixHashAt(log: RaftLog, index: number): number {
  return index === 0 ? EMPTY_PREFIX_HASH : log.columns.prefixHashes[index - 1];
}

/**
 * An entry as logs and messages share it: made once, by the leader that appends it (or when a
 * log takes an entry it did not make), and never changed (its fields are readonly). A class, not
 * a frozen object literal: `instanceof` tells one apart in a map check, where Object.isFrozen
 * and Object.freeze were calls into the runtime at every append (4 % of Raft's time).
 */
class LogEntry implements WireEntry {
  /**
   * valueHash(value), computed once by whoever makes the entry: every log that takes it then
   * hashes its prefix in two steps, not one per character. Private: not a field of the entry as
   * messages show it, nor copied when one is posted to the page.
   */
  readonly #valueHash: number;

  constructor(
    readonly term: number,
    readonly value: string | null,
  ) {
    this.#valueHash = valueHash(value);
  }

  get valueHash(): number {
    return this.#valueHash;
  }
}

/** Append a new entry (term, value) at the end (a leader's own append). */
export function appendEntry(log: RaftLog, term: number, value: string | null): void {
  appendWire(log, new LogEntry(term, value));
}

/** Append an entry as AppendEntries carries it (the object is kept), hashing it onto this log's own prefix. */
export function appendWire(log: RaftLog, entry: WireEntry): void {
  let columns = log.columns;
  const at = log.length;
  if (at < columns.terms.length) {
    const there = columns.entries[at];
    if (there.term === entry.term && there.value === entry.value) {
      // The same entry on the same rows (a replay after a restore retraces its run): keep it.
      log.length = at + 1;
      log.version = nextVersion();
      return;
    }
    columns = cutRows(log, at);
  }
  const shared = entry instanceof LogEntry ? entry : new LogEntry(entry.term, entry.value);
  columns.terms.push(shared.term);
  columns.prefixHashes.push(prefixHash(prefixHashAt(log, at), shared.term, shared.valueHash));
  columns.entries.push(shared);
  log.length = at + 1;
  log.version = nextVersion();
}

/**
 * Make row `at` the end of the log's columns before an append writes a different entry there:
 * on a copy when a checkpoint holds the row, else by cutting the rows no one reads (left by a
 * truncation or another timeline). Apart from appendWire, which V8 then inlines where entries arrive.
 */
function cutRows(log: RaftLog, at: number): LogColumns {
  const columns = log.columns;
  if (at < columns.held) return (log.columns = newColumns(columns.terms.slice(0, at), columns.prefixHashes.slice(0, at), columns.entries.slice(0, at)));
  columns.terms.length = at;
  columns.prefixHashes.length = at;
  columns.entries.length = at;
  return columns;
}

/** Keep entries 1..length, delete the rest (the rows stay until an append needs them: see the top). */
export function truncateLog(log: RaftLog, length: number): void {
  if (length < log.length) {
    log.length = length;
    log.version = nextVersion();
  }
}

/** Entries 1..lastLogIndex, as a new array (tests and tools; the protocol reads by index). */
export function logEntries(log: RaftLog): WireEntry[] {
  return log.columns.entries.slice(0, log.length);
}

/** A log built from plain entries (e.g. to seed a test with the logs of Figure 7). */
export function raftLogFrom(entries: readonly WireEntry[]): RaftLog {
  const log = emptyLog();
  for (const entry of entries) appendEntry(log, entry.term, entry.value);
  return log;
}

/** Shared by every heartbeat; frozen, as messages are never mutated. */
const NO_ENTRIES: readonly WireEntry[] = Object.freeze([]);

/**
 * The last array wireEntries built. A leader sends the same entries to every caught-up
 * follower in one handler; every message is kept in the run's record, so sharing one
 * array between those messages saves retained objects (and garbage-collector copying).
 * Reused only when it holds the very entry objects that would be taken (entries are shared
 * between logs, so this holds across nodes too); messages are never mutated.
 */
let lastWire: readonly WireEntry[] = NO_ENTRIES;

/** The entries at indexes from..to (1-based, inclusive, clipped), as AppendEntries carries them. */
export function wireEntries(log: RaftLog, from: number, to: number): WireEntry[] {
  const end = Math.min(to, log.length);
  if (end < from) return NO_ENTRIES as WireEntry[];
  if (sameEntries(lastWire, log, from, end)) return lastWire as WireEntry[];
  const out = log.columns.entries.slice(from - 1, end);
  lastWire = out;
  return out;
}

function sameEntries(wire: readonly WireEntry[], log: RaftLog, from: number, end: number): boolean {
  if (wire.length !== end - from + 1) return false;
  const entries = log.columns.entries;
  for (let k = 0; k < wire.length; k++) if (wire[k] !== entries[from - 1 + k]) return false;
  return true;
}
