// Raft's node rules (Ongaro & Ousterhout, Figure 2; Ongaro's dissertation for PreVote §9.6,
// CheckQuorum §6.2 and leader stickiness §4.2.3). Contract: every function mutates the node's
// own state and acts only through the NodeContext; time reaches a node only as a timer firing.
// Behaviour is chosen by message type, then by role.

import { copyFlat } from '../../engine/clone-plain';
import type { NodeContext, NodeId, Note } from '../../engine/types';
import { appendEntry, appendWire, emptyLog, lastLogIndex, lastLogTerm, loadLog, saveLog, termAt, truncateLog, wireEntries, type SavedLog } from './log';
import { raftSettings } from './params';
import type {
  AppendEntries,
  AppendEntriesResponse,
  ClientRequest,
  PreVote,
  PreVoteResponse,
  RaftMessage,
  RaftState,
  RequestVote,
  RequestVoteResponse,
  WireEntry,
} from './types';

type Ctx = NodeContext<RaftMessage>;

export const ELECTION_TIMER = 'election';
export const HEARTBEAT_TIMER = 'heartbeat';
export const CHECK_QUORUM_TIMER = 'checkQuorum';

/** How many client request outcomes a node keeps for the UI. */
const KEPT_REQUESTS = 3;

const majority = (nodes: number) => Math.floor(nodes / 2) + 1;

// ---------------------------------------------------------------- state

export function initialState(): RaftState {
  return {
    currentTerm: 0,
    votedFor: null,
    log: emptyLog(),
    role: 'follower',
    commitIndex: 0,
    leaderId: null,
    votesGranted: [],
    nextIndex: null,
    matchIndex: null,
    heardFrom: null,
    lastLeaderContactAt: null,
    requests: [],
  };
}

/** A crash keeps currentTerm, votedFor and log (Figure 2 "persistent state"); the rest resets. */
export function recoverState(state: RaftState): RaftState {
  const next = initialState();
  next.currentTerm = state.currentTerm;
  next.votedFor = state.votedFor;
  next.log = state.log;
  return next;
}

/** A node's state as a checkpoint keeps it: the log's columns shared (see log.ts), the rest copied. */
export interface SavedState extends Omit<RaftState, 'log'> {
  log: SavedLog;
}

/**
 * Protocol.saveState. A deep copy of the log made every checkpoint cost as much as the logs
 * are long; sharing makes it O(nodes). Every field is listed (the object literal is checked
 * against RaftState): a new field must be added here and in loadState.
 */
export function saveState(state: RaftState): SavedState {
  return {
    currentTerm: state.currentTerm,
    votedFor: state.votedFor,
    log: saveLog(state.log),
    role: state.role,
    commitIndex: state.commitIndex,
    leaderId: state.leaderId,
    votesGranted: copyFlat(state.votesGranted),
    nextIndex: state.nextIndex === null ? null : copyFlat(state.nextIndex),
    matchIndex: state.matchIndex === null ? null : copyFlat(state.matchIndex),
    heardFrom: state.heardFrom === null ? null : copyFlat(state.heardFrom),
    lastLeaderContactAt: state.lastLeaderContactAt,
    requests: state.requests.slice(),
  };
}

/** Protocol.loadState: a live state of its own from a saved one. */
export function loadState(saved: SavedState): RaftState {
  return {
    currentTerm: saved.currentTerm,
    votedFor: saved.votedFor,
    log: loadLog(saved.log),
    role: saved.role,
    commitIndex: saved.commitIndex,
    leaderId: saved.leaderId,
    votesGranted: copyFlat(saved.votesGranted),
    nextIndex: saved.nextIndex === null ? null : copyFlat(saved.nextIndex),
    matchIndex: saved.matchIndex === null ? null : copyFlat(saved.matchIndex),
    heardFrom: saved.heardFrom === null ? null : copyFlat(saved.heardFrom),
    lastLeaderContactAt: saved.lastLeaderContactAt,
    requests: saved.requests.slice(),
  };
}

// ---------------------------------------------------------------- timers

function resetElectionTimer(ctx: Ctx): void {
  const settings = raftSettings(ctx.params);
  // Raft §5.2: randomized election timeouts, drawn anew at each reset from this node's stream.
  ctx.setTimer(ELECTION_TIMER, ctx.random.intBetween(settings.electionTimeoutMsMin, settings.electionTimeoutMsMax));
}

