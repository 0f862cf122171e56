// Raft's safety properties (Ongaro & Ousterhout, Figure 3), checked after every node handler.
// Contract: each check looks at the touched node only (plus, rarely, the current leaders) and
// does O(1) work per event, or O(new entries) when a log grows or a commit index advances;
// memory is plain data (the engine clones it into checkpoints). Logs are compared by the
// prefix hash each entry carries, so "the logs are identical up to index i" is one comparison.

import { clonePlain, copyFlat } from '../../engine/clone-plain';
import type { Invariant, InvariantGuard, InvariantResult, NodeId, Note } from '../../engine/types';
import { entryAt, lastLogIndex, prefixHashAt, termAt, type RaftLog } from './log';
import { holdRows, rowsForAppend, type SharedRows } from './shared-rows';
import type { RaftRole, RaftState } from './types';

// The memories below with by-index arrays (as long as the longest log) have saveMemory and
// loadMemory: checkpoints share those arrays, as they share logs (log.ts), so that a checkpoint
// costs O(nodes) rather than O(log length). What a checkpoint holds must never change in place:
// arrays that are only appended to (or set once, in the call that adds the entry) are shared
// as they are; LeaderCompleteness copies commitTerm before lowering a shared entry.
// Each lists every field of its memory: a new field must be added there too.

/** An entry's value as words: the leader's no-op has none of its own. */
const quote = (value: string | null): Note => (value === null ? { key: 'raft.entry.noop' } : { key: 'raft.entry.value', params: { value } });

// ---------------------------------------------------------------- Election Safety

interface ElectionMemory {
  /** term → the node that was leader in it, over the whole run. */
  leaders: Record<number, NodeId>;
}

export const electionSafety: Invariant<RaftState> = {
  name: 'ElectionSafety',
  description: 'invariant.raft.ElectionSafety.description',
  initialMemory: (): ElectionMemory => ({ leaders: {} }),
  check(world, memory, touched) {
    const state = world.states[touched - 1];
    if (state.role !== 'leader') return null;
    const leaders = (memory as ElectionMemory).leaders;
    const earlier = leaders[state.currentTerm];
    if (earlier === undefined) {
      leaders[state.currentTerm] = touched;
      return null;
    }
    if (earlier === touched) return null;
    return {
      detail: { key: 'invariant.raft.twoLeaders', params: { node: earlier, other: touched, term: state.currentTerm } },
      nodes: [earlier, touched],
    };
  },
};

// ---------------------------------------------------------------- Leader Append-Only

interface AppendOnlyMemory {
  /** Per node id: the term it was last seen leading (0: not leading), its log length and prefix hash then. */
  term: number[];
  length: number[];
  hash: number[];
}

export const leaderAppendOnly: Invariant<RaftState> = {
  name: 'LeaderAppendOnly',
  description: 'invariant.raft.LeaderAppendOnly.description',
  initialMemory: (): AppendOnlyMemory => ({ term: [], length: [], hash: [] }),
  check(world, memory, touched) {
    const state = world.states[touched - 1];
    const m = memory as AppendOnlyMemory;
    if (state.role !== 'leader') {
      if (m.term[touched]) m.term[touched] = 0;
      return null;
    }
    const log = state.log;
    const length = lastLogIndex(log);
    const seenLength = m.length[touched];
    let result: InvariantResult | null = null;
    if (m.term[touched] === state.currentTerm) {
      if (length < seenLength) {
        result = {
          detail: { key: 'invariant.raft.leaderShrank', params: { node: touched, term: state.currentTerm, from: seenLength, to: length } },
          nodes: [touched],
        };
      } else if (prefixHashAt(log, seenLength) !== m.hash[touched]) {
        result = {
          detail: { key: 'invariant.raft.leaderOverwrote', params: { node: touched, term: state.currentTerm, index: seenLength } },
          nodes: [touched],
        };
      }
    } else {
      for (let id = m.term.length; id <= touched; id++) {
        m.term.push(0);
        m.length.push(0);
        m.hash.push(0);
      }
    }
    m.term[touched] = state.currentTerm;
    m.length[touched] = length;
    m.hash[touched] = prefixHashAt(log, length);
    return result;
  },
};

