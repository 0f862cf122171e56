// A 2PC participant (nodes 2..n).
// Model (the spec leaves it open): a participant learns of a transaction from Prepare and votes
// at once — there is no separate work phase, so "working" is never visible at a participant.
// A no voter aborts unilaterally (it may: it has promised nothing). A yes voter logs its vote
// durably before replying and is then prepared: uncertain, bound to wait for the decision.
// After `decisionTimeoutMs` it is blocked; it keeps asking the coordinator (DecisionRequest)
// every `decisionTimeoutMs`, which is harmless and shows the blocking.
// Cooperative termination (Gray; Bernstein–Hadzilacos–Goodman §7.4): the prepared participant
// also asks its peers. A peer that knows the outcome tells it; a peer that has not voted yet
// (its Prepare is late or was lost) aborts unilaterally and answers Abort — it then votes no,
// so the coordinator cannot commit. A prepared peer cannot help: the asker stays blocked.

import type { NodeContext, NodeId } from '../../engine/types';
import { COORDINATOR, OUTCOME_WORDS, type Outcome } from '../commit-common/log';
import { intParam } from '../commit-common/params';
import { castVote, decideLocally, timerNames, type CommitState } from '../commit-common/state';
import type { TwoPhaseMessage } from './messages';
import { abortsAfterYes, terminationOf } from './params';

type Ctx = NodeContext<TwoPhaseMessage>;

export const decisionTimer = timerNames('decision:');

export function onPrepare(ctx: Ctx, state: CommitState, t: string): void {
  const phase = state.phases.get(t);
  if (phase === undefined) {
    castVote(ctx, state, t, decisionTimer(t), 500);
    return;
  }
  // A duplicate (or a Prepare after a unilateral abort): repeat the vote already given.
  if (phase === 'prepared' || phase === 'committed') ctx.send(COORDINATOR, { type: 'VoteYes', t });
  else if (phase === 'aborted') ctx.send(COORDINATOR, { type: 'VoteNo', t });
}

/** Commit or Abort, from the coordinator (acked, so it stops resending) or from a peer. */
export function onDecision(ctx: Ctx, state: CommitState, from: NodeId, t: string, outcome: Outcome): void {
  const fresh = decideLocally(ctx, state, t, outcome, decisionTimer(t));
  if (fresh && from !== COORDINATOR) ctx.note('commit.learns', { node: ctx.self, outcome: OUTCOME_WORDS[outcome], t, from });
  if (from === COORDINATOR) ctx.send(COORDINATOR, { type: 'Ack', t });
}

/** A peer's DecisionRequest (cooperative termination). */
export function onPeerDecisionRequest(ctx: Ctx, state: CommitState, from: NodeId, t: string): void {
  const phase = state.phases.get(t);
  if (phase === undefined) {
    // Not voted yet: free to abort unilaterally, and then the outcome is known to be abort.
    decideLocally(ctx, state, t, 'abort', decisionTimer(t));
    ctx.note('2pc.abortsUnilaterally', { node: ctx.self, t, from });
    ctx.send(from, { type: 'Abort', t });
  } else if (phase === 'committed') ctx.send(from, { type: 'Commit', t });
  else if (phase === 'aborted') ctx.send(from, { type: 'Abort', t });
  // Prepared too: uncertain, cannot help.
}

/** The decision timer of a prepared participant: it is blocked; ask again. */
export function onDecisionTimer(ctx: Ctx, state: CommitState, t: string): void {
  if (state.phases.get(t) !== 'prepared') return;
  // The teaching toggle breaks Gray's rule: a yes vote is a promise to wait for the decision.
  if (abortsAfterYes(ctx.params)) {
    decideLocally(ctx, state, t, 'abort', decisionTimer(t));
    return;
  }
  askForDecision(ctx, state, t);
  ctx.setTimer(decisionTimer(t), intParam(ctx.params, 'decisionTimeoutMs', 500));
}

function askForDecision(ctx: Ctx, state: CommitState, t: string): void {
  if (!state.blocked.has(t)) {
    state.blocked.set(t, state.open.get(t)?.since ?? ctx.now);
    ctx.note('2pc.blocked', { node: ctx.self, t });
  }
  ctx.send(COORDINATOR, { type: 'DecisionRequest', t });
  if (terminationOf(ctx.params) === 'cooperative') {
    for (let id = 2; id <= ctx.nodes; id++) if (id !== ctx.self) ctx.send(id, { type: 'DecisionRequest', t });
  }
}

/** Restart: a transaction still prepared in the log is uncertain — ask at once and keep asking. */
export function restartParticipant(ctx: Ctx, state: CommitState): void {
  state.open.forEach((t) => {
    askForDecision(ctx, state, t);
    ctx.setTimer(decisionTimer(t), intParam(ctx.params, 'decisionTimeoutMs', 500));
  });
}