/** Boot and restart: every node starts as a follower (Figure 2) with an election timer. */
export function start(ctx: Ctx, _state: RaftState): void {
  resetElectionTimer(ctx);
}

export function onTimer(ctx: Ctx, state: RaftState, timer: string): void {
  if (timer === ELECTION_TIMER) {
    if (state.role !== 'leader') campaign(ctx, state);
  } else if (timer === HEARTBEAT_TIMER) {
    if (state.role !== 'leader') return;
    for (let peer = 1; peer <= ctx.nodes; peer++) if (peer !== ctx.self) sendAppendEntries(ctx, state, peer);
    ctx.setTimer(HEARTBEAT_TIMER, raftSettings(ctx.params).heartbeatMs);
  } else if (timer === CHECK_QUORUM_TIMER) {
    if (state.role === 'leader') checkQuorum(ctx, state);
  }
}

/** The `timeout` action: the election timer fires now. */
export function onTimeout(ctx: Ctx, state: RaftState): void {
  if (state.role === 'leader') {
    ctx.note('raft.leaderHasNoTimeout', { node: ctx.self, term: state.currentTerm });
    return;
  }
  campaign(ctx, state);
}

// ---------------------------------------------------------------- role changes

/**
 * Become a follower, in `term` if it is newer (Raft §5.1: a higher term always wins;
 * votedFor is reset with the term). A leader stepping down needs an election timer again;
 * a (pre)candidate keeps the one it is running.
 */
function becomeFollower(ctx: Ctx, state: RaftState, term: number, leaderId: NodeId | null): void {
  const wasLeader = state.role === 'leader';
  if (term > state.currentTerm) {
    state.currentTerm = term;
    state.votedFor = null;
  }
  state.role = 'follower';
  state.leaderId = leaderId;
  state.votesGranted = [];
  state.nextIndex = null;
  state.matchIndex = null;
  state.heardFrom = null;
  if (wasLeader) {
    ctx.clearTimer(HEARTBEAT_TIMER);
    ctx.clearTimer(CHECK_QUORUM_TIMER);
    resetElectionTimer(ctx);
  }
}

/** Raft §5.1: any message carrying a higher term makes this node a follower in that term. */
function observeHigherTerm(ctx: Ctx, state: RaftState, term: number, from: NodeId): void {
  const role = state.role;
  const before = state.currentTerm;
  becomeFollower(ctx, state, term, null);
  if (role === 'follower') ctx.note('raft.seesTerm', { node: ctx.self, term, from, before });
  else ctx.note('raft.seesTermStepsDown', { node: ctx.self, term, from, before, role: { key: `raft.role.${role}` } });
}

/** The election timer fired (or the `timeout` action): ask for votes, via PreVote if enabled. */
function campaign(ctx: Ctx, state: RaftState): void {
  if (raftSettings(ctx.params).preVote) becomePreCandidate(ctx, state);
  else startElection(ctx, state);
}

/** Dissertation §9.6: a precandidate polls with term+1 but changes neither term nor vote. */
function becomePreCandidate(ctx: Ctx, state: RaftState): void {
  state.role = 'precandidate';
  state.leaderId = null;
  state.votesGranted = [ctx.self];
  resetElectionTimer(ctx);
  const term = state.currentTerm + 1;
  ctx.note('raft.asksPreVotes', { node: ctx.self, term });
  if (state.votesGranted.length >= majority(ctx.nodes)) {
    startElection(ctx, state);
    return;
  }
  const message: PreVote = {
    type: 'PreVote',
    term,
    candidateId: ctx.self,
    lastLogIndex: lastLogIndex(state.log),
    lastLogTerm: lastLogTerm(state.log),
  };
  for (let peer = 1; peer <= ctx.nodes; peer++) if (peer !== ctx.self) ctx.send(peer, message);
}

/** Raft §5.2: increment currentTerm, vote for self, reset the election timer, ask everyone. */
function startElection(ctx: Ctx, state: RaftState): void {
  state.currentTerm++;
  state.votedFor = ctx.self;
  state.role = 'candidate';
  state.leaderId = null;
  state.votesGranted = [ctx.self];
  resetElectionTimer(ctx);
  ctx.note('raft.startsElection', { node: ctx.self, term: state.currentTerm });
  if (state.votesGranted.length >= majority(ctx.nodes)) {
    becomeLeader(ctx, state);
    return;
  }
  const message: RequestVote = {
    type: 'RequestVote',
    term: state.currentTerm,
    candidateId: ctx.self,
    lastLogIndex: lastLogIndex(state.log),
    lastLogTerm: lastLogTerm(state.log),
  };
  for (let peer = 1; peer <= ctx.nodes; peer++) if (peer !== ctx.self) ctx.send(peer, message);
}

