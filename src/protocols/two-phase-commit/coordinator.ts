// The 2PC coordinator (node 1): Prepare → collect votes → log the decision → Commit/Abort to
// every participant, resent until each one acks (Gray). It is the only node that decides
// commit, and it decides at most once: the decision is logged before any message carries it.

import type { NodeContext, NodeId, Note } from '../../engine/types';
import { OUTCOME_WORDS, type Outcome } from '../commit-common/log';
import type { Vote } from '../commit-common/params';
import { announceDecision, beginTransaction as begin, hasVoted, NO_VOTES, recordDecision, resumeAnnouncements, timerNames, voteCount, withVote, type CommitState } from '../commit-common/state';
import { decisionMessage, type TwoPhaseMessage } from './messages';

type Ctx = NodeContext<TwoPhaseMessage>;

export const DECISIONS = { decision: decisionMessage };

export const voteTimer = timerNames('vote:');

/** Reasons without parameters: one shared note each (a run keeps every note it makes). */
const ALL_VOTED_YES: Note = { key: 'commit.why.allVotedYes' };
const PRESUMED_ABORT: Note = { key: '2pc.why.presumedAbort' };

export function beginTransaction(ctx: Ctx, state: CommitState, t: string): void {
  // The started transaction is durable, for presumed abort after a coordinator crash.
  if (begin(ctx, state, t, { type: 'Prepare', t }, voteTimer(t))) ctx.note('2pc.begins', { node: ctx.self, t });
}

export function onVote(ctx: Ctx, state: CommitState, from: NodeId, t: string, vote: Vote): void {
  const txn = state.open.get(t);
  if (state.phases.get(t) !== 'working' || txn?.votes === undefined) return; // late or duplicate
  const votes = (txn.votes = withVote(txn.votes, from, vote));
  if (vote === 'no') return decide(ctx, state, t, 'abort', { key: 'commit.why.votedNo', params: { node: from } });
  if (voteCount(votes, ctx.nodes) === ctx.nodes - 1) decide(ctx, state, t, 'commit', ALL_VOTED_YES);
}

export function onVoteTimeout(ctx: Ctx, state: CommitState, t: string): void {
  if (state.phases.get(t) !== 'working') return;
  const votes = state.open.get(t)?.votes ?? NO_VOTES;
  const missing: number[] = [];
  for (let id = 2; id <= ctx.nodes; id++) if (!hasVoted(votes, id)) missing.push(id);
  decide(ctx, state, t, 'abort', { key: 'commit.why.voteTimeout', params: { missing } });
}

/** A participant asks for the outcome: the logged decision; no record at all means abort (presumed abort). */
export function onDecisionRequest(ctx: Ctx, state: CommitState, from: NodeId, t: string): void {
  const phase = state.phases.get(t);
  if (phase === undefined || phase === 'aborted') ctx.send(from, { type: 'Abort', t });
  else if (phase === 'committed') ctx.send(from, { type: 'Commit', t });
  // Still collecting votes: the decision will be sent to everyone when it is made.
}

/**
 * Restart: resend every logged decision that was not ENDed; abort every transaction that was
 * started but has no logged decision — the votes were volatile, and no participant can have
 * learned a commit that was never logged (presumed abort).
 */
export function restartCoordinator(ctx: Ctx, state: CommitState): void {
  resumeAnnouncements(ctx, state, DECISIONS);
  state.open.forEach((t) => decide(ctx, state, t, 'abort', PRESUMED_ABORT));
}

function decide(ctx: Ctx, state: CommitState, t: string, outcome: Outcome, why: Note): void {
  // Log first, then tell: a decision that reached anyone is on the coordinator's disk.
  recordDecision(ctx, state, t, outcome);
  ctx.clearTimer(voteTimer(t));
  announceDecision(ctx, state, t, DECISIONS);
  ctx.note('commit.decides', { node: ctx.self, outcome: OUTCOME_WORDS[outcome], t, why });
}
