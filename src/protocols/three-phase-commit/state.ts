// A 3PC node's state: the shared commit state with 3PC's volatile per-transaction fields.

import type { Phase } from '../commit-common/log';
import type { CommitState, OpenTxn } from '../commit-common/state';

export interface ThreePhaseTxn extends OpenTxn {
  /** Restarted while prepared (plain 3PC): it may have missed a PreCommit, so it asks and never aborts by timeout. */
  recovered?: boolean;
  /** States learned from other nodes (node id → phase): the coordinator's PreCommit acks; quorum rounds. */
  known?: Record<string, Phase>;
  /** Quorum rounds: nodes already sent a PreCommit/PreAbort in the current round. */
  sent?: Record<string, 1>;
}

export type ThreePhaseState = CommitState<ThreePhaseTxn>;
