// Two-Phase Commit (Gray, "Notes on Data Base Operating Systems"; Lamport's TwoPhase and
// TCommit TLA+ specs). Node 1 coordinates; nodes 2..n participate. Persistent: each node's log
// (votes, decisions; the coordinator's started transactions). Volatile: timers, the vote
// tally, pending acks. 2PC is safe under any crash/partition schedule but blocks: a prepared
// participant cannot decide while the coordinator is unreachable.

import type { Protocol } from '../../engine/types';
import { atomicity, commitInvariantGuard, validity } from '../commit-common/invariants';
import { runLabels } from '../commit-common/labels';
import { loadCommitState, saveCommitState, isCoordinator, initialCommitState, recoverCommitState, resendDecisions, onDecisionAck, type CommitState } from '../commit-common/state';
import { sharingContext } from '../commit-common/shared-messages';
import { commitView } from '../commit-common/view';
import {
  beginTransaction,
  DECISIONS,
  onDecisionRequest,
  onVote,
  onVoteTimeout,
  restartCoordinator,
  voteTimer,
} from './coordinator';
import { describeMessage, type TwoPhaseMessage } from './messages';
import { TWO_PHASE_PARAMS } from './params';
import { decisionTimer, onDecision, onDecisionTimer, onPeerDecisionRequest, onPrepare, restartParticipant } from './participant';

export type { TwoPhaseMessage } from './messages';
export type TwoPhaseState = CommitState;

const VOTE_PREFIX = voteTimer('');
const DECISION_PREFIX = decisionTimer('');

export const twoPhaseCommit: Protocol<TwoPhaseState, TwoPhaseMessage> = {
  name: '2pc',
  title: 'Two-Phase Commit',
  params: TWO_PHASE_PARAMS,
  invariants: [atomicity<TwoPhaseState>(), validity<TwoPhaseState>()],
  invariantGuard: commitInvariantGuard<TwoPhaseState>(),
  messageTypes: ['Prepare', 'VoteYes', 'VoteNo', 'Commit', 'Abort', 'Ack', 'DecisionRequest'],

  init: (self, _nodes, params) => initialCommitState(self, runLabels(params)),
  recover: (state) => recoverCommitState(state, (since) => ({ since })),
  // Checkpoints share the log and the decided transactions, and copy what is in progress.
  saveState: (state) => saveCommitState(state),
  loadState: (saved) => loadCommitState(saved as TwoPhaseState),

  start(ctx, state) {
    if (isCoordinator(state)) restartCoordinator(ctx, state);
    else restartParticipant(ctx, state);
  },

  onMessage(engineCtx, state, from, message) {
    // Replies repeat the same words per transaction: one payload object for them (shared-messages.ts).
    const ctx = sharingContext(engineCtx);
    const t = message.t;
    if (isCoordinator(state)) {
      switch (message.type) {
        case 'VoteYes':
          return onVote(ctx, state, from, t, 'yes');
        case 'VoteNo':
          return onVote(ctx, state, from, t, 'no');
        case 'Ack':
          return onDecisionAck(ctx, state, from, t);
        case 'DecisionRequest':
          return onDecisionRequest(ctx, state, from, t);
        default:
          return;
      }
    }
    switch (message.type) {
      case 'Prepare':
        return onPrepare(ctx, state, t);
      case 'Commit':
        return onDecision(ctx, state, from, t, 'commit');
      case 'Abort':
        return onDecision(ctx, state, from, t, 'abort');
      case 'DecisionRequest':
        return onPeerDecisionRequest(ctx, state, from, t);
      default:
        return;
    }
  },

  onTimer(ctx, state, timer) {
    if (timer === 'resend') resendDecisions(ctx, state, DECISIONS);
    else if (timer.startsWith(VOTE_PREFIX)) onVoteTimeout(ctx, state, timer.slice(VOTE_PREFIX.length));
    else if (timer.startsWith(DECISION_PREFIX)) onDecisionTimer(ctx, state, timer.slice(DECISION_PREFIX.length));
  },

  onRequest(ctx, state, value) {
    if (isCoordinator(state)) beginTransaction(ctx, state, value);
    else ctx.note('commit.notCoordinator', { node: ctx.self, value });
  },

  /** The `timeout` action: every timer this node has running for an undecided transaction fires now. */
  onTimeout(ctx, state) {
    let fired = 0;
    state.open.forEach((t) => {
      const phase = state.phases.get(t);
      if (isCoordinator(state) && phase === 'working') {
        onVoteTimeout(ctx, state, t);
        fired++;
      } else if (!isCoordinator(state) && phase === 'prepared') {
        onDecisionTimer(ctx, state, t);
        fired++;
      }
    });
    if (fired === 0) ctx.note('commit.nothingWaiting', { node: ctx.self });
  },

  view: (state) => commitView(state),
  describe: describeMessage,
};
