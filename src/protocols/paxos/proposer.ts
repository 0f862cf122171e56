// The proposer (Paxos Made Simple §2.3, §2.5): phase 1a Prepare, then — with promises from a
// majority — phase 2a Accept with the value of the highest-ballot acceptance they report, or the
// proposer's own value when none does. A ballot that is nacked or gets no majority within
// `ballotTimeoutMs` is given up; the proposer retries with a higher ballot after a back-off,
// randomized so that dueling proposers stop preempting each other (§2.5 "Progress").

import type { NodeContext, NodeId, Note } from '../../engine/types';
import { compareBallots, formatBallot, roundOf, type Ballot } from './ballot';
import { majorityOf } from './learner';
import type { Acceptance, PaxosMessage } from './messages';
import { readParams } from './params';
import type { PaxosState, Proposal } from './state';

type Ctx = NodeContext<PaxosMessage>;

export const BALLOT_TIMER = 'ballotTimeout';
export const BACKOFF_TIMER = 'backoff';

const sameBallot = (a: Ballot, b: Ballot) => a[0] === b[0] && a[1] === b[1];

/** Remember the highest round seen, so that the next ballot can jump above it. */
export function seeRound(state: PaxosState, ballot: Ballot | null): void {
  if (ballot !== null && ballot[0] > state.roundSeen) state.roundSeen = ballot[0];
}

/** The proposer's current ballot when it is still waiting in `phase`, else null. */
function waitingIn(state: PaxosState, ballot: Ballot, phase: Proposal['phase']): Proposal | null {
  const p = state.proposal;
  return p !== null && p.phase === phase && sameBallot(p.ballot, ballot) ? p : null;
}

function backoffMs(ctx: Ctx): number {
  const params = readParams(ctx.params);
  // §2.5 "Progress": without a randomized wait, preempted proposers retry at once and keep
  // preempting each other (the lesson's livelock). A fixed non-zero wait hardly livelocks here:
  // a Nack arrives after the winner's Accept is already on its way, so only a quick retry can
  // overtake it — and a random wait lets one proposer finish both phases undisturbed.
  return params.backoff ? ctx.random.intBetween(params.retryMsMin, params.retryMsMax) : 0;
}

/** Give up the current ballot and retry after a back-off. */
function backOff(ctx: Ctx, state: PaxosState, why: Note): void {
  const proposal = state.proposal;
  if (proposal === null) return;
  proposal.phase = 'idle';
  ctx.clearTimer(BALLOT_TIMER);
  const waitMs = backoffMs(ctx);
  ctx.setTimer(BACKOFF_TIMER, waitMs);
  ctx.note('paxos.givesUp', { node: ctx.self, ballot: formatBallot(proposal.ballot), why, waitMs });
}

/** Phase 1a with a fresh ballot above every round this node has seen or used. */
export function startBallot(ctx: Ctx, state: PaxosState, why: Note): void {
  if (state.ownValue === null) return;
  // round = max(seen round) + 1. triedRound is persistent (§2.5), so a restarted proposer never
  // reuses a ballot; promised/accepted are persistent too and usually the higher ones.
  const round = Math.max(state.roundSeen, state.triedRound, roundOf(state.promised), roundOf(state.accepted?.ballot ?? null)) + 1;
  state.triedRound = round;
  state.roundSeen = round;
  const ballot: Ballot = [round, ctx.self];
  state.proposal = { ballot, phase: 'prepare', promises: [], highest: null, value: null, accepts: [] };
  ctx.clearTimer(BACKOFF_TIMER);
  ctx.setTimer(BALLOT_TIMER, readParams(ctx.params).ballotTimeoutMs);
  ctx.note('paxos.startsBallot', { node: ctx.self, ballot: formatBallot(ballot), value: state.ownValue, why });
  // Prepare goes to every acceptor, this node included, through the network: uniform and visible.
  for (let acceptor = 1; acceptor <= ctx.nodes; acceptor++) ctx.send(acceptor, { type: 'Prepare', ballot });
}