// ---------------------------------------------------------------- Log Matching

/** By index: the first (term, prefix hash, holder) seen there (row 0 unused). */
interface MatchRows extends SharedRows {
  readonly terms: number[];
  readonly hashes: number[];
  readonly holders: NodeId[];
}

const matchRows = (terms: number[], hashes: number[], holders: NodeId[]): MatchRows => ({ terms, hashes, holders, columns: [terms, hashes, holders], held: 0 });
const copyMatchRows = (rows: MatchRows, at: number): MatchRows => matchRows(rows.terms.slice(0, at), rows.hashes.slice(0, at), rows.holders.slice(0, at));

interface LogMatchingMemory {
  /** Shared with checkpoints (shared-rows.ts); rows 0..length-1 are this run's. */
  rows: MatchRows;
  length: number;
  /** Further terms seen at an index (after a conflict): "index:term" → [prefix hash, holder]. */
  others: Record<string, [number, NodeId]>;
}

/** Register index (the next row) as first seen now, with this log's term and prefix hash there. */
function registerIndex(m: LogMatchingMemory, index: number, term: number, hash: number, holder: NodeId): void {
  const rows = m.rows;
  m.length = index + 1;
  // A replay retracing its run finds the row it is about to write.
  if (index < rows.terms.length && rows.terms[index] === term && rows.hashes[index] === hash && rows.holders[index] === holder) return;
  const out = (m.rows = rowsForAppend(rows, index, copyMatchRows));
  out.terms.push(term);
  out.hashes.push(hash);
  out.holders.push(holder);
}

/**
 * Compare this log's prefix hash at (index, term) with the first one seen there (index seen
 * before): 0 when equal, the first holder's id when different, -1 when the term is new there
 * (it is registered now).
 */
function differingHolder(m: LogMatchingMemory, index: number, term: number, hash: number, holder: NodeId): NodeId | -1 {
  const rows = m.rows;
  if (rows.terms[index] === term) return rows.hashes[index] === hash ? 0 : rows.holders[index];
  const key = `${index}:${term}`;
  const other = m.others[key];
  if (other !== undefined) return other[0] === hash ? 0 : other[1];
  m.others[key] = [hash, holder];
  return -1;
}

export const logMatching: Invariant<RaftState> = {
  name: 'LogMatching',
  description: 'invariant.raft.LogMatching.description',
  initialMemory: (): LogMatchingMemory => ({ rows: matchRows([0], [0], [0]), length: 1, others: {} }),
  saveMemory: (memory): LogMatchingMemory => {
    const m = memory as LogMatchingMemory;
    holdRows(m.rows, m.length);
    return { rows: m.rows, length: m.length, others: clonePlain(m.others) };
  },
  loadMemory: (saved): LogMatchingMemory => {
    const m = saved as LogMatchingMemory;
    return { rows: m.rows, length: m.length, others: clonePlain(m.others) };
  },
  check(world, memory, touched) {
    const log = world.states[touched - 1].log;
    const m = memory as LogMatchingMemory;
    const top = lastLogIndex(log);
    const seen = m.length;
    // Indexes no log reached before are first seen now, with this log's entries.
    for (let index = seen; index <= top; index++) registerIndex(m, index, termAt(log, index), prefixHashAt(log, index), touched);
    // Walk back through the indexes seen before; the first whose term was seen there settles
    // the prefix below it (equal prefix hashes: equal prefixes). Usually one step.
    for (let index = Math.min(top, seen - 1); index >= 1; index--) {
      const other = differingHolder(m, index, termAt(log, index), prefixHashAt(log, index), touched);
      if (other === -1) continue;
      if (other === 0) return null;
      return {
        detail: { key: 'invariant.raft.logsDiffer', params: { node: touched, other, index, term: termAt(log, index) } },
        nodes: other === touched ? [touched] : [touched, other],
      };
    }
    return null;
  },
};

