// 3PC messages (Skeen 1981): CanCommit, the votes, PreCommit, the Acks, DoCommit/Abort.
// DecisionRequest: a participant that restarted uncertain asks for the outcome.
// StateRequest/StateReply/PreAbort: quorum-based termination only (Skeen 1982; see termination.ts).

import type { MessageDescription } from '../../engine/types';
import type { Outcome, Phase } from '../commit-common/log';

export type AckOf = 'PreCommit' | 'DoCommit' | 'Abort';

export type ThreePhaseMessage =
  | { type: 'CanCommit'; t: string }
  | { type: 'VoteYes'; t: string }
  | { type: 'VoteNo'; t: string }
  | { type: 'PreCommit'; t: string }
  | { type: 'Ack'; t: string; of: AckOf }
  | { type: 'DoCommit'; t: string }
  | { type: 'Abort'; t: string }
  | { type: 'DecisionRequest'; t: string }
  | { type: 'StateRequest'; t: string }
  | { type: 'StateReply'; t: string; state: Phase }
  | { type: 'PreAbort'; t: string };

export const decisionMessage = (t: string, outcome: Outcome): ThreePhaseMessage =>
  outcome === 'commit' ? { type: 'DoCommit', t } : { type: 'Abort', t };

export function describeMessage(message: ThreePhaseMessage): MessageDescription {
  if (message.type === 'Ack') return { type: 'Ack', label: `Ack(${message.t}, ${message.of})` };
  if (message.type === 'StateReply') return { type: 'StateReply', label: `StateReply(${message.t}, ${message.state})` };
  return { type: message.type, label: `${message.type}(${message.t})` };
}
