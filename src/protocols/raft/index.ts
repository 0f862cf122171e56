// Raft (Ongaro & Ousterhout, "In Search of an Understandable Consensus Algorithm", Figure 2;
// Ongaro's dissertation for PreVote, CheckQuorum and the leader's no-op), as a Protocol the
// engine runs: leader election, log replication, the commit rule, client requests, and the
// five safety properties of Figure 3 as invariants.

import type { Protocol } from '../../engine/types';
import { raftInvariants } from './invariants';
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
  init: () => node.initialState(),
  recover: (state) => node.recoverState(state),
  start: node.start,
  onMessage: node.onMessage,
  onTimer: node.onTimer,
  onRequest: node.onRequest,
  onTimeout: node.onTimeout,
  view: (state) => viewState(state),
  describe: describeMessage,
};