// ---------------------------------------------------------------- State Machine Safety

/** By index: the first committed entry seen there (term, value) and the node that committed it (row 0 unused). */
interface CommittedRows extends SharedRows {
  readonly terms: number[];
  readonly values: (string | null)[];
  readonly by: NodeId[];
}

const committedRows = (terms: number[], values: (string | null)[], by: NodeId[]): CommittedRows => ({ terms, values, by, columns: [terms, values, by], held: 0 });
const copyCommittedRows = (rows: CommittedRows, at: number): CommittedRows => committedRows(rows.terms.slice(0, at), rows.values.slice(0, at), rows.by.slice(0, at));

interface StateMachineMemory {
  /** Shared with checkpoints (shared-rows.ts); rows 0..length-1 are this run's. */
  rows: CommittedRows;
  length: number;
  /**
   * Per node id: how far its commits have been compared, and its prefix hash there. A node's
   * committed prefix must never change, not even across a crash (the log is persistent), so
   * one hash comparison per event covers every entry already compared.
   */
  checked: number[];
  checkedHash: number[];
}

/** Record the first commit seen at index (the next row). */
function recordCommitted(m: StateMachineMemory, index: number, term: number, value: string | null, by: NodeId): void {
  const rows = m.rows;
  m.length = index + 1;
  if (index < rows.terms.length && rows.terms[index] === term && rows.values[index] === value && rows.by[index] === by) return;
  const out = (m.rows = rowsForAppend(rows, index, copyCommittedRows));
  out.terms.push(term);
  out.values.push(value);
  out.by.push(by);
}

function committedMismatch(m: StateMachineMemory, touched: NodeId, index: number, term: number, value: string | null): InvariantResult {
  const { terms, values, by } = m.rows;
  const other = by[index];
  return {
    detail: {
      key: 'invariant.raft.committedDiffer',
      params: { other, otherValue: quote(values[index]), otherTerm: terms[index], index, node: touched, value: quote(value), term },
    },
    nodes: other === touched ? [touched] : [other, touched],
  };
}

export const stateMachineSafety: Invariant<RaftState> = {
  name: 'StateMachineSafety',
  description: 'invariant.raft.StateMachineSafety.description',
  initialMemory: (): StateMachineMemory => ({ rows: committedRows([0], [null], [0]), length: 1, checked: [], checkedHash: [] }),
  saveMemory: (memory): StateMachineMemory => {
    const m = memory as StateMachineMemory;
    holdRows(m.rows, m.length);
    return { rows: m.rows, length: m.length, checked: copyFlat(m.checked), checkedHash: copyFlat(m.checkedHash) };
  },
  loadMemory: (saved): StateMachineMemory => {
    const m = saved as StateMachineMemory;
    return { rows: m.rows, length: m.length, checked: copyFlat(m.checked), checkedHash: copyFlat(m.checkedHash) };
  },
  check(world, memory, touched) {
    const state = world.states[touched - 1];
    const m = memory as StateMachineMemory;
    const log = state.log;
    const length = lastLogIndex(log);
    const checked = m.checked[touched] ?? 0;
    if (checked > 0 && (length < checked || prefixHashAt(log, checked) !== m.checkedHash[touched])) {
      // Its committed prefix changed: name the first entry that differs from what was committed.
      for (let index = 1; index <= checked; index++) {
        if (index > length) {
          return {
            detail: { key: 'invariant.raft.committedLost', params: { node: touched, checked, length } },
            nodes: [touched],
          };
        }
        const term = termAt(log, index);
        const value = entryAt(log, index).value;
        const { terms, values, by } = m.rows;
        if (term !== terms[index] || value !== values[index]) {
          const other = by[index];
          return {
            detail: {
              key: 'invariant.raft.committedReplaced',
              params: { node: touched, index, value: quote(value), term, other, otherValue: quote(values[index]), otherTerm: terms[index] },
            },
            nodes: other === touched ? [touched] : [other, touched],
          };
        }
      }
      return { detail: { key: 'invariant.raft.committedChanged', params: { node: touched, checked } }, nodes: [touched] };
    }
    if (state.commitIndex <= checked) return null;
    if (state.commitIndex > length) {
      return {
        detail: { key: 'invariant.raft.commitBeyondLog', params: { node: touched, commitIndex: state.commitIndex, length } },
        nodes: [touched],
      };
    }
    for (let index = checked + 1; index <= state.commitIndex; index++) {
      const term = termAt(log, index);
      const value = entryAt(log, index).value;
      if (index >= m.length) {
        recordCommitted(m, index, term, value, touched);
        continue;
      }
      if (term !== m.rows.terms[index] || value !== m.rows.values[index]) return committedMismatch(m, touched, index, term, value);
    }
    m.checked[touched] = state.commitIndex;
    m.checkedHash[touched] = prefixHashAt(log, state.commitIndex);
    return null;
  },
};

