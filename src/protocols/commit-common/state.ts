// The node state shape shared by 2PC and 3PC, and the few rules both protocols apply the same
// way: writing the durable log, rebuilding from it after a crash, deciding at a participant,
// and the coordinator's retransmission of a logged decision until every participant has
// acknowledged it (Gray: the coordinator writes END once all Acks are in). Checkpoints keep a
// state by `saveCommitState`: the log and the decided transactions are shared (append-only),
// what is in progress is copied.

import { clonePlain } from '../../engine/clone-plain';
import type { NodeContext, NodeId } from '../../engine/types';
import { Labels } from './labels';
import { CommitLog, COORDINATOR, isDecided, replayLog, type LogKind, type Outcome, OUTCOME_WORDS } from './log';
import { PhaseTable } from './phases';
import { intParam, voteOf, type Vote } from './params';
import { TxnMap } from './txn-map';

/** Volatile bookkeeping of a transaction this node has not decided yet. */
export interface OpenTxn {
  /** When the node's uncertain period began (its yes vote; the coordinator's start or precommit). */
  since: number;
  /** Coordinator only: the votes received so far, as a tally (see withVote). */
  votes?: Tally;
}

export interface CommitState<T extends OpenTxn = OpenTxn> {
  self: NodeId;
  /** Durable, append-only (see log.ts). Everything else is derived from it or volatile. */
  log: CommitLog;
  // Keyed by transaction label, a user string: Maps, or TxnMaps (txn-map.ts).
  /** Every transaction this node has a record of → its phase here (derived from the log). */
  phases: PhaseTable;
  /** Undecided transactions → volatile bookkeeping (timers' context, tallies, termination rounds). */
  open: TxnMap<T>;
  /** Transactions this node is blocked on: label → since when it has been uncertain. */
  blocked: TxnMap<number>;
  /** Coordinator: the vote tallies of the most recently decided transactions, oldest first, for the view. */
  tallies: Map<string, Tally>;
  /** Coordinator: per decided transaction, a bit mask of the participants that have not acked. */
  unacked: TxnMap<number>;
  /** Coordinator: the `resend` timer is running (re-arming it on every decision would postpone it forever under load). */
  resendArmed: boolean;
}

/** Decided tallies kept for the view. */
const TALLIES_KEPT = 16;

/** The tallies of every saved state without any (never written: a saved state is only copied). */
const NO_TALLIES: Map<string, Tally> = new Map();

export const isCoordinator = (state: { self: NodeId }): boolean => state.self === COORDINATOR;

/** A node's state at boot; `labels`: the run's label table (runLabels). */
export function initialCommitState<T extends OpenTxn>(self: NodeId, labels: Labels = new Labels()): CommitState<T> {
  return { self, log: CommitLog.empty(labels), phases: new PhaseTable(labels), open: new TxnMap(), blocked: new TxnMap(), tallies: new Map(), unacked: new TxnMap(), resendArmed: false };
}

/**
 * Protocol.saveState: shares the log and the decided transactions (append-only: neither side
 * can change what the other sees) and the decided vote tallies (never changed once decided);
 * copies the rest, which holds only transactions in progress, and keeps one shared empty map
 * for each of those that is empty. Every field is listed: a new one must be added here and in
 * loadCommitState.
 */
export function saveCommitState<T extends OpenTxn>(state: CommitState<T>): CommitState<T> {
  return {
    self: state.self,
    log: state.log.share(),
    phases: state.phases.save(),
    open: state.open.saved(clonePlain),
    blocked: state.blocked.saved(),
    tallies: state.tallies.size === 0 ? NO_TALLIES : new Map(state.tallies),
    unacked: state.unacked.saved(),
    resendArmed: state.resendArmed,
  };
}

/** Protocol.loadState: a live state whose maps are its own (the saved form is never written). */
export function loadCommitState<T extends OpenTxn>(saved: CommitState<T>): CommitState<T> {
  return {
    self: saved.self,
    log: saved.log.share(),
    phases: saved.phases.copy(),
    open: saved.open.copy(clonePlain),
    blocked: saved.blocked.copy(),
    tallies: new Map(saved.tallies),
    unacked: saved.unacked.copy(),
    resendArmed: saved.resendArmed,
  };
}

/**
 * A crash: keep the log (the same array: records are never rewritten) and rebuild every phase
 * from it; votes, acks, timers and blocking are volatile. The coordinator's decided but
 * un-ENDed transactions are queued for `resumeAnnouncements`.
 */
