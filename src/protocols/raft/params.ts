// Raft's parameters as the scenario layer validates them and the UI edits them, and a reader
// that turns a params object into typed settings once per run (cached by object identity).

import type { ParamSpec } from '../../engine/types';

export const raftParams: readonly ParamSpec[] = [
  { name: 'electionTimeoutMsMin', label: 'Election timeout, min', kind: 'int', default: 150, min: 1, max: 60_000, unit: 'ms' },
  { name: 'electionTimeoutMsMax', label: 'Election timeout, max', kind: 'int', default: 300, min: 1, max: 60_000, unit: 'ms', atLeast: 'electionTimeoutMsMin' },
  { name: 'heartbeatMs', label: 'Heartbeat interval', kind: 'int', default: 50, min: 1, max: 60_000, unit: 'ms' },
  { name: 'maxEntriesPerAppend', label: 'Most entries per AppendEntries', kind: 'int', default: 8, min: 1, max: 1000 },
  { name: 'leaderNoop', label: 'New leader appends a no-op entry', kind: 'boolean', default: true },
  { name: 'preVote', label: 'PreVote (ask before disrupting)', kind: 'boolean', default: false },
  { name: 'checkQuorum', label: 'CheckQuorum (leader steps down without a majority; leader stickiness)', kind: 'boolean', default: false },
  {
    name: 'unsafeCommitOldTerms',
    label: 'Teaching: commit older-term entries by counting replicas (unsafe, breaks Figure 8)',
    kind: 'boolean',
    default: false,
    teaching: true,
  },
  {
    name: 'unsafeVoteAnyLog',
    label: 'Teaching: grant votes without the up-to-date log check (unsafe, breaks §5.4.1)',
    kind: 'boolean',
    default: false,
    teaching: true,
  },
];

export interface RaftSettings {
  electionTimeoutMsMin: number;
  /** Never below the minimum: a max under the min is taken as the min. */
  electionTimeoutMsMax: number;
  heartbeatMs: number;
  maxEntriesPerAppend: number;
  leaderNoop: boolean;
  preVote: boolean;
  checkQuorum: boolean;
  unsafeCommitOldTerms: boolean;
  unsafeVoteAnyLog: boolean;
}

const cache = new WeakMap<object, RaftSettings>();
let lastParams: object | null = null;
let lastSettings: RaftSettings | null = null;

function intParam(params: Readonly<Record<string, unknown>>, name: string, fallback: number, min: number): number {
  const value = params[name];
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(min, Math.round(value)) : fallback;
}

function boolParam(params: Readonly<Record<string, unknown>>, name: string, fallback: boolean): boolean {
  const value = params[name];
  return typeof value === 'boolean' ? value : fallback;
}

/** Typed settings with defaults for anything missing (the engine may be driven without the scenario layer). */
export function raftSettings(params: Readonly<Record<string, unknown>>): RaftSettings {
  // Called several times per event: the last run's params answer without a WeakMap lookup, and
  // the rest is apart (settingsOf), so that V8 inlines this into every handler that calls it.
  return params === lastParams ? lastSettings! : settingsOf(params);
}

function settingsOf(params: Readonly<Record<string, unknown>>): RaftSettings {
  let settings = cache.get(params);
  if (settings !== undefined) {
    lastParams = params;
    lastSettings = settings;
    return settings;
  }
  const electionTimeoutMsMin = intParam(params, 'electionTimeoutMsMin', 150, 1);
  settings = {
    electionTimeoutMsMin,
    electionTimeoutMsMax: Math.max(electionTimeoutMsMin, intParam(params, 'electionTimeoutMsMax', 300, 1)),
    heartbeatMs: intParam(params, 'heartbeatMs', 50, 1),
    maxEntriesPerAppend: intParam(params, 'maxEntriesPerAppend', 8, 1),
    leaderNoop: boolParam(params, 'leaderNoop', true),
    preVote: boolParam(params, 'preVote', false),
    checkQuorum: boolParam(params, 'checkQuorum', false),
    unsafeCommitOldTerms: boolParam(params, 'unsafeCommitOldTerms', false),
    unsafeVoteAnyLog: boolParam(params, 'unsafeVoteAnyLog', false),
  };
  cache.set(params, settings);
  lastParams = params;
  lastSettings = settings;
  return settings;
}