function becomeLeader(ctx: Ctx, state: RaftState): void {
  const settings = raftSettings(ctx.params);
  state.role = 'leader';
  state.leaderId = ctx.self;
  state.votesGranted = [];
  // Figure 2: nextIndex starts just past the leader's last entry, matchIndex at 0. Set before
  // the no-op is appended, so that the first AppendEntries already carries it.
  state.nextIndex = new Array<number>(ctx.nodes + 1).fill(lastLogIndex(state.log) + 1);
  state.matchIndex = new Array<number>(ctx.nodes + 1).fill(0);
  state.heardFrom = settings.checkQuorum ? new Array<boolean>(ctx.nodes + 1).fill(false) : null;
  ctx.clearTimer(ELECTION_TIMER);
  ctx.note('raft.becameLeader', { node: ctx.self, term: state.currentTerm });
  // Dissertation §6.4 / Raft §8: a no-op of the new term lets the leader commit (and learn
  // the commit point of) entries of earlier terms without waiting for a client.
  if (settings.leaderNoop) appendEntry(state.log, state.currentTerm, null);
  for (let peer = 1; peer <= ctx.nodes; peer++) if (peer !== ctx.self) sendAppendEntries(ctx, state, peer);
  ctx.setTimer(HEARTBEAT_TIMER, settings.heartbeatMs);
  if (settings.checkQuorum) ctx.setTimer(CHECK_QUORUM_TIMER, settings.electionTimeoutMsMin);
  advanceCommitIndex(ctx, state); // a one-node cluster commits alone
}

/**
 * Dissertation §6.2: a leader that has not heard from a majority (itself included) within
 * an election timeout steps down, so that a leader cut off in a minority stops acting as one.
 */
function checkQuorum(ctx: Ctx, state: RaftState): void {
  const heard = state.heardFrom!;
  let count = 1;
  for (let peer = 1; peer <= ctx.nodes; peer++) {
    if (peer !== ctx.self && heard[peer]) count++;
    heard[peer] = false;
  }
  if (count >= majority(ctx.nodes)) {
    ctx.setTimer(CHECK_QUORUM_TIMER, raftSettings(ctx.params).electionTimeoutMsMin);
    return;
  }
  ctx.note('raft.checkQuorumStepsDown', { node: ctx.self, heard: count, nodes: ctx.nodes });
  becomeFollower(ctx, state, state.currentTerm, null);
}

// ---------------------------------------------------------------- messages

/**
 * AppendEntries as this module builds it. Replication is nearly every message of a run, and
 * onMessage tells its two messages apart by `instanceof`, a walk up the prototype chain, where
 * reading `type` first did not scale: every Raft message shape reaches that read, and past four
 * shapes V8 looks each one up in a global cache (2.6 % of a Raft run's time, by perf). The
 * fields are the interface's, own and in its order, so the message reads, prints and posts to
 * the page as the object literal it replaces did.
 */
class AppendEntriesMessage implements AppendEntries {
  // Declared, not class fields (none is emitted): the constructor's assignments alone define
  // the fields, in the interface's order. As class fields, `type` came last.
  declare readonly type: 'AppendEntries';
  declare readonly term: number;
  declare readonly leaderId: NodeId;
  declare readonly prevLogIndex: number;
  declare readonly prevLogTerm: number;
  declare readonly entries: WireEntry[];
  declare readonly leaderCommit: number;

  constructor(term: number, leaderId: NodeId, prevLogIndex: number, prevLogTerm: number, entries: WireEntry[], leaderCommit: number) {
    this.type = 'AppendEntries';
    this.term = term;
    this.leaderId = leaderId;
    this.prevLogIndex = prevLogIndex;
    this.prevLogTerm = prevLogTerm;
    this.entries = entries;
    this.leaderCommit = leaderCommit;
  }
}

/** AppendEntriesResponse as this module builds it (see AppendEntriesMessage). */
class AppendEntriesReply implements AppendEntriesResponse {
  declare readonly type: 'AppendEntriesResponse';
  declare readonly term: number;
  declare readonly success: boolean;
  declare readonly index: number;
  declare readonly lastLogIndex: number;