/** Phase 1b reply. With a majority of promises, phase 2a. */
export function onPromise(ctx: Ctx, state: PaxosState, from: NodeId, ballot: Ballot, accepted: Acceptance | null): void {
  const proposal = waitingIn(state, ballot, 'prepare');
  if (proposal === null || proposal.promises.includes(from)) return;
  proposal.promises.push(from);
  if (accepted !== null && (proposal.highest === null || compareBallots(accepted.ballot, proposal.highest.ballot) > 0)) {
    proposal.highest = accepted;
  }
  if (proposal.promises.length < majorityOf(ctx.nodes)) return;

  // §2.2 P2c / §2.3 2a: v is the value of the highest-numbered proposal among the responses —
  // not the most frequent one — or any value (ours) if the responses report none. That value
  // may already be chosen, and P2c is what keeps it so.
  const highest = proposal.highest;
  const own = state.ownValue as string;
  const promisers = proposal.promises.slice().sort((a, b) => a - b);
  let value: string;
  let why: Note;
  if (highest === null) {
    value = own;
    why = { key: 'paxos.why.noAcceptance' };
  } else if (readParams(ctx.params).unsafeIgnorePromises) {
    // Teaching variant: breaks P2c, so a value chosen earlier can be overwritten.
    value = own;
    why = { key: 'paxos.why.unsafeIgnores', params: { value: highest.value, ballot: formatBallot(highest.ballot) } };
  } else {
    value = highest.value;
    why = { key: 'paxos.why.highestAcceptance', params: { ballot: formatBallot(highest.ballot) } };
  }
  proposal.value = value;
  proposal.phase = 'accept';
  ctx.setTimer(BALLOT_TIMER, readParams(ctx.params).ballotTimeoutMs);
  ctx.note('paxos.proposes', { node: ctx.self, ballot: formatBallot(ballot), promisers, value, why });
  for (let acceptor = 1; acceptor <= ctx.nodes; acceptor++) ctx.send(acceptor, { type: 'Accept', ballot, value });
}

/** A Nack for the ballot in progress: it was preempted by a higher one. */
export function onNack(ctx: Ctx, state: PaxosState, from: NodeId, ballot: Ballot, promised: Ballot): void {
  const proposal = state.proposal;
  if (proposal === null || proposal.phase === 'idle' || !sameBallot(proposal.ballot, ballot)) return;
  // An acceptor that promised this very ballot nacks a duplicated Prepare: not a preemption.
  if (compareBallots(promised, ballot) <= 0) return;
  backOff(ctx, state, { key: 'paxos.why.promisedHigher', params: { node: from, ballot: formatBallot(promised) } });
}

/** The phase timed out (no majority) or the back-off ended. */
export function onProposerTimer(ctx: Ctx, state: PaxosState, timer: string): void {
  if (state.learned !== null) return;
  const proposal = state.proposal;
  if (timer === BALLOT_TIMER && proposal !== null && proposal.phase !== 'idle') {
    const why = proposal.phase === 'prepare' ? 'paxos.why.noMajorityOfPromises' : 'paxos.why.noMajorityOfAccepts';
    backOff(ctx, state, { key: why, params: { ms: readParams(ctx.params).ballotTimeoutMs } });
  } else if (timer === BACKOFF_TIMER) {
    startBallot(ctx, state, { key: 'paxos.why.retryAfterBackOff' });
  }
}

/** This node learned the chosen value: nothing left to propose (§2.5: stop retrying). */
export function stopProposing(ctx: Ctx, state: PaxosState): void {
  ctx.clearTimer(BALLOT_TIMER);
  ctx.clearTimer(BACKOFF_TIMER);
  if (state.proposal !== null) state.proposal.phase = 'idle';
}

export function onClientRequest(ctx: Ctx, state: PaxosState, value: string): void {
  if (state.learned !== null) {
    // Single-decree: the decree is decided; proposing again would only re-choose it.
    ctx.note('paxos.requestNotProposed', { node: ctx.self, learned: state.learned, value });
    return;
  }
  const previous = state.ownValue;
  state.ownValue = value;
  if (state.proposal === null) {
    startBallot(ctx, state, { key: 'paxos.why.clientRequest' });
    return;
  }
  const phase = { key: `paxos.phase.${state.proposal.phase}` };
  ctx.note('paxos.willPropose', { node: ctx.self, value, previous: previous ?? '', ballot: formatBallot(state.proposal.ballot), phase });
}

/** The `timeout` action: retry now with a higher ballot. */
export function onProposerTimeout(ctx: Ctx, state: PaxosState): void {
  if (state.learned !== null) return ctx.note('paxos.nothingToRetry', { node: ctx.self, learned: state.learned });
  if (state.ownValue === null) return ctx.note('paxos.noValue', { node: ctx.self });
  startBallot(ctx, state, { key: 'paxos.why.timeout' });
}
