// Three-Phase Commit (Skeen, "Nonblocking Commit Protocols", SIGMOD 1981), central-site
// version, with optional quorum-based termination (Skeen 1982). Node 1 coordinates.
// Persistent: each node's log (votes, precommit/preabort, decisions; the coordinator's
// started transactions). Volatile: timers, vote and ack tallies, termination rounds.
// Plain 3PC never blocks an operational site under crashes but splits the decision under a
// partition; quorum termination never splits it, and a minority side blocks instead.

import type { Protocol } from '../../engine/types';
import { atomicity, commitInvariantGuard, validity } from '../commit-common/invariants';
import { runLabels } from '../commit-common/labels';
import { loadCommitState, saveCommitState, initialCommitState, isCoordinator, recoverCommitState, resendDecisions } from '../commit-common/state';
import { sharingContext } from '../commit-common/shared-messages';
import { commitView } from '../commit-common/view';
import * as coordinator from './coordinator';
import { describeMessage, type ThreePhaseMessage } from './messages';
import { THREE_PHASE_PARAMS } from './params';
import * as participant from './participant';
import type { ThreePhaseState } from './state';
import { decideTimer } from './termination';

export type { ThreePhaseMessage } from './messages';
export type { ThreePhaseState } from './state';

const WAIT_PREFIX = coordinator.waitTimer('');
const DECIDE_PREFIX = decideTimer('');

export const threePhaseCommit: Protocol<ThreePhaseState, ThreePhaseMessage> = {
  name: '3pc',
  title: 'Three-Phase Commit',
  params: THREE_PHASE_PARAMS,
  invariants: [atomicity<ThreePhaseState>(), validity<ThreePhaseState>()],
  invariantGuard: commitInvariantGuard<ThreePhaseState>(),
  messageTypes: ['CanCommit', 'VoteYes', 'VoteNo', 'PreCommit', 'Ack', 'DoCommit', 'Abort', 'DecisionRequest', 'StateRequest', 'StateReply', 'PreAbort'],

  init: (self, _nodes, params) => initialCommitState(self, runLabels(params)),
  recover: (state) => recoverCommitState(state, (since) => ({ since })),
  // Checkpoints share the log and the decided transactions, and copy what is in progress.
  saveState: (state) => saveCommitState(state),
  loadState: (saved) => loadCommitState(saved as ThreePhaseState),

  start(ctx, state) {
    if (isCoordinator(state)) coordinator.restartCoordinator(ctx, state);
    else participant.restartParticipant(ctx, state);
  },

  onMessage(engineCtx, state, from, message) {
    // Replies repeat the same words per transaction: one payload object for them (shared-messages.ts).
    const ctx = sharingContext(engineCtx);
    const t = message.t;
    if (isCoordinator(state)) {
      switch (message.type) {
        case 'VoteYes':
          return coordinator.onVote(ctx, state, from, t, 'yes');
        case 'VoteNo':
          return coordinator.onVote(ctx, state, from, t, 'no');
        case 'Ack':
          return coordinator.onAck(ctx, state, from, t, message.of);
        case 'StateReply':
          return coordinator.onStateReply(ctx, state, from, t, message.state);
        case 'StateRequest':
          return coordinator.onStateRequest(ctx, state, from, t);
        case 'DecisionRequest':
          return coordinator.onDecisionRequest(ctx, state, from, t);
        case 'DoCommit':
          return coordinator.onLearnedDecision(ctx, state, from, t, 'commit');
        case 'Abort':
          return coordinator.onLearnedDecision(ctx, state, from, t, 'abort');
        default:
          return; // CanCommit, PreCommit, PreAbort: never addressed to the coordinator
      }
    }
    switch (message.type) {
      case 'CanCommit':
        return participant.onCanCommit(ctx, state, t);
      case 'PreCommit':
        return participant.onPreCommit(ctx, state, from, t);
      case 'PreAbort':
        return participant.onPreAbort(ctx, state, from, t);
      case 'DoCommit':
        return participant.onDecision(ctx, state, from, t, 'commit');
      case 'Abort':
        return participant.onDecision(ctx, state, from, t, 'abort');
      case 'DecisionRequest':
        return participant.onDecisionRequest(ctx, state, from, t);
      case 'StateRequest':
        return participant.onStateRequest(ctx, state, from, t);
      case 'StateReply':
        return participant.onStateReply(ctx, state, from, t, message.state);
      case 'Ack':
        return message.of === 'PreCommit' ? participant.onPreCommitAck(ctx, state, from, t) : undefined;
      default:
        return;
    }
  },

  onTimer(ctx, state, timer) {
    if (timer === 'resend') resendDecisions(ctx, state, coordinator.DECISIONS);
    else if (timer.startsWith(WAIT_PREFIX)) coordinator.onWaitTimeout(ctx, state, timer.slice(WAIT_PREFIX.length));
    else if (timer.startsWith(DECIDE_PREFIX)) participant.onDecideTimeout(ctx, state, timer.slice(DECIDE_PREFIX.length));
  },

  onRequest(ctx, state, value) {
    if (isCoordinator(state)) coordinator.beginTransaction(ctx, state, value);
    else ctx.note('commit.notCoordinator', { node: ctx.self, value });
  },

  /** The `timeout` action: the timer of every undecided transaction at this node fires now. */
  onTimeout(ctx, state) {
    const undecided = state.open.labels();
    for (const t of undecided) {
      if (isCoordinator(state)) {
        ctx.clearTimer(coordinator.waitTimer(t));
        coordinator.onWaitTimeout(ctx, state, t);
      } else {
        ctx.clearTimer(decideTimer(t));
        participant.onDecideTimeout(ctx, state, t);
      }
    }
    if (undecided.length === 0) ctx.note('commit.nothingWaiting', { node: ctx.self });
  },

  view: (state) => commitView(state),
  describe: describeMessage,
};
