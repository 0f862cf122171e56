// The protocols a scenario can name. The keys are the scenario format's `protocol` values.
import type { Protocol } from '../engine/types';
import { paxos } from './paxos';
import { raft } from './raft';
import { threePhaseCommit } from './three-phase-commit';
import { twoPhaseCommit } from './two-phase-commit';

export const PROTOCOL_NAMES = ['raft', 'paxos', '2pc', '3pc'] as const;
export type ProtocolName = (typeof PROTOCOL_NAMES)[number];

export const protocols: Record<ProtocolName, Protocol> = {
  raft,
  paxos,
  '2pc': twoPhaseCommit,
  '3pc': threePhaseCommit,
};

/** Smallest and default cluster sizes per protocol (2PC/3PC need a coordinator and a participant). */
export const nodeLimits: Record<ProtocolName, { min: number; default: number }> = {
  raft: { min: 1, default: 5 },
  paxos: { min: 1, default: 5 },
  '2pc': { min: 2, default: 4 },
  '3pc': { min: 2, default: 4 },
};