// ---------------------------------------------------------------- Leader Completeness

interface CompletedRows extends SharedRows {
  /**
   * index → the lowest currentTerm of any node seen committing it. A node commits only
   * entries committed in its term or earlier, so "committed in a term below T" is implied by
   * commitTerm < T. Each report covers a whole prefix, so commitTerm never decreases with the
   * index, and the entries committed before term T are a prefix found by binary search.
   * Lowered in place where no checkpoint holds the row (otherwise on a copy).
   */
  readonly commitTerm: number[];
  /** index → prefix hash, entry term and reporting node of the first commit seen there. */
  readonly hash: number[];
  readonly term: number[];
  readonly by: NodeId[];
}

const completedRows = (commitTerm: number[], hash: number[], term: number[], by: NodeId[]): CompletedRows => ({
  commitTerm,
  hash,
  term,
  by,
  columns: [commitTerm, hash, term, by],
  held: 0,
});
const copyCompletedRows = (rows: CompletedRows, at: number): CompletedRows =>
  completedRows(rows.commitTerm.slice(0, at), rows.hash.slice(0, at), rows.term.slice(0, at), rows.by.slice(0, at));

interface CompletenessMemory {
  /** Shared with checkpoints (shared-rows.ts); rows 0..length-1 are this run's (row 0 unused). */
  rows: CompletedRows;
  length: number;
  checked: number[];
  /** Bumped whenever commitTerm changes; with `leaderTerm`/`leaderK` it spares repeated searches. */
  version: number;
  /** Per node id: the version, term and committedBefore() of its last check as leader. */
  leaderVersion: number[];
  leaderTerm: number[];
  leaderK: number[];
}

/** Record the first commit seen at index (the next row). */
function recordCompleted(m: CompletenessMemory, index: number, commitTerm: number, hash: number, term: number, by: NodeId): void {
  const rows = m.rows;
  m.length = index + 1;
  if (index < rows.commitTerm.length && rows.commitTerm[index] === commitTerm && rows.hash[index] === hash && rows.term[index] === term && rows.by[index] === by) return;
  const out = (m.rows = rowsForAppend(rows, index, copyCompletedRows));
  out.commitTerm.push(commitTerm);
  out.hash.push(hash);
  out.term.push(term);
  out.by.push(by);
}

/** The last index whose commitTerm is below `term` (0 when none). */
function committedBefore(m: CompletenessMemory, term: number): number {
  let lo = 0;
  let hi = m.length - 1; // row 0 is unused
  const commitTerm = m.rows.commitTerm;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (commitTerm[mid] < term) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Whether `log` holds the committed prefix up to `index`. */
function holdsCommitted(m: CompletenessMemory, log: RaftLog, index: number): boolean {
  return lastLogIndex(log) >= index && prefixHashAt(log, index) === m.rows.hash[index];
}

function checkLeaderHolds(m: CompletenessMemory, state: RaftState, leader: NodeId): InvariantResult | null {
  let k: number;
  if (m.leaderVersion[leader] === m.version && m.leaderTerm[leader] === state.currentTerm) k = m.leaderK[leader];
  else {
    k = committedBefore(m, state.currentTerm);
    m.leaderVersion[leader] = m.version;
    m.leaderTerm[leader] = state.currentTerm;
    m.leaderK[leader] = k;
  }
  if (k === 0) return null;
  const log = state.log;
  if (holdsCommitted(m, log, k)) return null;
  // Find the first committed index the leader lacks: prefixes that differ stay different.
  let lo = 1;
  let hi = k;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (holdsCommitted(m, log, mid)) lo = mid + 1;
    else hi = mid;
  }
  const other = m.rows.by[lo];
  return {
    detail: {
      key: 'invariant.raft.leaderLacksEntry',
      params: { node: leader, term: state.currentTerm, index: lo, entryTerm: m.rows.term[lo], other, commitTerm: m.rows.commitTerm[lo] },
    },
    nodes: other === leader ? [leader] : [leader, other],
  };
}

