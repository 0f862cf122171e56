// The 3PC coordinator (node 1), Skeen 1981 central-site protocol: CanCommit → votes →
// (all yes) log precommit, PreCommit → acks → log commit, DoCommit. Any no vote or a vote
// timeout → abort. Skeen's timeout rule for the coordinator in state p: if some ack does not
// come, commit anyway — in the failure model of the paper (crashes, reliable detection) a
// participant that did not ack has failed, and on recovery it must ask (it cannot decide
// alone). Under a partition the "failed" participant is alive and times out to abort: the
// decision splits, and Atomicity reports it. With quorum termination the coordinator instead
// needs a majority of precommitted nodes (termination.ts).
// Recovery (the spec leaves it to us): a transaction started but never precommitted is
// aborted (no node can be precommitted, so no one can commit — presumed abort); one logged as
// precommitted is committed in plain 3PC (Skeen: p → commit on timeout; every operational
// participant is then prepared or precommitted and will commit), and resumes collecting
// PreCommit acks with quorum termination. Logged decisions without END are resent.

import type { NodeContext, NodeId, Note } from '../../engine/types';
import { OUTCOME_WORDS, isDecided, type Outcome, type Phase } from '../commit-common/log';
import { intParam, type Vote } from '../commit-common/params';
import { announceDecision, beginTransaction as begin, hasVoted, NO_VOTES, onDecisionAck, recordDecision, resumeAnnouncements, timerNames, voteCount, withVote, writeLog } from '../commit-common/state';
import { decisionMessage, type AckOf, type ThreePhaseMessage } from './messages';
import { isQuorum } from './params';
import { knownPhase, NOTHING_KNOWN, withKnown, withSent, type ThreePhaseState } from './state';
import { advance } from './termination';

type Ctx = NodeContext<ThreePhaseMessage>;

export const DECISIONS = { decision: decisionMessage };

export const waitTimer = timerNames('wait:');

/** Reasons without parameters: one shared note each (a run keeps every note it makes). */
const WHY: Readonly<Record<'allAcked' | 'ackTimeout' | 'presumedAbort' | 'restartedInP', Note>> = {
  allAcked: { key: '3pc.why.allAcked' },
  ackTimeout: { key: '3pc.why.ackTimeout' },
  presumedAbort: { key: '3pc.why.presumedAbort' },
  restartedInP: { key: '3pc.why.restartedInP' },
};
const waitMs = (ctx: Ctx) => intParam(ctx.params, 'voteTimeoutMs', 300);

export function beginTransaction(ctx: Ctx, state: ThreePhaseState, t: string): void {
  if (begin(ctx, state, t, { type: 'CanCommit', t }, waitTimer(t))) ctx.note('3pc.begins', { node: ctx.self, t });
}

export function onVote(ctx: Ctx, state: ThreePhaseState, from: NodeId, t: string, vote: Vote): void {
  const txn = state.open.get(t);
  if (state.phases.get(t) !== 'working' || txn?.votes === undefined) return; // late or duplicate
  txn.votes = withVote(txn.votes, from, vote);
  if (vote === 'no') return decide(ctx, state, t, 'abort', { key: 'commit.why.votedNo', params: { node: from } });
  if (voteCount(txn.votes, ctx.nodes) < ctx.nodes - 1) return;
  // Skeen: every site voted yes — move to p (logged first) and PreCommit everyone.
  writeLog(ctx, state, t, 'precommit');
  state.phases.set(t, 'precommitted');
  txn.since = ctx.now;
  txn.known = NOTHING_KNOWN;
  txn.sent = 0;
  sendPreCommit(ctx, state, t);
  ctx.setTimer(waitTimer(t), waitMs(ctx));
  ctx.note('3pc.precommits', { node: ctx.self, t });
}

function sendPreCommit(ctx: Ctx, state: ThreePhaseState, t: string): void {
  const txn = state.open.get(t)!;
  const known = txn.known ?? NOTHING_KNOWN;
  let sent = txn.sent ?? 0;
  for (let id = 2; id <= ctx.nodes; id++) {
    const phase = knownPhase(known, id);
    if (phase === 'precommitted' || (phase !== undefined && isDecided(phase))) continue;
    sent = withSent(sent, id);
    ctx.send(id, { type: 'PreCommit', t });
  }
  txn.sent = sent;
}

export function onAck(ctx: Ctx, state: ThreePhaseState, from: NodeId, t: string, of: AckOf): void {
  if (of !== 'PreCommit') return onDecisionAck(ctx, state, from, t);
  const txn = state.open.get(t);
  if (state.phases.get(t) !== 'precommitted' || txn === undefined) return;
  const known = (txn.known = withKnown(txn.known ?? NOTHING_KNOWN, from, 'precommitted'));
  if (isQuorum(ctx.params)) return advance(ctx, state, t, (outcome, why) => decide(ctx, state, t, outcome, why));
  let acks = 0;
  for (let id = 2; id <= ctx.nodes; id++) if (knownPhase(known, id) === 'precommitted') acks++;
  if (acks === ctx.nodes - 1) decide(ctx, state, t, 'commit', WHY.allAcked);
}

