// The replicated log, stored column-wise: index i (1-based, as in the paper) is at [i - 1] of
// each column. Checkpoints share the columns instead of copying them (saveLog): entries are
// only appended, and the columns are copied before a conflict cuts into a shared prefix.

import type { WireEntry } from './types';

export interface RaftLog {
  /** Each entry's term, as numbers: the consistency check and the invariants read little else. */
  terms: number[];
  /**
   * prefixHashes[i - 1] hashes entries 1..i of this log, computed by this node when it
   * appended entry i (never received: a follower hashes onto its own prefix). The invariants
   * compare prefixes with it in O(1).
   */
  prefixHashes: number[];
  /**
   * The entries as frozen {term, value} objects (value: the client's command, or null for the
   * no-op a new leader appends), the form AppendEntries carries: each is made once, by the
   * leader that appends it, and shared by every message and every follower's log that holds it
   * (every message stays in the run's record).
   */
  entries: WireEntry[];
  /**
   * How many leading entries checkpoints hold by reference (see saveLog): truncating below
   * this copies the columns first. Entries are otherwise only appended.
   */
  shared: number;
}

/** A log as a checkpoint keeps it: the live columns, of which the first `length` entries are its own. */
export interface SavedLog {
  terms: readonly number[];
  prefixHashes: readonly number[];
  entries: readonly WireEntry[];
  length: number;
}

/** The checkpoint form of `log`, sharing its columns (O(1), whatever the length). */
export function saveLog(log: RaftLog): SavedLog {
  const length = log.terms.length;
  log.shared = length;
  return { terms: log.terms, prefixHashes: log.prefixHashes, entries: log.entries, length };
}

/** A live log from a checkpoint's: its own copy of the saved entries. */
export function loadLog(saved: SavedLog): RaftLog {
  return {
    terms: saved.terms.slice(0, saved.length),
    prefixHashes: saved.prefixHashes.slice(0, saved.length),
    entries: saved.entries.slice(0, saved.length),
    shared: 0,
  };
}

function mix(h: number, word: number): number {
  h = Math.imul(h ^ word, 0x5bd1e995);
  h ^= h >>> 15;
  return Math.imul(h, 0x27d4eb2d) >>> 0;
}

/** The hash of the empty prefix. */
export const EMPTY_PREFIX_HASH = 0x811c9dc5;

/**
 * Hash of a log prefix ending in (term, value), given the hash of the prefix before it.
 * 32 bits: equal prefixes always hash equal; unequal ones collide with odds ~2^-32, which the
 * invariants accept (a collision could only hide a violation, never invent one).
 */
export function prefixHash(previous: number, term: number, value: string | null): number {
  let h = mix(previous, term);
  if (value === null) return mix(h, 0x9e3779b9);
  h = mix(h, value.length + 1);
  for (let i = 0; i < value.length; i++) h = mix(h, value.charCodeAt(i));
  return h;
}

export function emptyLog(): RaftLog {
  return { terms: [], prefixHashes: [], entries: [], shared: 0 };
}

/** The last index (0 for an empty log). */
export function lastLogIndex(log: RaftLog): number {
  return log.terms.length;
}

export function lastLogTerm(log: RaftLog): number {
  const n = log.terms.length;
  return n === 0 ? 0 : log.terms[n - 1];
}

/** The term of the entry at `index`, 0 for index 0 (the empty prefix). */
export function termAt(log: RaftLog, index: number): number {
  return index === 0 ? 0 : log.terms[index - 1];
}

/** The prefix hash up to `index` (the empty prefix's for 0). */
export function prefixHashAt(log: RaftLog, index: number): number {
  return index === 0 ? EMPTY_PREFIX_HASH : log.prefixHashes[index - 1];
}

/** Append a new entry (term, value) at the end (a leader's own append). */
export function appendEntry(log: RaftLog, term: number, value: string | null): void {
  appendWire(log, Object.freeze({ term, value }));
}

/** Append an entry as AppendEntries carries it (the object is kept), hashing it onto this log's own prefix. */
export function appendWire(log: RaftLog, entry: WireEntry): void {
  const shared = Object.isFrozen(entry) ? entry : Object.freeze({ term: entry.term, value: entry.value });
  const previous = prefixHashAt(log, log.terms.length);
  log.terms.push(shared.term);
  log.prefixHashes.push(prefixHash(previous, shared.term, shared.value));
  log.entries.push(shared);
}

/** Keep entries 1..length, delete the rest. */
export function truncateLog(log: RaftLog, length: number): void {
  if (length < log.shared) {
    // A checkpoint holds entries past `length`: cut a copy, not the shared columns.
    log.terms = log.terms.slice(0, length);
    log.prefixHashes = log.prefixHashes.slice(0, length);
    log.entries = log.entries.slice(0, length);
    log.shared = 0;
    return;
  }
  log.terms.length = length;
  log.prefixHashes.length = length;
  log.entries.length = length;
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
 * follower in one handler; every message is kept in the run's record, so sharing one frozen
 * array between those messages saves retained objects (and garbage-collector copying).
 * Reused only when it holds the very entry objects that would be taken (entries are shared
 * between logs, so this holds across nodes too); messages are never mutated.
 */
let lastWire: readonly WireEntry[] = NO_ENTRIES;

/** The entries at indexes from..to (1-based, inclusive, clipped), as AppendEntries carries them. */
export function wireEntries(log: RaftLog, from: number, to: number): WireEntry[] {
  const end = Math.min(to, log.terms.length);
  if (end < from) return NO_ENTRIES as WireEntry[];
  if (sameEntries(lastWire, log, from, end)) return lastWire as WireEntry[];
  const out = log.entries.slice(from - 1, end);
  lastWire = Object.freeze(out);
  return out;
}

function sameEntries(wire: readonly WireEntry[], log: RaftLog, from: number, end: number): boolean {
  if (wire.length !== end - from + 1) return false;
  for (let k = 0; k < wire.length; k++) if (wire[k] !== log.entries[from - 1 + k]) return false;
  return true;
}
