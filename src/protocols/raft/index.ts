// Raft (Ongaro & Ousterhout, "In Search of an Understandable Consensus Algorithm", Figure 2;
// Ongaro's dissertation for PreVote, CheckQuorum and the leader's no-op), as a Protocol the
// engine runs: leader election, log replication, the commit rule, client requests, and the
// five safety properties of Figure 3 as invariants.
//
// Choices where the papers leave room:
// - The election timeout is drawn anew from [min, max] at every reset (boot, granted vote,
//   AppendEntries from the current leader), from the node's own random stream.
// - A refused AppendEntries carries the follower's last index; nextIndex backs off one step
//   (Figure 2) but skips at once past the end of a shorter log (§5.3's suggested shortcut).
//   The leader sends a lagging follower its next batch as soon as the previous one is
//   acknowledged; caught-up followers get a new entry at once; all get heartbeats.
// - A follower forwards a client request to the leader it knows; a node that receives a
//   forwarded request but is no longer leader drops it (no re-forwarding, no loops).
// - PreVote (dissertation §9.6): a precandidate asks with term+1 and changes neither its term
//   nor its vote; peers grant only with a newer term, an up-to-date log, and no leader heard
//   within the minimum election timeout (a leader counts as hearing from itself). A granted
//   reply carries the proposed term; a refusal carries the responder's term, and a higher one
//   makes the precandidate a follower in it.
// - CheckQuorum (dissertation §6.2): every minimum election timeout the leader counts the
//   peers that answered since the last check; without a majority it steps down. With it on,
//   leader stickiness (§4.2.3) also applies: within the minimum election timeout of hearing
//   from a leader (or being one), a node silently ignores RequestVote of a higher term — no
//   term change, no vote, no reply. A node forced to time out can still depose the leader
//   later, when the leader's heartbeat meets its higher term; PreVote is what prevents that.
// - The teaching toggle `unsafeCommitOldTerms` drops the §5.4.2 term condition of the commit
//   rule; the Figure 8 test shows LeaderCompleteness and StateMachineSafety catching it.

import type { Protocol } from '../../engine/types';
import { raftInvariantGuard, raftInvariants } from './invariants';
import * as node from './node';
import { raftParams } from './params';
import type { RaftMessage, RaftState } from './types';
import { describeMessage, viewState } from './view';

export type { RaftMessage, RaftRole, RaftState, WireEntry } from './types';
export type { RaftLog } from './log';
export { raftLogFrom } from './log';

export const raft: Protocol<RaftState, RaftMessage> = {
  name: 'raft',
  title: 'Raft',
  params: raftParams,
  invariants: raftInvariants,
  messageTypes: ['RequestVote', 'RequestVoteResponse', 'AppendEntries', 'AppendEntriesResponse', 'ClientRequest', 'PreVote', 'PreVoteResponse'],
  invariantGuard: raftInvariantGuard,
  init: () => node.initialState(),
  recover: (state) => node.recoverState(state),
  saveState: (state) => node.saveState(state),
  loadState: (saved) => node.loadState(saved as node.SavedState),
  start: node.start,
  onMessage: node.onMessage,
  onTimer: node.onTimer,
  onRequest: node.onRequest,
  onTimeout: node.onTimeout,
  view: (state) => viewState(state),
  describe: describeMessage,
};
