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

// A participant's phase in a StateReply, as words (literal keys: the catalog test finds them).
const PHASE_WORDS: Record<Phase, string> = {
  working: 'label.phase.working',
  prepared: 'label.phase.prepared',
  precommitted: 'label.phase.precommitted',
  preaborted: 'label.phase.preaborted',
  committed: 'label.phase.committed',
  aborted: 'label.phase.aborted',
};

export function describeMessage(message: ThreePhaseMessage): MessageDescription {
  if (message.type === 'Ack') return { type: 'Ack', label: { key: 'label.3pc.Ack', params: { t: message.t, of: message.of } } };
  if (message.type === 'StateReply')
    return { type: 'StateReply', label: { key: 'label.3pc.StateReply', params: { t: message.t, state: { key: PHASE_WORDS[message.state] } } } };
  return { type: message.type, label: { key: 'label.typed', params: { type: message.type, t: message.t } } };
}
