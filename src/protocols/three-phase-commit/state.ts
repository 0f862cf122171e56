// A 3PC node's state: the shared commit state with 3PC's volatile per-transaction fields.
// What a node learns of the others per transaction, and to whom it sent in a round, are numbers
// with a few bits per node id (nodes are at most 9), not objects keyed by node id: the
// coordinator records four PreCommit acks and four sends per transaction, and each store into a
// fresh object grew its elements. Read by node id, in increasing order, as a for-in read those
// objects' index keys.

import type { NodeId } from '../../engine/types';
import type { Phase } from '../commit-common/log';
import type { CommitState, OpenTxn } from '../commit-common/state';

export interface ThreePhaseTxn extends OpenTxn {
  /** Restarted while prepared (plain 3PC): it may have missed a PreCommit, so it asks and never aborts by timeout. */
  recovered?: boolean;
  /** States learned from other nodes (knownPhase): the coordinator's PreCommit acks; quorum rounds. */
  known?: Known;
  /** Nodes already sent a PreCommit/PreAbort in the current round (a bit per node id − 1). */
  sent?: number;
}

export type ThreePhaseState = CommitState<ThreePhaseTxn>;

/** Node id → phase, three bits per node (0: nothing known). */
export type Known = number;

export const NOTHING_KNOWN: Known = 0;

/** Phase codes in Known, from 1. */
const PHASES: readonly Phase[] = ['working', 'prepared', 'precommitted', 'preaborted', 'committed', 'aborted'];

const shiftOf = (id: NodeId): number => 3 * (id - 1);

/** What is known of node id's phase (undefined: nothing). */
export function knownPhase(known: Known, id: NodeId): Phase | undefined {
  const code = (known >>> shiftOf(id)) & 7;
  return code === 0 ? undefined : PHASES[code - 1];
}

/** Known with node id in `phase`. */
export function withKnown(known: Known, id: NodeId, phase: Phase): Known {
  const shift = shiftOf(id);
  return (known & ~(7 << shift)) | ((PHASES.indexOf(phase) + 1) << shift);
}

export const wasSent = (sent: number, id: NodeId): boolean => (sent & (1 << (id - 1))) !== 0;

export const withSent = (sent: number, id: NodeId): number => sent | (1 << (id - 1));