  constructor(term: number, success: boolean, index: number, lastLogIndex: number) {
    this.type = 'AppendEntriesResponse';
    this.term = term;
    this.success = success;
    this.index = index;
    this.lastLogIndex = lastLogIndex;
  }
}

export function onMessage(ctx: Ctx, state: RaftState, from: NodeId, message: RaftMessage): void {
  if (message instanceof AppendEntriesMessage) return handleAppendEntries(ctx, state, from, message);
  if (message instanceof AppendEntriesReply) return handleAppendEntriesResponse(ctx, state, from, message);
  onOtherMessage(ctx, state, from, message);
}

/** Every message not built as a class above (a test may send AppendEntries as a literal). */
function onOtherMessage(ctx: Ctx, state: RaftState, from: NodeId, message: RaftMessage): void {
  switch (message.type) {
    case 'AppendEntries':
      return handleAppendEntries(ctx, state, from, message);
    case 'AppendEntriesResponse':
      return handleAppendEntriesResponse(ctx, state, from, message);
    case 'RequestVote':
      return handleRequestVote(ctx, state, from, message);
    case 'RequestVoteResponse':
      return handleRequestVoteResponse(ctx, state, from, message);
    case 'PreVote':
      return handlePreVote(ctx, state, from, message);
    case 'PreVoteResponse':
      return handlePreVoteResponse(ctx, state, from, message);
    case 'ClientRequest':
      return handleClientRequest(ctx, state, from, message);
  }
}

/** A request a follower forwarded: appended by a leader, dropped by anyone else. */
function handleClientRequest(ctx: Ctx, state: RaftState, from: NodeId, message: ClientRequest): void {
  if (state.role === 'leader') return appendClientValue(ctx, state, message.value, from);
  ctx.note('raft.dropsForwarded', { node: ctx.self, value: message.value, from });
  remember(ctx, state, message.value, { key: 'raft.outcome.dropped', params: { from, node: ctx.self } });
}

/** Raft §5.4.1: the candidate's log is at least as up-to-date as this node's. */
function candidateUpToDate(state: RaftState, candidateLastTerm: number, candidateLastIndex: number): boolean {
  const myLastTerm = lastLogTerm(state.log);
  if (candidateLastTerm !== myLastTerm) return candidateLastTerm > myLastTerm;
  return candidateLastIndex >= lastLogIndex(state.log);
}

/**
 * Whether this node heard from a current leader within the minimum election timeout
 * (dissertation §4.2.3 and §9.6). A leader counts as hearing from itself.
 */
function heardFromLeaderRecently(ctx: Ctx, state: RaftState): boolean {
  if (state.role === 'leader') return true;
  const at = state.lastLeaderContactAt;
  return at !== null && ctx.now - at < raftSettings(ctx.params).electionTimeoutMsMin;
}

function handleRequestVote(ctx: Ctx, state: RaftState, from: NodeId, message: RequestVote): void {
  if (message.term > state.currentTerm) {
    // Dissertation §4.2.3 (leader stickiness, on with CheckQuorum): within the minimum election
    // timeout of hearing from a leader, neither adopt the term nor vote; do not even answer.
    if (raftSettings(ctx.params).checkQuorum && heardFromLeaderRecently(ctx, state)) {
      ctx.note('raft.ignoresRequestVote', { node: ctx.self, term: message.term, from });
      return;
    }
    observeHigherTerm(ctx, state, message.term, from);
  }
  let granted = false;
  if (
    message.term === state.currentTerm &&
    (state.votedFor === null || state.votedFor === message.candidateId) &&
    // The teaching toggle skips §5.4.1: a candidate missing committed entries can win.
    (raftSettings(ctx.params).unsafeVoteAnyLog || candidateUpToDate(state, message.lastLogTerm, message.lastLogIndex))
  ) {
    granted = true;
    const first = state.votedFor === null;
    state.votedFor = message.candidateId;
    // Figure 2: granting a vote resets the election timer.
    resetElectionTimer(ctx);
    if (first) ctx.note('raft.votesFor', { node: ctx.self, candidate: message.candidateId, term: state.currentTerm });
  } else if (message.term === state.currentTerm && state.votedFor !== message.candidateId) {
    const why = state.votedFor !== null ? { key: 'raft.why.alreadyVoted', params: { node: state.votedFor } } : { key: 'raft.why.logMoreUpToDate' };
    ctx.note('raft.refusesVote', { node: ctx.self, candidate: message.candidateId, term: state.currentTerm, why });
  }
  const reply: RequestVoteResponse = { type: 'RequestVoteResponse', term: state.currentTerm, voteGranted: granted };
  ctx.send(from, reply);
}