export function recoverCommitState<T extends OpenTxn>(state: CommitState<T>, fresh: (since: number) => T): CommitState<T> {
  const out = initialCommitState<T>(state.self, state.phases.labels);
  out.log = state.log;
  const { phases, since, unended } = replayLog(state.log, state.phases.labels);
  out.phases = phases;
  for (const t in since) out.open.set(t, fresh(since[t]));
  if (isCoordinator(state)) for (const t of unended) out.unacked.set(t, 0);
  return out;
}

export function writeLog(ctx: NodeContext<unknown>, state: CommitState, t: string, e: LogKind): void {
  state.log.append(e, ctx.now, t);
}

/**
 * The coordinator begins transaction t: logs it (after a crash it must know that t existed,
 * to abort it rather than forget it), asks every participant to vote and starts the vote
 * timer. False when t already exists.
 */
export function beginTransaction<M>(ctx: NodeContext<M>, state: CommitState, t: string, request: M, voteTimer: string): boolean {
  if (state.phases.get(t) !== undefined) {
    ctx.note('commit.requestExists', { node: ctx.self, t });
    return false;
  }
  writeLog(ctx, state, t, 'start');
  state.phases.set(t, 'working');
  state.open.set(t, { since: ctx.now, votes: NO_VOTES });
  for (let id = 2; id <= ctx.nodes; id++) ctx.send(id, request);
  ctx.setTimer(voteTimer, intParam(ctx.params, 'voteTimeoutMs', 300));
  return true;
}

/**
 * A participant's first vote request for t (Prepare, CanCommit): vote as the `votes` parameter
 * says. A no aborts at once; a yes is forced to the log before it leaves (Gray), leaves the
 * participant uncertain and starts its decision timer.
 */
export function castVote(
  ctx: NodeContext<{ type: 'VoteYes' | 'VoteNo'; t: string }>,
  state: CommitState,
  t: string,
  decisionTimer: string,
  decisionTimeoutMsDefault: number,
): void {
  if (voteOf(ctx.params, ctx.self) === 'no') {
    writeLog(ctx, state, t, 'no');
    state.phases.set(t, 'aborted');
    ctx.send(COORDINATOR, { type: 'VoteNo', t });
    ctx.note('commit.votesNo', { node: ctx.self, t });
    return;
  }
  writeLog(ctx, state, t, 'yes');
  state.phases.set(t, 'prepared');
  state.open.set(t, { since: ctx.now });
  ctx.send(COORDINATOR, { type: 'VoteYes', t });
  ctx.setTimer(decisionTimer, intParam(ctx.params, 'decisionTimeoutMs', decisionTimeoutMsDefault));
}

/** Record a decision at this node: log, phase, and drop the volatile bookkeeping. */
export function recordDecision(ctx: NodeContext<unknown>, state: CommitState, t: string, outcome: Outcome): void {
  writeLog(ctx, state, t, outcome);
  state.phases.set(t, outcome === 'commit' ? 'committed' : 'aborted');
  const votes = state.open.get(t)?.votes;
  if (votes !== undefined) {
    state.tallies.set(t, votes);
    // Past TALLIES_KEPT, drop the oldest (a Map keeps insertion order).
    if (state.tallies.size > TALLIES_KEPT) state.tallies.delete(state.tallies.keys().next().value!);
  }
  state.open.delete(t);
  state.blocked.delete(t);
}

/** A participant decides (on the coordinator's word, a peer's, or its own rule). False if it already had. */
export function decideLocally(ctx: NodeContext<unknown>, state: CommitState, t: string, outcome: Outcome, timerName: string): boolean {
  const phase = state.phases.get(t);
  if (isDecided(phase)) {
    if ((phase === 'committed') !== (outcome === 'commit')) {
      ctx.note(phase === 'committed' ? 'commit.ignoresAlreadyCommitted' : 'commit.ignoresAlreadyAborted', { node: state.self, outcome: OUTCOME_WORDS[outcome], t });
    }
    return false;
  }
  recordDecision(ctx, state, t, outcome);
  ctx.clearTimer(timerName);
  return true;
}

/**
 * The votes the coordinator has received for a transaction, in one number: bit id − 1 when node
 * id has voted, and bit id − 1 + NO_SHIFT too when its vote is no (nodes are at most 9). A number,
 * not an object keyed by node id: the coordinator records four votes per transaction, and each
 * store into a fresh object grew its elements. The view spells a tally out (voteRecord).
 */
export type Tally = number;

export const NO_VOTES: Tally = 0;
const NO_SHIFT = 16;

/** The tally with node `from`'s vote (a repeated vote replaces the earlier one). */
export function withVote(votes: Tally, from: NodeId, vote: Vote): Tally {
  const bit = 1 << (from - 1);
  return ((votes | bit) & ~(bit << NO_SHIFT)) | (vote === 'no' ? bit << NO_SHIFT : 0);
}

