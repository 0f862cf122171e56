// The acceptor's two rules (Paxos Made Simple §2.2 P1a and §2.3 phase 1b/2b).
// Its promised ballot and acceptance live in stable storage (state.ts).

import type { NodeContext, NodeId } from '../../engine/types';
import { compareBallots, formatBallot, type Ballot } from './ballot';
import type { PaxosMessage } from './messages';
import type { PaxosState } from './state';

/** Phase 1b: promise `ballot` if it is above every ballot promised so far, else Nack. */
export function onPrepare(ctx: NodeContext<PaxosMessage>, state: PaxosState, from: NodeId, ballot: Ballot): void {
  // §2.3 1b: respond only to a prepare "with number n greater than that of any prepare
  // request to which it has already responded" — strictly greater, so each acceptor promises a
  // given ballot at most once and a duplicated Prepare cannot build a second majority.
  if (state.promised !== null && compareBallots(ballot, state.promised) <= 0) {
    ctx.send(from, { type: 'Nack', ballot, promised: state.promised });
    return;
  }
  state.promised = ballot;
  // The reply carries the acceptance itself (immutable: replaced, never mutated, on accept).
  ctx.send(from, { type: 'Promise', ballot, accepted: state.accepted });
}

/** Phase 2b: accept unless a higher ballot was promised (P1a); tell every learner. */
export function onAccept(ctx: NodeContext<PaxosMessage>, state: PaxosState, from: NodeId, ballot: Ballot, value: string): void {
  if (state.promised !== null && compareBallots(ballot, state.promised) < 0) {
    ctx.send(from, { type: 'Nack', ballot, promised: state.promised });
    return;
  }
  // P1a: accepting b is also a promise not to accept anything below b.
  state.promised = ballot;
  state.accepted = { ballot, value };
  ctx.note('paxos.accepted', { node: ctx.self, value, ballot: formatBallot(ballot) });
  for (let learner = 1; learner <= ctx.nodes; learner++) ctx.send(learner, { type: 'Accepted', ballot, value });
}
