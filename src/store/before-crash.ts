// What a crashed node was just before it crashed. A crash keeps only the persistent state
// (Raft: term, vote, log), so the node's view after a crash says "follower" even when it was
// the leader; the inspector's "crashed (was leader)" needs the view from the millisecond before.
// Computed on demand from the scenario (a run is a pure function of it) and remembered per run.

import type { RunRecord } from './run';
import { createSimulation } from '../scenario/simulate';

type View = { id: number; up: boolean } & Record<string, unknown>;

/** The time of the crash that keeps `node` down at `time`, or null when it is up or never crashed. */
export function crashTimeOf(run: RunRecord, node: number, time: number): number | null {
  let crashedAt: number | null = null;
  // Same-millisecond actions run in the scenario's order: a stable sort keeps it.
  const actions = [...run.scenario.actions].sort((a, b) => a.at - b.at);
  for (const action of actions) {
    if (action.at > time) break;
    if (action.do === 'crash' && action.node === node && crashedAt === null) crashedAt = action.at;
    else if (action.do === 'restart' && action.node === node) crashedAt = null;
  }
  return crashedAt;
}

const remembered = new WeakMap<RunRecord, Map<string, View | null>>();

/** The node's view at the end of the millisecond before its crash (actions run first in a millisecond). */
export function viewBeforeCrash(run: RunRecord, node: number, time: number): View | null {
  const at = crashTimeOf(run, node, time);
  if (at === null) return null;
  let byKey = remembered.get(run);
  if (!byKey) remembered.set(run, (byKey = new Map()));
  const key = `${node}@${at}`;
  if (byKey.has(key)) return byKey.get(key)!;
  let view: View | null = null;
  if (at > 0) {
    const simulation = createSimulation(run.scenario);
    simulation.runUntil(at - 1);
    view = simulation.views()[node - 1] ?? null;
  }
  byKey.set(key, view);
  return view;
}
