// 2PC messages (Gray; Lamport's TwoPhase spec names the same steps): Prepare, the votes,
// the decision (Commit/Abort), the participant's Ack, and DecisionRequest — a prepared
// participant asking for the outcome (the coordinator, or with cooperative termination its peers).

import type { MessageDescription } from '../../engine/types';
import type { Outcome } from '../commit-common/log';

export type TwoPhaseMessage =
  | { type: 'Prepare'; t: string }
  | { type: 'VoteYes'; t: string }
  | { type: 'VoteNo'; t: string }
  | { type: 'Commit'; t: string }
  | { type: 'Abort'; t: string }
  | { type: 'Ack'; t: string }
  | { type: 'DecisionRequest'; t: string };

export const decisionMessage = (t: string, outcome: Outcome): TwoPhaseMessage =>
  outcome === 'commit' ? { type: 'Commit', t } : { type: 'Abort', t };

export function describeMessage(message: TwoPhaseMessage): MessageDescription {
  return { type: message.type, label: { key: 'label.typed', params: { type: message.type, t: message.t } } };
}
