// Parameters shared by 2PC and 3PC: each participant's vote and the timeouts.
// The vote is a nodeMap (`"votes": {"3": "no"}`); missing nodes vote yes.

import type { NodeId, ParamSpec } from '../../engine/types';

export type Vote = 'yes' | 'no';

export const VOTES_PARAM: ParamSpec = {
  name: 'votes',
  label: 'Participant votes',
  kind: 'nodeMap',
  default: 'yes',
  options: ['yes', 'no'],
};

export interface TimingDefaults {
  voteTimeoutMs: number;
  decisionTimeoutMs: number;
  resendMs: number;
}

/** The timeout parameters, with per-protocol defaults and labels. */
export function timingParams(defaults: TimingDefaults, labels: { vote: string; decision: string }): ParamSpec[] {
  return [
    { name: 'voteTimeoutMs', label: labels.vote, kind: 'int', default: defaults.voteTimeoutMs, min: 1, max: 60_000, unit: 'ms' },
    { name: 'decisionTimeoutMs', label: labels.decision, kind: 'int', default: defaults.decisionTimeoutMs, min: 1, max: 60_000, unit: 'ms' },
    { name: 'resendMs', label: 'Coordinator resends the decision every', kind: 'int', default: defaults.resendMs, min: 1, max: 60_000, unit: 'ms' },
  ];
}

/** A participant's vote from the `votes` nodeMap (missing or malformed: yes). */
export function voteOf(params: Readonly<Record<string, unknown>>, node: NodeId): Vote {
  const votes = params.votes;
  if (typeof votes !== 'object' || votes === null) return 'yes';
  return (votes as Record<string, unknown>)[node] === 'no' ? 'no' : 'yes';
}

/** An int parameter, or its default when absent (protocols may run on unvalidated params in tests). */
export function intParam(params: Readonly<Record<string, unknown>>, name: string, fallback: number): number {
  const value = params[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

export function enumParam<T extends string>(params: Readonly<Record<string, unknown>>, name: string, options: readonly T[], fallback: T): T {
  const value = params[name];
  return typeof value === 'string' && (options as readonly string[]).includes(value) ? (value as T) : fallback;
}