function handleRequestVoteResponse(ctx: Ctx, state: RaftState, from: NodeId, message: RequestVoteResponse): void {
  if (message.term > state.currentTerm) return observeHigherTerm(ctx, state, message.term, from);
  if (state.role !== 'candidate' || message.term !== state.currentTerm || !message.voteGranted) return;
  if (!state.votesGranted.includes(from)) state.votesGranted.push(from);
  if (state.votesGranted.length >= majority(ctx.nodes)) becomeLeader(ctx, state);
}

function handlePreVote(ctx: Ctx, state: RaftState, from: NodeId, message: PreVote): void {
  // Dissertation §9.6: grant when the term is newer, the log is up-to-date and no leader has
  // been heard from within the minimum election timeout. Nothing here changes term or vote.
  const granted =
    message.term > state.currentTerm &&
    candidateUpToDate(state, message.lastLogTerm, message.lastLogIndex) &&
    !heardFromLeaderRecently(ctx, state);
  const reply: PreVoteResponse = {
    type: 'PreVoteResponse',
    term: granted ? message.term : state.currentTerm,
    voteGranted: granted,
  };
  ctx.send(from, reply);
}

function handlePreVoteResponse(ctx: Ctx, state: RaftState, from: NodeId, message: PreVoteResponse): void {
  if (!message.voteGranted) {
    // A refusal carries the responder's real term: a newer one is a real higher term.
    if (message.term > state.currentTerm) observeHigherTerm(ctx, state, message.term, from);
    return;
  }
  if (state.role !== 'precandidate' || message.term !== state.currentTerm + 1) return; // a stale round
  if (!state.votesGranted.includes(from)) state.votesGranted.push(from);
  if (state.votesGranted.length >= majority(ctx.nodes)) {
    ctx.note('raft.wonPreVote', { node: ctx.self, term: message.term });
    startElection(ctx, state);
  }
}

function handleAppendEntries(ctx: Ctx, state: RaftState, from: NodeId, message: AppendEntries): void {
  // Figure 2, receiver rule 1: refuse a stale leader; our term in the reply makes it step down.
  if (message.term < state.currentTerm) {
    replyAppend(ctx, state, from, false, message.prevLogIndex);
    return;
  }
  if (message.term > state.currentTerm) observeHigherTerm(ctx, state, message.term, from);
  if (state.role === 'leader') {
    // Two leaders in one term: Election Safety is broken; the invariant reports it.
    ctx.note('raft.leaderRefusesAppend', { node: ctx.self, term: state.currentTerm, from });
    replyAppend(ctx, state, from, false, message.prevLogIndex);
    return;
  }
  if (state.role !== 'follower') {
    // Raft §5.2: a (pre)candidate that hears from the leader of its term returns to follower.
    ctx.note('raft.stepsDown', { node: ctx.self, role: { key: `raft.role.${state.role}` }, leader: from, term: message.term });
    becomeFollower(ctx, state, message.term, from);
  }
  state.leaderId = from;
  state.lastLeaderContactAt = ctx.now;
  resetElectionTimer(ctx);

  const log = state.log;
  const prev = message.prevLogIndex;
  // Figure 2, receiver rule 2: the log must hold an entry at prevLogIndex with prevLogTerm.
  if (prev > lastLogIndex(log) || termAt(log, prev) !== message.prevLogTerm) {
    replyAppend(ctx, state, from, false, prev);
    return;
  }
  // Rules 3 and 4: an entry that conflicts (same index, other term) is deleted with all that
  // follow it; entries already present are kept — a delayed or duplicated AppendEntries must
  // never truncate entries that match (§5.3).
  const entries = message.entries;
  let index = prev;
  for (let k = 0; k < entries.length; k++) {
    index++;
    const incoming = entries[k];
    if (index <= lastLogIndex(log)) {
      if (termAt(log, index) === incoming.term) continue;
      truncateLog(log, index - 1);
    }
    appendWire(log, incoming);
  }
  // Rule 5: commitIndex = min(leaderCommit, index of last new entry); it never goes back.
  const lastNew = prev + entries.length;
  if (message.leaderCommit > state.commitIndex) {
    const commit = Math.min(message.leaderCommit, lastNew);
    if (commit > state.commitIndex) state.commitIndex = commit;
  }
  replyAppend(ctx, state, from, true, lastNew);
}

