// 2PC parameters. Defaults: latencies are 10–30 ms, so a vote round trip is well under 300 ms.

import type { ParamSpec } from '../../engine/types';
import { enumParam, timingParams, VOTES_PARAM } from '../commit-common/params';

export const TERMINATION_OPTIONS = ['none', 'cooperative'] as const;
export type Termination = (typeof TERMINATION_OPTIONS)[number];

export const TWO_PHASE_PARAMS: readonly ParamSpec[] = [
  VOTES_PARAM,
  ...timingParams(
    { voteTimeoutMs: 300, decisionTimeoutMs: 500, resendMs: 300 },
    { vote: 'Coordinator waits for votes (then aborts)', decision: 'Prepared participant asks for the decision after' },
  ),
  { name: 'termination', label: 'Termination protocol', kind: 'enum', default: 'none', options: TERMINATION_OPTIONS },
  {
    name: 'unsafeAbortAfterYes',
    label: 'Unsafe: a prepared participant aborts on its decision timeout (breaks its yes vote)',
    kind: 'boolean',
    default: false,
    teaching: true,
  },
];

/** Teaching toggle: a yes voter that times out aborts alone, as if it had not promised anything. */
export const abortsAfterYes = (params: Readonly<Record<string, unknown>>): boolean => params.unsafeAbortAfterYes === true;

export const terminationOf = (params: Readonly<Record<string, unknown>>): Termination =>
  enumParam(params, 'termination', TERMINATION_OPTIONS, 'none');
