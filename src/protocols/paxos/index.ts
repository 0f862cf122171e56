// Single-decree Basic Paxos (Lamport, "Paxos Made Simple"): every node is a proposer, an
// acceptor and a learner. Handlers are pure rules over the node's plain-data state; the engine
// owns the network, timers and clock. Message flow: Prepare → Promise/Nack → Accept →
// Accepted (to every learner) / Nack.

import type { Protocol } from '../../engine/types';
import { onAccept, onPrepare } from './acceptor';
import { onAccepted } from './learner';
import { describeMessage, type PaxosMessage } from './messages';
import { PAXOS_INVARIANTS } from './invariants';
import { PAXOS_PARAMS } from './params';
import {
  onClientRequest,
  onNack,
  onPromise,
  onProposerTimeout,
  onProposerTimer,
  seeRound,
  stopProposing,
} from './proposer';
import { initialState, recoveredState, viewState, type PaxosState } from './state';

export type { PaxosMessage } from './messages';
export type { PaxosState } from './state';
export type { Ballot } from './ballot';

export const paxos: Protocol<PaxosState, PaxosMessage> = {
  name: 'paxos',
  title: 'Paxos (single-decree)',
  params: PAXOS_PARAMS,
  invariants: PAXOS_INVARIANTS,
  messageTypes: ['Prepare', 'Promise', 'Accept', 'Accepted', 'Nack'],
  init: () => initialState(),
  recover: (state) => recoveredState(state),
  // Nothing to schedule at boot or restart: the proposer is idle until a request (its ballot in
  // progress was volatile), and acceptors and learners only react to messages.
  start: () => {},
  onMessage(ctx, state, from, message) {
    seeRound(state, message.ballot);
    switch (message.type) {
      case 'Prepare':
        return onPrepare(ctx, state, from, message.ballot);
      case 'Promise':
        seeRound(state, message.accepted?.ballot ?? null);
        return onPromise(ctx, state, from, message.ballot, message.accepted);
      case 'Nack':
        seeRound(state, message.promised);
        return onNack(ctx, state, from, message.ballot, message.promised);
      case 'Accept':
        return onAccept(ctx, state, from, message.ballot, message.value);
      case 'Accepted':
        if (onAccepted(ctx, state, from, message.ballot, message.value)) stopProposing(ctx, state);
        return;
    }
  },
  onTimer: (ctx, state, timer) => onProposerTimer(ctx, state, timer),
  onRequest: (ctx, state, value) => onClientRequest(ctx, state, value),
  onTimeout: (ctx, state) => onProposerTimeout(ctx, state),
  view: (state) => viewState(state),
  describe: (message) => describeMessage(message),
};
