// Paxos parameters, declared for the scenario validator and the UI's parameter panel.

import type { ParamSpec } from '../../engine/types';

export const PAXOS_PARAMS: readonly ParamSpec[] = [
  {
    name: 'ballotTimeoutMs',
    label: 'Phase timeout (no majority of promises or accepts → give up the ballot)',
    kind: 'int',
    default: 200,
    min: 1,
    max: 60_000,
    unit: 'ms',
  },
  { name: 'retryMsMin', label: 'Back-off before a retry, minimum', kind: 'int', default: 100, min: 0, max: 60_000, unit: 'ms' },
  { name: 'retryMsMax', label: 'Back-off before a retry, maximum', kind: 'int', default: 300, min: 0, max: 60_000, unit: 'ms', atLeast: 'retryMsMin' },
  {
    name: 'backoff',
    label: 'Randomized back-off before a retry (off: retry at once — dueling proposers can livelock)',
    kind: 'boolean',
    default: true,
  },
  {
    name: 'unsafeIgnorePromises',
    label: 'Unsafe: propose own value, ignoring the acceptances reported in promises',
    kind: 'boolean',
    default: false,
    teaching: true,
  },
];

/** Parameters as the handlers read them (defaults filled in for runs built without validation). */
export interface PaxosParams {
  ballotTimeoutMs: number;
  retryMsMin: number;
  retryMsMax: number;
  backoff: boolean;
  unsafeIgnorePromises: boolean;
}

/** Handlers run per event and ctx.params is one object per run: read it once. */
const cache = new WeakMap<object, PaxosParams>();

export function readParams(raw: Readonly<Record<string, unknown>>): PaxosParams {
  let params = cache.get(raw);
  if (params === undefined) {
    params = parse(raw);
    cache.set(raw, params);
  }
  return params;
}

function parse(raw: Readonly<Record<string, unknown>>): PaxosParams {
  const int = (name: string, fallback: number) => (typeof raw[name] === 'number' ? (raw[name] as number) : fallback);
  const bool = (name: string, fallback: boolean) => (typeof raw[name] === 'boolean' ? (raw[name] as boolean) : fallback);
  const retryMsMin = int('retryMsMin', 100);
  return {
    ballotTimeoutMs: int('ballotTimeoutMs', 200),
    retryMsMin,
    retryMsMax: Math.max(retryMsMin, int('retryMsMax', 300)),
    backoff: bool('backoff', true),
    unsafeIgnorePromises: bool('unsafeIgnorePromises', false),
  };
}