/**
 * Recently built replies, by index. The followers of one round answer with equal replies (same
 * term, outcome, index and log length), and every message stays in the run's record, so one
 * object serves them all, as one AppendEntries does for the round (see lastAppend). Reused only
 * when every field equals what would be built; messages are never mutated after sending.
 */
const recentReplies: (AppendEntriesResponse | undefined)[] = new Array(16);

function replyAppend(ctx: Ctx, state: RaftState, to: NodeId, success: boolean, index: number): void {
  const term = state.currentTerm;
  const last = lastLogIndex(state.log);
  const slot = index & 15;
  let reply = recentReplies[slot];
  if (reply === undefined || reply.term !== term || reply.success !== success || reply.index !== index || reply.lastLogIndex !== last) {
    reply = new AppendEntriesReply(term, success, index, last);
    recentReplies[slot] = reply;
  }
  ctx.send(to, reply);
}

function handleAppendEntriesResponse(ctx: Ctx, state: RaftState, from: NodeId, message: AppendEntriesResponse): void {
  if (message.term > state.currentTerm) return observeHigherTerm(ctx, state, message.term, from);
  if (state.role !== 'leader' || message.term !== state.currentTerm) return; // stale
  if (state.heardFrom !== null) state.heardFrom[from] = true;
  const nextIndex = state.nextIndex!;
  const matchIndex = state.matchIndex!;
  if (message.success) {
    // Responses may arrive late, twice or out of order: indexes only move forward.
    if (message.index > matchIndex[from]) {
      matchIndex[from] = message.index;
      // An index at or below commitIndex cannot give a majority any index past it that it did
      // not have at the last count (matchIndex only grows, and every growth is counted): the
      // acks after the one that committed an entry skip the count.
      if (message.index > state.commitIndex) advanceCommitIndex(ctx, state);
    }
    const advanced = message.index + 1 > nextIndex[from];
    if (advanced) nextIndex[from] = message.index + 1;
    // Keep a lagging follower streaming: the next batch goes as soon as this one is acknowledged.
    if (advanced && nextIndex[from] <= lastLogIndex(state.log)) sendAppendEntries(ctx, state, from);
    return;
  }
  backOff(ctx, state, from, message);
}

/**
 * A follower refused AppendEntries at prevLogIndex = message.index. Only the answer to the
 * current probe backs off (a duplicate or older refusal must not move nextIndex twice). Figure 2
 * decrements by one; the follower's last index lets us skip the part it does not have at all
 * (§5.3's optimization). Apart from handleAppendEntriesResponse, which V8 then inlines.
 */
function backOff(ctx: Ctx, state: RaftState, from: NodeId, message: AppendEntriesResponse): void {
  const nextIndex = state.nextIndex!;
  if (message.index !== nextIndex[from] - 1) return;
  nextIndex[from] = Math.max(state.matchIndex![from] + 1, Math.min(message.index, message.lastLogIndex + 1));
  sendAppendEntries(ctx, state, from);
}

/**
 * The last AppendEntries built. A heartbeat round, or a new entry, sends the same message to
 * every caught-up follower; every message stays in the run's record, so sending one object
 * (as RequestVote already does) saves retained objects. Reused only when every field equals
 * what would be built; messages are never mutated after sending.
 */
let lastAppend: AppendEntries | null = null;

function sendAppendEntries(ctx: Ctx, state: RaftState, peer: NodeId): void {
  const prev = state.nextIndex![peer] - 1;
  const max = raftSettings(ctx.params).maxEntriesPerAppend;
  const prevLogTerm = termAt(state.log, prev);
  const entries = wireEntries(state.log, prev + 1, prev + max);
  let message = lastAppend;
  if (
    message === null ||
    message.term !== state.currentTerm ||
    message.leaderId !== ctx.self ||
    message.prevLogIndex !== prev ||
    message.prevLogTerm !== prevLogTerm ||
    message.entries !== entries ||
    message.leaderCommit !== state.commitIndex
  ) {
    message = new AppendEntriesMessage(state.currentTerm, ctx.self, prev, prevLogTerm, entries, state.commitIndex);
    lastAppend = message;
  }
  ctx.send(peer, message);
}

