// The messages of single-decree Paxos, named as in Paxos Made Simple §2.2–2.3 (phase 1a/1b,
// 2a/2b), plus Nack, the usual optimisation that tells a proposer its ballot is stale (§2.5
// "Progress": an acceptor may inform a proposer that it has promised a higher number).

import type { MessageDescription, Note } from '../../engine/types';
import { compareBallots, formatBallot, type Ballot } from './ballot';

/** An acceptance: the value an acceptor accepted and the ballot it accepted it in. */
export interface Acceptance {
  ballot: Ballot;
  value: string;
}

export type PaxosMessage =
  /** 1a: the proposer asks acceptors to promise not to accept ballots below `ballot`. */
  | { type: 'Prepare'; ballot: Ballot }
  /** 1b: the promise, with the acceptor's highest-ballot acceptance (or null). */
  | { type: 'Promise'; ballot: Ballot; accepted: Acceptance | null }
  /** The acceptor had already promised `promised` ≥ `ballot`: the proposer should retry higher. */
  | { type: 'Nack'; ballot: Ballot; promised: Ballot }
  /** 2a: accept `value` in `ballot`. */
  | { type: 'Accept'; ballot: Ballot; value: string }
  /** 2b: sent by an acceptor to every learner when it accepts. */
  | { type: 'Accepted'; ballot: Ballot; value: string };

// Labels are notes rendered per language (en|zh-CN/message-labels.ts); the catalog quotes values.
export function describeMessage(message: PaxosMessage): MessageDescription {
  const ballot = formatBallot(message.ballot);
  switch (message.type) {
    case 'Prepare':
      return { type: 'Prepare', label: { key: 'label.paxos.Prepare', params: { ballot } } };
    case 'Promise': {
      const a = message.accepted;
      const accepted: Note =
        a === null ? { key: 'label.paxos.noneAccepted' } : { key: 'label.paxos.accepted', params: { ballot: formatBallot(a.ballot), value: a.value } };
      return { type: 'Promise', label: { key: 'label.paxos.Promise', params: { ballot, accepted } } };
    }
    case 'Nack': {
      // A duplicated Prepare is nacked by the acceptor that already promised that very ballot.
      const relation = compareBallots(message.ballot, message.promised) < 0 ? '<' : '≤';
      return { type: 'Nack', label: { key: 'label.paxos.Nack', params: { ballot, relation, promised: formatBallot(message.promised) } } };
    }
    case 'Accept':
      return { type: 'Accept', label: { key: 'label.paxos.Accept', params: { ballot, value: message.value } } };
    case 'Accepted':
      return { type: 'Accepted', label: { key: 'label.paxos.Accepted', params: { ballot, value: message.value } } };
  }
}