export const leaderCompleteness: Invariant<RaftState> = {
  name: 'LeaderCompleteness',
  description: 'invariant.raft.LeaderCompleteness.description',
  initialMemory: (): CompletenessMemory => ({
    rows: completedRows([0], [0], [0], [0]),
    length: 1,
    checked: [],
    version: 0,
    leaderVersion: [],
    leaderTerm: [],
    leaderK: [],
  }),
  saveMemory: (memory): CompletenessMemory => {
    const m = memory as CompletenessMemory;
    holdRows(m.rows, m.length);
    return {
      rows: m.rows,
      length: m.length,
      checked: copyFlat(m.checked),
      version: m.version,
      leaderVersion: copyFlat(m.leaderVersion),
      leaderTerm: copyFlat(m.leaderTerm),
      leaderK: copyFlat(m.leaderK),
    };
  },
  loadMemory: (saved): CompletenessMemory => {
    const m = saved as CompletenessMemory;
    return {
      rows: m.rows,
      length: m.length,
      checked: copyFlat(m.checked),
      version: m.version,
      leaderVersion: copyFlat(m.leaderVersion),
      leaderTerm: copyFlat(m.leaderTerm),
      leaderK: copyFlat(m.leaderK),
    };
  },
  check(world, memory, touched) {
    const state = world.states[touched - 1];
    const m = memory as CompletenessMemory;
    // Entries up to checked[touched] were reported by this node before, at a term no higher
    // than now (terms only grow, even across a crash): only newer commits can lower anything.
    const from = m.checked[touched] ?? 0;
    const reportTerm = state.currentTerm;
    let lowered = false;
    const log = state.log;
    const upTo = Math.min(state.commitIndex, lastLogIndex(log));
    // Rows seen before: commitTerm never decreases with the index (see CompletedRows), so none in
    // from+1..seen is above reportTerm unless the last one is. Usually none is.
    const seen = Math.min(upTo, m.length - 1);
    if (seen > from && reportTerm < m.rows.commitTerm[seen]) {
      for (let index = from + 1; index <= seen; index++) {
        if (reportTerm < m.rows.commitTerm[index]) {
          // A checkpoint holds the row: lower it on a copy of this run's rows.
          if (index < m.rows.held) m.rows = copyCompletedRows(m.rows, m.length);
          m.rows.commitTerm[index] = reportTerm;
          lowered = true;
        }
      }
    }
    for (let index = Math.max(from, seen) + 1; index <= upTo; index++) {
      recordCompleted(m, index, reportTerm, prefixHashAt(log, index), termAt(log, index), touched);
      lowered = true;
    }
    if (upTo > from) m.checked[touched] = upTo;
    if (lowered) m.version++;
    if (!lowered) return state.role === 'leader' ? checkLeaderHolds(m, state, touched) : null;
    // New commits: every current leader of a later term must already hold them.
    for (let id = 1; id <= world.states.length; id++) {
      const other = world.states[id - 1];
      if (other.role !== 'leader' || !world.up[id - 1]) continue;
      const result = checkLeaderHolds(m, other, id);
      if (result !== null) return result;
    }
    return null;
  },
};

export const raftInvariants: readonly Invariant<RaftState>[] = [
  electionSafety,
  leaderAppendOnly,
  logMatching,
  leaderCompleteness,
  stateMachineSafety,
];

