// A 3PC participant (nodes 2..n). It votes at once on CanCommit (as in our 2PC model); a yes
// vote is logged before it leaves, and the participant is then uncertain (Skeen's state w).
// Skeen's timeout rules (plain 3PC): waiting for PreCommit in w → abort (no one can have
// committed yet, since the coordinator commits only from p); waiting for DoCommit in p →
// commit (every site voted yes). They make 3PC non-blocking under crashes, and unsafe under
// partitions — a participant cut off from a PreCommit that others received aborts while they commit.
// Recovery (plain 3PC): a participant that restarts in w may have missed a PreCommit that the
// others acted on, so it must not apply the w → abort rule: it asks every node
// (DecisionRequest) until one that knows the outcome answers — blocked meanwhile. One that
// restarts in p resumes the p → commit rule. With quorum termination every timeout and every
// restart of an undecided participant starts a termination round (termination.ts).

import type { NodeContext, NodeId } from '../../engine/types';
import { COORDINATOR, OUTCOME_WORDS, isDecided, type Outcome, type Phase } from '../commit-common/log';
import { intParam } from '../commit-common/params';
import { castVote, decideLocally, writeLog } from '../commit-common/state';
import { decisionMessage, type ThreePhaseMessage } from './messages';
import { isQuorum } from './params';
import { NOTHING_KNOWN, withKnown, type ThreePhaseState } from './state';
import { advance, decideTimer, startRound, type Decide } from './termination';

type Ctx = NodeContext<ThreePhaseMessage>;

const waitMs = (ctx: Ctx) => intParam(ctx.params, 'decisionTimeoutMs', 600);

export function onCanCommit(ctx: Ctx, state: ThreePhaseState, t: string): void {
  const phase = state.phases.get(t);
  if (phase === undefined) {
    castVote(ctx, state, t, decideTimer(t), 600);
    return;
  }
  if (phase === 'aborted') ctx.send(COORDINATOR, { type: 'VoteNo', t });
  else ctx.send(COORDINATOR, { type: 'VoteYes', t });
}

/** PreCommit, from the coordinator or a termination leader: w → p, acked to the sender. */
export function onPreCommit(ctx: Ctx, state: ThreePhaseState, from: NodeId, t: string): void {
  const phase = state.phases.get(t);
  if (phase === undefined) return;
  if (phase === 'prepared') {
    writeLog(ctx, state, t, 'precommit');
    state.phases.set(t, 'precommitted');
    state.open.get(t)!.recovered = false;
    ctx.setTimer(decideTimer(t), waitMs(ctx));
  }
  if (phase === 'prepared' || phase === 'precommitted') ctx.send(from, { type: 'Ack', t, of: 'PreCommit' });
  // Preaborted or decided: p is out of reach (termination.ts rule 1) — say where it stands.
  else ctx.send(from, { type: 'StateReply', t, state: phase });
}

/** PreAbort from a termination leader: w → pa. */
export function onPreAbort(ctx: Ctx, state: ThreePhaseState, from: NodeId, t: string): void {
  if (state.phases.get(t) === undefined) return abortUnvoted(ctx, state, from, t);
  if (state.phases.get(t) === 'prepared') {
    writeLog(ctx, state, t, 'preabort');
    state.phases.set(t, 'preaborted');
  }
  ctx.send(from, { type: 'StateReply', t, state: state.phases.get(t)! });
}

export function onStateRequest(ctx: Ctx, state: ThreePhaseState, from: NodeId, t: string): void {
  const phase = state.phases.get(t);
  if (phase === undefined) return abortUnvoted(ctx, state, from, t);
  ctx.send(from, { type: 'StateReply', t, state: phase });
}

/** Never voted on t (its CanCommit is late or lost): free to abort unilaterally, and say so. */
function abortUnvoted(ctx: Ctx, state: ThreePhaseState, from: NodeId, t: string): void {
  decideLocally(ctx, state, t, 'abort', decideTimer(t));
  ctx.note('3pc.abortsUnilaterally', { node: ctx.self, t });
  ctx.send(from, { type: 'StateReply', t, state: 'aborted' });
}

