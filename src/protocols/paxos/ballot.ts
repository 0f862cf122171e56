// Ballots (Lamport's "proposal numbers"): a pair [round, nodeId], ordered lexicographically.
// Paxos Made Simple §2.5: different proposers draw their numbers from disjoint sets — here the
// node id in the second place makes every proposer's ballots its own.

import type { NodeId } from '../../engine/types';

/** [round, nodeId]; rounds start at 1. */
export type Ballot = [number, NodeId];

/** Negative when a < b, 0 when equal, positive when a > b. null is below every ballot. */
export function compareBallots(a: Ballot | null, b: Ballot | null): number {
  if (a === null) return b === null ? 0 : -1;
  if (b === null) return 1;
  return a[0] - b[0] || a[1] - b[1];
}

/** "2.1" for round 2 of node 1 — how ballots are written in labels and notes. */
export function formatBallot(ballot: Ballot | null): string {
  return ballot === null ? 'none' : `${ballot[0]}.${ballot[1]}`;
}

export function roundOf(ballot: Ballot | null): number {
  return ballot === null ? 0 : ballot[0];
}