/** A StateReply (quorum termination) to the coordinator's PreCommit. */
export function onStateReply(ctx: Ctx, state: ThreePhaseState, from: NodeId, t: string, phase: Phase): void {
  const txn = state.open.get(t);
  if (!isQuorum(ctx.params) || state.phases.get(t) !== 'precommitted' || txn === undefined) return;
  txn.known = withKnown(txn.known ?? NOTHING_KNOWN, from, phase);
  advance(ctx, state, t, (outcome, why) => decide(ctx, state, t, outcome, why));
}

/** The coordinator's one timer per transaction: waiting for votes, then for PreCommit acks. */
export function onWaitTimeout(ctx: Ctx, state: ThreePhaseState, t: string): void {
  const txn = state.open.get(t);
  if (txn === undefined) return;
  if (state.phases.get(t) === 'working') {
    const missing: number[] = [];
    for (let id = 2; id <= ctx.nodes; id++) if (!hasVoted(txn.votes ?? NO_VOTES, id)) missing.push(id);
    return decide(ctx, state, t, 'abort', { key: 'commit.why.voteTimeout', params: { missing } });
  }
  if (state.phases.get(t) !== 'precommitted') return;
  if (!isQuorum(ctx.params)) return decide(ctx, state, t, 'commit', WHY.ackTimeout);
  // Quorum termination: no majority of precommitted nodes yet — it may not commit. Ask again.
  if (!state.blocked.has(t)) {
    state.blocked.set(t, txn.since);
    ctx.note('3pc.noPrecommitMajority', { node: ctx.self, t });
  }
  txn.sent = 0;
  sendPreCommit(ctx, state, t);
  ctx.setTimer(waitTimer(t), waitMs(ctx));
}

/** A participant that restarted uncertain asks: the decision, or abort if there is no record. */
export function onDecisionRequest(ctx: Ctx, state: ThreePhaseState, from: NodeId, t: string): void {
  const phase = state.phases.get(t);
  if (phase === undefined || phase === 'aborted') ctx.send(from, { type: 'Abort', t });
  else if (phase === 'committed') ctx.send(from, { type: 'DoCommit', t });
}

/**
 * StateRequest (quorum termination). Before precommit the coordinator aborts on the spot: no
 * node can be precommitted yet, so abort is safe, and the asker learns it.
 */
export function onStateRequest(ctx: Ctx, state: ThreePhaseState, from: NodeId, t: string): void {
  if (state.phases.get(t) === undefined) return ctx.send(from, { type: 'StateReply', t, state: 'aborted' });
  if (state.phases.get(t) === 'working') decide(ctx, state, t, 'abort', { key: '3pc.why.askedEarly', params: { node: from } });
  ctx.send(from, { type: 'StateReply', t, state: state.phases.get(t)! });
}

/** A decision from a participant's termination round. */
export function onLearnedDecision(ctx: Ctx, state: ThreePhaseState, from: NodeId, t: string, outcome: Outcome): void {
  if (state.phases.get(t) === undefined || isDecided(state.phases.get(t))) return;
  decide(ctx, state, t, outcome, { key: '3pc.why.learnedFrom', params: { node: from } });
}

export function restartCoordinator(ctx: Ctx, state: ThreePhaseState): void {
  resumeAnnouncements(ctx, state, DECISIONS);
  state.open.forEach((t, txn) => {
    if (state.phases.get(t) === 'working') decide(ctx, state, t, 'abort', WHY.presumedAbort);
    else if (state.phases.get(t) === 'precommitted') {
      if (!isQuorum(ctx.params)) decide(ctx, state, t, 'commit', WHY.restartedInP);
      else {
        txn.known = NOTHING_KNOWN;
        txn.sent = 0;
        sendPreCommit(ctx, state, t);
        ctx.setTimer(waitTimer(t), waitMs(ctx));
        ctx.note('3pc.restartedPrecommitted', { node: ctx.self, t });
      }
    }
  });
}

function decide(ctx: Ctx, state: ThreePhaseState, t: string, outcome: Outcome, why: Note): void {
  recordDecision(ctx, state, t, outcome);
  ctx.clearTimer(waitTimer(t));
  announceDecision(ctx, state, t, DECISIONS);
  ctx.note('commit.decides', { node: ctx.self, outcome: OUTCOME_WORDS[outcome], t, why });
}