export const hasVoted = (votes: Tally, id: NodeId): boolean => (votes & (1 << (id - 1))) !== 0;

/** How many participants (nodes 2..n) a tally holds a vote of. */
export function voteCount(votes: Tally, nodes: number): number {
  let n = 0;
  for (let id = 2; id <= nodes; id++) if (hasVoted(votes, id)) n++;
  return n;
}

/** A tally as the view shows it: node id → its vote, by increasing id. */
export function voteRecord(votes: Tally): Record<string, Vote> {
  const out: Record<string, Vote> = {};
  for (let id = 1; id < NO_SHIFT; id++) if (hasVoted(votes, id)) out[id] = votes & (1 << (id - 1 + NO_SHIFT)) ? 'no' : 'yes';
  return out;
}

/**
 * `prefix + t`, made once per transaction label and reused while the label is recent: a timer
 * name is looked up several times per transaction (set, fire, clear), and a fresh concatenation
 * is a fresh string to flatten and hash each time. The last RECENT_NAMES labels are kept, in a
 * ring scanned in order (labels are the same string objects from action to message to handler,
 * so a comparison is mostly one pointer's). Equal strings either way: nothing a run does changes.
 */
export function timerNames(prefix: string): (t: string) => string {
  const labels = new Array<string>(RECENT_NAMES).fill('');
  const names = new Array<string>(RECENT_NAMES).fill(prefix);
  let next = 0;
  return (t) => {
    // Newest first: the transaction being handled is usually the last one named.
    for (let k = 1; k <= RECENT_NAMES; k++) {
      const i = (next - k) & (RECENT_NAMES - 1);
      if (labels[i] === t) return names[i];
    }
    const name = prefix + t;
    labels[next] = t;
    names[next] = name;
    next = (next + 1) & (RECENT_NAMES - 1);
    return name;
  };
}

/** Names kept (a power of two). */
const RECENT_NAMES = 16;

/** Bit mask of every participant (nodes 2..n). */
export const allParticipants = (nodes: number): number => ((1 << nodes) - 1) & ~(1 << (COORDINATOR - 1));

/** How a protocol spells the coordinator's decision messages. */
export interface DecisionMessages<M> {
  decision(t: string, outcome: Outcome): M;
}

const outcomeAt = (state: CommitState, t: string): Outcome => (state.phases.get(t) === 'committed' ? 'commit' : 'abort');

/**
 * The coordinator has logged its decision on t: send it to every participant and keep resending
 * it every `resendMs` to those that have not acknowledged — so a participant that was down or
 * cut off learns it later.
 */
export function announceDecision<M>(ctx: NodeContext<M>, state: CommitState, t: string, messages: DecisionMessages<M>): void {
  state.unacked.set(t, allParticipants(ctx.nodes));
  const message = messages.decision(t, outcomeAt(state, t));
  for (let id = 2; id <= ctx.nodes; id++) ctx.send(id, message);
  armResend(ctx, state);
}

/** After a restart: resend every logged but un-ENDed decision to all participants. */
export function resumeAnnouncements<M>(ctx: NodeContext<M>, state: CommitState, messages: DecisionMessages<M>): void {
  state.unacked.forEach((t) => announceDecision(ctx, state, t, messages));
}

function armResend(ctx: NodeContext<unknown>, state: CommitState): void {
  if (state.resendArmed) return;
  state.resendArmed = true;
  ctx.setTimer('resend', intParam(ctx.params, 'resendMs', 300));
}

/** A participant acknowledged the decision on t; once all have, write END. */
export function onDecisionAck(ctx: NodeContext<unknown>, state: CommitState, from: NodeId, t: string): void {
  const mask = state.unacked.get(t);
  if (mask === undefined) return;
  const left = mask & ~(1 << (from - 1));
  if (left !== 0) {
    state.unacked.set(t, left);
    return;
  }
  state.unacked.delete(t);
  writeLog(ctx, state, t, 'end');
}

/** The `resend` timer: the decision again to every participant that has not acked. O(pending · n). */
export function resendDecisions<M>(ctx: NodeContext<M>, state: CommitState, messages: DecisionMessages<M>): void {
  state.resendArmed = false;
  let any = false;
  state.unacked.forEach((t, mask) => {
    const message = messages.decision(t, outcomeAt(state, t));
    for (let id = 2; id <= ctx.nodes; id++) if (mask & (1 << (id - 1))) ctx.send(id, message);
    any = true;
  });
  if (any) armResend(ctx, state);
}
