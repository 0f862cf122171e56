// The learner (Paxos Made Simple §2.4): acceptors send every acceptance to every learner; a
// learner learns a value once a majority of acceptors report accepting it in the same ballot.

import type { NodeContext, NodeId } from '../../engine/types';
import { formatBallot, type Ballot } from './ballot';
import type { PaxosMessage } from './messages';
import type { PaxosState } from './state';

export const majorityOf = (nodes: number): number => Math.floor(nodes / 2) + 1;

/** A phase-2b report from acceptor `from`. Returns true when this report made the node learn. */
export function onAccepted(ctx: NodeContext<PaxosMessage>, state: PaxosState, from: NodeId, ballot: Ballot, value: string): boolean {
  const proposal = state.proposal;
  if (proposal !== null && proposal.ballot[0] === ballot[0] && proposal.ballot[1] === ballot[1] && !proposal.accepts.includes(from)) {
    proposal.accepts.push(from);
  }
  if (state.learned !== null) return false;
  // Count distinct acceptors per (ballot, value): a duplicated 2b must not count twice, and
  // acceptances in different ballots do not add up (§2.2: chosen = accepted by a majority).
  const key = `${ballot[0]}.${ballot[1]}|${value}`;
  let tally = state.tallies[key];
  if (tally === undefined) {
    tally = { ballot, value, from: [] };
    state.tallies[key] = tally;
  }
  if (tally.from.includes(from)) return false;
  tally.from.push(from);
  if (tally.from.length < majorityOf(ctx.nodes)) return false;
  state.learned = value;
  state.tallies = {};
  const by = tally.from.slice().sort((a, b) => a - b);
  ctx.note('paxos.learned', { node: ctx.self, value, ballot: formatBallot(ballot), by });
  return true;
}