export function onStateReply(ctx: Ctx, state: ThreePhaseState, from: NodeId, t: string, phase: Phase): void {
  const txn = state.open.get(t);
  if (!isQuorum(ctx.params) || txn === undefined || isDecided(state.phases.get(t))) return;
  txn.known = withKnown(txn.known ?? NOTHING_KNOWN, from, phase);
  advance(ctx, state, t, decider(ctx, state, t));
}

/** Ack(PreCommit) to a termination leader. */
export function onPreCommitAck(ctx: Ctx, state: ThreePhaseState, from: NodeId, t: string): void {
  onStateReply(ctx, state, from, t, 'precommitted');
}

/** DoCommit or Abort, from the coordinator (acked) or from a peer that decided. */
export function onDecision(ctx: Ctx, state: ThreePhaseState, from: NodeId, t: string, outcome: Outcome): void {
  const fresh = decideLocally(ctx, state, t, outcome, decideTimer(t));
  if (fresh && from !== COORDINATOR) ctx.note('commit.learns', { node: ctx.self, outcome: OUTCOME_WORDS[outcome], t, from });
  if (from === COORDINATOR) ctx.send(COORDINATOR, { type: 'Ack', t, of: outcome === 'commit' ? 'DoCommit' : 'Abort' });
}

export function onDecisionRequest(ctx: Ctx, state: ThreePhaseState, from: NodeId, t: string): void {
  const phase = state.phases.get(t);
  if (!isDecided(phase)) return;
  ctx.send(from, decisionMessage(t, phase === 'committed' ? 'commit' : 'abort'));
}

export function onDecideTimeout(ctx: Ctx, state: ThreePhaseState, t: string): void {
  const txn = state.open.get(t);
  if (txn === undefined || isDecided(state.phases.get(t))) return;
  if (isQuorum(ctx.params)) return startRound(ctx, state, t, decider(ctx, state, t));
  if (state.phases.get(t) === 'precommitted') {
    decideLocally(ctx, state, t, 'commit', decideTimer(t));
    ctx.note('3pc.timeoutPrecommitted', { node: ctx.self, t });
  } else if (txn.recovered) {
    askEveryone(ctx, state, t);
  } else {
    decideLocally(ctx, state, t, 'abort', decideTimer(t));
    ctx.note('3pc.timeoutUncertain', { node: ctx.self, t });
  }
}

function askEveryone(ctx: Ctx, state: ThreePhaseState, t: string): void {
  if (!state.blocked.has(t)) {
    state.blocked.set(t, state.open.get(t)?.since ?? ctx.now);
    ctx.note('3pc.restartedUncertain', { node: ctx.self, t });
  }
  for (let id = 1; id <= ctx.nodes; id++) if (id !== ctx.self) ctx.send(id, { type: 'DecisionRequest', t });
  ctx.setTimer(decideTimer(t), waitMs(ctx));
}

export function restartParticipant(ctx: Ctx, state: ThreePhaseState): void {
  const quorum = isQuorum(ctx.params);
  state.open.forEach((t, txn) => {
    if (quorum) startRound(ctx, state, t, decider(ctx, state, t));
    else if (state.phases.get(t) === 'precommitted') ctx.setTimer(decideTimer(t), waitMs(ctx));
    else {
      txn.recovered = true;
      askEveryone(ctx, state, t);
    }
  });
}

/** A participant that decides in a termination round tells every other node. */
function decider(ctx: Ctx, state: ThreePhaseState, t: string): Decide {
  return (outcome, why) => {
    if (!decideLocally(ctx, state, t, outcome, decideTimer(t))) return;
    ctx.note('commit.decides', { node: ctx.self, outcome: OUTCOME_WORDS[outcome], t, why });
    for (let id = 1; id <= ctx.nodes; id++) if (id !== ctx.self) ctx.send(id, decisionMessage(t, outcome));
  };
}
