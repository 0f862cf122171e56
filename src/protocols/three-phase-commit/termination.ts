// Quorum-based termination for 3PC (`termination: "quorum"`), after Skeen's quorum-based commit
// protocol (1982) with commit and abort quorums both a majority of all n nodes, simplified in
// the spirit of Keidar & Dolev's E3PC. No node ever decides by a timeout alone.
//
// The exact rule. Phases per transaction: prepared (w, uncertain), precommitted (p),
// preaborted (pa, the abort-side twin of p), committed, aborted. M = floor(n/2) + 1.
//   1. p and pa are durable and exclusive: a p node never becomes pa, a pa node never becomes p.
//   2. Commit only knowing (from Acks/StateReplies) that M nodes are p (counting itself).
//   3. Abort only knowing that M nodes are pa — or unilaterally before anyone can be p: a
//      participant that has not voted yes, or the coordinator before it logged precommit
//      (every p descends from the coordinator's precommit, which needs all yes votes).
//   4. Anyone may adopt a decision it hears of (StateReply committed/aborted, DoCommit, Abort).
// Safety: two majorities intersect, and by (1) no node is in both, so a commit quorum and an
// abort quorum never both exist; a unilateral abort (3) means the coordinator never
// precommits, so no p exists and no commit quorum can form. Hence Atomicity under any
// crash/partition/loss schedule. Validity: a node becomes p only from PreCommit, which the
// coordinator sends after all yes votes and a termination leader only once some p exists.
//
// A round (a participant's decision timer, or a restart): blocked since its yes vote; send
// StateRequest to every other node; then, on each StateReply —
//   - some node decided → adopt it;
//   - M nodes p → commit; M nodes pa → abort (rules 2, 3);
//   - else if some known node is p: become p (if prepared) and send PreCommit to the known
//     prepared nodes (they ack as p);
//   - else if it knows the state of M nodes (none p): become pa (if prepared) and send PreAbort
//     to the known prepared nodes;
//   - else: stay blocked; the next round comes after decisionTimeoutMs.
// The coordinator in p does the same with PreCommit when its ack timer fires.
// A round's decider tells every other node the outcome (DoCommit/Abort).
// Known limitation (Keidar–Dolev): a mix of p and pa nodes with neither a majority blocks even
// when everyone is connected again — safe, not live. A minority side always blocks.

import type { NodeContext, Note } from '../../engine/types';
import { isDecided, type Outcome } from '../commit-common/log';
import { intParam } from '../commit-common/params';
import { timerNames, writeLog } from '../commit-common/state';
import type { ThreePhaseMessage } from './messages';
import { knownPhase, NOTHING_KNOWN, wasSent, withSent, type ThreePhaseState, type ThreePhaseTxn } from './state';

type Ctx = NodeContext<ThreePhaseMessage>;

export const majorityOf = (nodes: number): number => Math.floor(nodes / 2) + 1;

export type Decide = (outcome: Outcome, why: Note) => void;

/** Apply the rule above with what the node knows now. O(n). */
export function advance(ctx: Ctx, state: ThreePhaseState, t: string, decide: Decide): void {
  const txn = state.open.get(t);
  const self = state.phases.get(t);
  if (txn === undefined || isDecided(self)) return;
  const known = txn.known ?? NOTHING_KNOWN;
  let p = self === 'precommitted' ? 1 : 0;
  let pa = self === 'preaborted' ? 1 : 0;
  let heard = 1;
  let someoneP = false;
  for (let id = 1; id <= ctx.nodes; id++) {
    const phase = knownPhase(known, id);
    if (phase === undefined) continue;
    if (phase === 'committed') return decide('commit', { key: '3pc.why.nodeCommitted', params: { node: id } });
    if (phase === 'aborted') return decide('abort', { key: '3pc.why.nodeAborted', params: { node: id } });
    heard++;
    if (phase === 'precommitted') {
      p++;
      someoneP = true;
    } else if (phase === 'preaborted') pa++;
  }
  const quorum = majorityOf(ctx.nodes);
  if (p >= quorum) return decide('commit', { key: '3pc.why.majorityPrecommitted', params: { have: p, nodes: ctx.nodes } });
  if (pa >= quorum) return decide('abort', { key: '3pc.why.majorityPreaborted', params: { have: pa, nodes: ctx.nodes } });
  if (someoneP || self === 'precommitted') {
    if (self === 'prepared') {
      writeLog(ctx, state, t, 'precommit');
      state.phases.set(t, 'precommitted');
      txn.recovered = false;
      ctx.note('3pc.precommitsToo', { node: ctx.self, t });
      if (p + 1 >= quorum) return decide('commit', { key: '3pc.why.majorityPrecommitted', params: { have: p + 1, nodes: ctx.nodes } });
    }
    sendTo(ctx, txn, t, 'PreCommit');
  } else if (heard >= quorum) {
    if (self === 'prepared') {
      writeLog(ctx, state, t, 'preabort');
      state.phases.set(t, 'preaborted');
      ctx.note('3pc.preaborts', { node: ctx.self, heard, nodes: ctx.nodes, t });
      if (pa + 1 >= quorum) return decide('abort', { key: '3pc.why.majorityPreaborted', params: { have: pa + 1, nodes: ctx.nodes } });
    }
    sendTo(ctx, txn, t, 'PreAbort');
  }
}

/** `type` to every node known to be prepared and not sent one yet this round. */
function sendTo(ctx: Ctx, txn: ThreePhaseTxn, t: string, type: 'PreCommit' | 'PreAbort'): void {
  const known = txn.known ?? NOTHING_KNOWN;
  let sent = txn.sent ?? 0;
  for (let id = 1; id <= ctx.nodes; id++) {
    if (knownPhase(known, id) !== 'prepared' || wasSent(sent, id)) continue;
    sent = withSent(sent, id);
    ctx.send(id, { type, t });
  }
  txn.sent = sent;
}

export const decideTimer = timerNames('decide:');

/** A participant starts (or repeats) a termination round for t. */
export function startRound(ctx: Ctx, state: ThreePhaseState, t: string, decide: Decide): void {
  const txn = state.open.get(t);
  if (txn === undefined) return;
  if (!state.blocked.has(t)) {
    state.blocked.set(t, txn.since);
    ctx.note('3pc.uncertainAsks', { node: ctx.self, t });
  }
  txn.sent = 0;
  for (let id = 1; id <= ctx.nodes; id++) if (id !== ctx.self) ctx.send(id, { type: 'StateRequest', t });
  ctx.setTimer(decideTimer(t), intParam(ctx.params, 'decisionTimeoutMs', 600));
  advance(ctx, state, t, decide);
}
