// 3PC parameters. Skeen's timeout rules assume bounded delays: a participant must not give up
// on PreCommit before the coordinator can have sent it, so decisionTimeoutMs must exceed
// voteTimeoutMs plus the latency spread (defaults: 600 > 300 + 20 for latencies 10–30 ms).

import type { ParamSpec } from '../../engine/types';
import { enumParam, timingParams, VOTES_PARAM } from '../commit-common/params';

export const TERMINATION_OPTIONS = ['none', 'quorum'] as const;
export type Termination = (typeof TERMINATION_OPTIONS)[number];

export const THREE_PHASE_PARAMS: readonly ParamSpec[] = [
  VOTES_PARAM,
  ...timingParams(
    { voteTimeoutMs: 300, decisionTimeoutMs: 600, resendMs: 300 },
    {
      vote: 'Coordinator waits for votes / PreCommit acks',
      decision: 'Participant waits for PreCommit / DoCommit',
    },
  ),
  { name: 'termination', label: 'Termination protocol', kind: 'enum', default: 'none', options: TERMINATION_OPTIONS },
];

/** The params object isQuorum last read, and its answer: asked at every PreCommit ack, of the one object a run keeps. */
let quorumParams: Readonly<Record<string, unknown>> | null = null;
let quorum = false;

export const isQuorum = (params: Readonly<Record<string, unknown>>): boolean => (params === quorumParams ? quorum : readQuorum(params));

function readQuorum(params: Readonly<Record<string, unknown>>): boolean {
  quorumParams = params;
  quorum = enumParam(params, 'termination', TERMINATION_OPTIONS, 'none') === 'quorum';
  return quorum;
}