/**
 * Figure 2 (leaders): commit the highest N a majority has in matchIndex, but only when
 * log[N].term == currentTerm (Raft §5.4.2, Figure 8): entries of earlier terms are never
 * committed by counting replicas; they commit with the first current-term entry after them.
 * The majority's N is the largest such index, and log terms never decrease, so checking that
 * one N is enough. The teaching toggle `unsafeCommitOldTerms` drops the term condition.
 */
function advanceCommitIndex(ctx: Ctx, state: RaftState): void {
  const n = majorityMatchIndex(ctx, state);
  if (n <= state.commitIndex) return;
  const term = termAt(state.log, n);
  if (term !== state.currentTerm) {
    if (!raftSettings(ctx.params).unsafeCommitOldTerms) return;
    ctx.note('raft.commitsUnsafe', { node: ctx.self, index: n, term });
  } else {
    ctx.note('raft.commits', { node: ctx.self, index: n, term });
  }
  state.commitIndex = n;
}

/** Scratch for majorityMatchIndex: the nodes' indexes, largest first (nodes are at most 9). */
const byIndex = new Int32Array(16);

/**
 * The highest index that a majority (the leader included) holds: the majority-th largest of the
 * nodes' indexes, by insertion into a scratch array (n is small; no allocation).
 */
function majorityMatchIndex(ctx: Ctx, state: RaftState): number {
  const matchIndex = state.matchIndex!;
  const own = lastLogIndex(state.log);
  for (let id = 1; id <= ctx.nodes; id++) {
    const index = id === ctx.self ? own : matchIndex[id];
    let k = id - 1;
    while (k > 0 && byIndex[k - 1] < index) {
      byIndex[k] = byIndex[k - 1];
      k--;
    }
    byIndex[k] = index;
  }
  return byIndex[majority(ctx.nodes) - 1];
}

// ---------------------------------------------------------------- client requests

/** A request's outcome, kept for the UI. Entries are never changed once pushed: checkpoints share them. */
function remember(ctx: Ctx, state: RaftState, value: string, outcome: Note): void {
  state.requests.push({ value, outcome, at: ctx.now });
  if (state.requests.length > KEPT_REQUESTS) state.requests.shift();
}

function appendClientValue(ctx: Ctx, state: RaftState, value: string, forwardedBy: NodeId | null): void {
  appendEntry(state.log, state.currentTerm, value);
  const index = lastLogIndex(state.log);
  if (forwardedBy === null) ctx.note('raft.appends', { node: ctx.self, value, index, term: state.currentTerm });
  else ctx.note('raft.appendsForwarded', { node: ctx.self, value, index, term: state.currentTerm, from: forwardedBy });
  remember(
    ctx,
    state,
    value,
    forwardedBy === null
      ? { key: 'raft.outcome.appended', params: { index, term: state.currentTerm } }
      : { key: 'raft.outcome.appendedForwarded', params: { index, term: state.currentTerm, from: forwardedBy } },
  );
  // Followers that are caught up get it at once; the others are mid-batch and get it in turn.
  const nextIndex = state.nextIndex!;
  for (let peer = 1; peer <= ctx.nodes; peer++) {
    if (peer !== ctx.self && nextIndex[peer] === index) sendAppendEntries(ctx, state, peer);
  }
  advanceCommitIndex(ctx, state);
}

export function onRequest(ctx: Ctx, state: RaftState, value: string): void {
  if (state.role === 'leader') return appendClientValue(ctx, state, value, null);
  if (state.role === 'follower' && state.leaderId !== null) {
    ctx.send(state.leaderId, { type: 'ClientRequest', value });
    ctx.note('raft.forwards', { node: ctx.self, value, leader: state.leaderId });
    remember(ctx, state, value, { key: 'raft.outcome.forwarded', params: { leader: state.leaderId } });
    return;
  }
  const reason = state.role === 'follower' ? { key: 'raft.why.noLeader' } : { key: 'raft.why.electionInProgress', params: { role: { key: `raft.role.${state.role}` } } };
  ctx.note('raft.rejects', { node: ctx.self, value, why: reason });
  remember(ctx, state, value, { key: 'raft.outcome.rejected', params: { why: reason } });
}