// ---------------------------------------------------------------- The guard

const bit = (invariant: Invariant<RaftState>) => 1 << raftInvariants.indexOf(invariant);
/** The invariants that read each field of the touched node (the log: see `affected`). */
const READ_ROLE_OR_TERM = bit(electionSafety) | bit(leaderAppendOnly) | bit(leaderCompleteness);
const READ_LOG = bit(logMatching) | bit(stateMachineSafety);
const READ_LEADER_LOG = bit(leaderAppendOnly) | bit(leaderCompleteness);
const READ_COMMIT = bit(leaderCompleteness) | bit(stateMachineSafety);
const READ_COMMITTED_LOG = bit(leaderCompleteness);

/** Numbers the guard keeps per node id, from index id · GUARD_FIELDS of its one array. */
const GUARD_FIELDS = 5;
const ROLE = 0;
const TERM = 1;
const LENGTH = 2;
const VERSION = 3;
const COMMIT = 4;

/** A role as the guard keeps it (0: before the node's first event). */
const roleCode = (role: RaftRole): number => (role === 'follower' ? 1 : role === 'leader' ? 2 : role === 'candidate' ? 3 : 4);
const LEADER_CODE = roleCode('leader');

interface GuardMemory {
  /**
   * Per node id, as at its previous event: role code, term, log length, log version, commitIndex.
   * One array of numbers, not one per field: the guard runs after every event, and five arrays
   * were five more loads each time.
   */
  rows: number[];
}

/** Rows for node ids up to `touched` (first sight: role and log read as changed). */
function growGuardRows(rows: number[], touched: NodeId): void {
  while (rows.length < (touched + 1) * GUARD_FIELDS) rows.push(0, 0, 0, -1, 0);
}

/**
 * Most events change nothing the invariants read (a follower taking a heartbeat, a leader
 * noting a reply), and most of the rest change one field: only the invariants that read a
 * changed field are checked. Of the touched node, ElectionSafety reads role and term;
 * LeaderAppendOnly role and term, and the log of a leader only (a follower's result is null
 * whatever its log); LogMatching the log; StateMachineSafety log and commitIndex;
 * LeaderCompleteness role, term and commitIndex, a leader's log, and a follower's log only up
 * to its commitIndex (so only when the log grew where commitIndex was beyond its old end); and
 * other nodes only after the touched node committed something new, which is a change. With its
 * fields unchanged, each returns what it returned at the node's previous check (memory written
 * by other nodes since then never changes that outcome: LogMatching and StateMachineSafety keep
 * the first record at an index, and a lowered commit term is checked against every leader when
 * it is lowered). The log is compared by its version (log.ts), which changes with every change.
 */
export const raftInvariantGuard: InvariantGuard<RaftState> = {
  initialMemory: (): GuardMemory => ({ rows: [] }),
  affected(world, memory, touched) {
    const state = world.states[touched - 1];
    const rows = (memory as GuardMemory).rows;
    const at = touched * GUARD_FIELDS;
    if (at >= rows.length) growGuardRows(rows, touched);
    const role = roleCode(state.role);
    let affected = 0;
    if (rows[at + ROLE] !== role || rows[at + TERM] !== state.currentTerm) {
      affected |= READ_ROLE_OR_TERM;
      rows[at + ROLE] = role;
      rows[at + TERM] = state.currentTerm;
    }
    const log = state.log;
    if (rows[at + VERSION] !== log.version) {
      affected |= READ_LOG;
      if (role === LEADER_CODE) affected |= READ_LEADER_LOG;
      else if (state.commitIndex > rows[at + LENGTH]) affected |= READ_COMMITTED_LOG;
      rows[at + LENGTH] = lastLogIndex(log);
      rows[at + VERSION] = log.version;
    }
    if (rows[at + COMMIT] !== state.commitIndex) {
      affected |= READ_COMMIT;
      rows[at + COMMIT] = state.commitIndex;
    }
    return affected;
  },
};
