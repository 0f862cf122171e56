// Claims evaluated against a run: each claim reads the nodes' public views (the CLI's contract
// fields) and the violations recorded so far, and says null when it holds or, when it does not,
// what the run shows instead (for the test's failure message; never shown to a class).

import type { Violation } from '../engine/types';
import type { Claim, NodeSet } from './types';

export type NodeView = { id: number; up: boolean } & Record<string, unknown>;

/** What a claim may look at: the state at one time. */
export interface ClaimWorld {
  protocol: string;
  views: readonly NodeView[];
  /** Violations recorded at or before the time. */
  violations: readonly Violation[];
}

const setText = (ids: readonly number[]) => '{' + ids.map((id) => `S${id}`).join(', ') + '}';

function sameSet(a: NodeSet, b: NodeSet): boolean {
  if (a.length !== b.length) return false;
  const sorted = [...b].sort((x, y) => x - y);
  return [...a].sort((x, y) => x - y).every((id, i) => id === sorted[i]);
}

/** Structural equality of plain data (view fields). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

type LogEntry = { term: number; value: string };

function raftLog(view: NodeView): LogEntry[] {
  return Array.isArray(view.log) ? (view.log as LogEntry[]) : [];
}

function transactionsOf(view: NodeView): Record<string, string> {
  return (view.transactions as Record<string, string> | undefined) ?? {};
}

/** Does this node hold `value` as committed (per protocol)? */
function isCommittedAt(protocol: string, view: NodeView, value: string): boolean {
  switch (protocol) {
    case 'raft': {
      const commitIndex = typeof view.commitIndex === 'number' ? view.commitIndex : 0;
      return raftLog(view)
        .slice(0, commitIndex)
        .some((entry) => entry.value === value);
    }
    case 'paxos':
      return view.learned === value;
    default:
      return transactionsOf(view)[value] === 'committed';
  }
}

type Accepted = { ballot: [number, number]; value: string } | null;

/**
 * Paxos: the value chosen, if any — learned by some node (a learner learns only from a
 * majority of Accepted for one ballot), or accepted now by a majority of acceptors in one ballot.
 */
export function chosenValue(views: readonly NodeView[]): string | null {
  for (const view of views) if (typeof view.learned === 'string') return view.learned;
  const counts = new Map<string, { value: string; count: number }>();
  for (const view of views) {
    const accepted = view.accepted as Accepted;
    if (accepted === null || accepted === undefined) continue;
    const key = accepted.ballot.join('.');
    const entry = counts.get(key) ?? { value: accepted.value, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  const majority = Math.floor(views.length / 2) + 1;
  for (const { value, count } of counts.values()) if (count >= majority) return value;
  return null;
}

function nodesWhere(world: ClaimWorld, test: (view: NodeView) => boolean): number[] {
  return world.views.filter(test).map((view) => view.id);
}

function expectSet(what: string, expected: NodeSet, actual: number[]): string | null {
  return sameSet(expected, actual) ? null : `${what}: expected on ${setText(expected)}, the run has ${setText(actual)}`;
}

/** Null when the claim holds in this world; otherwise what the run shows. */
export function evaluateClaim(claim: Claim, world: ClaimWorld): string | null {
  if ('node' in claim) {
    const { node, ...fields } = claim;
    const view = world.views.find((v) => v.id === node);
    if (!view) return `S${node} does not exist`;
    for (const [field, expected] of Object.entries(fields)) {
      if (!deepEqual(view[field], expected)) return `S${node}.${field}: expected ${JSON.stringify(expected)}, the run has ${JSON.stringify(view[field])}`;
    }
    return null;
  }
  if ('leaders' in claim) return expectSet('leaders', claim.leaders, nodesWhere(world, (v) => v.up && v.role === 'leader'));
  if ('committed' in claim) return expectSet(`"${claim.committed}" committed`, claim.on, nodesWhere(world, (v) => isCommittedAt(world.protocol, v, claim.committed)));
  if ('aborted' in claim) return expectSet(`"${claim.aborted}" aborted`, claim.on, nodesWhere(world, (v) => transactionsOf(v)[claim.aborted] === 'aborted'));
  if ('transaction' in claim) {
    return expectSet(`"${claim.transaction}" ${claim.state}`, claim.on, nodesWhere(world, (v) => transactionsOf(v)[claim.transaction] === claim.state));
  }
  if ('blocked' in claim) {
    return expectSet(`blocked on "${claim.blocked}"`, claim.on, nodesWhere(world, (v) => typeof v.blocked === 'object' && v.blocked !== null && claim.blocked in (v.blocked as object)));
  }
  if ('log' in claim) {
    const view = world.views.find((v) => v.id === claim.log);
    if (!view) return `S${claim.log} does not exist`;
    const log = raftLog(view);
    const values = log.map((e) => e.value);
    if (!deepEqual(values, claim.values)) return `S${claim.log} log values: expected ${JSON.stringify(claim.values)}, the run has ${JSON.stringify(values)}`;
    const terms = log.map((e) => e.term);
    if (claim.terms && !deepEqual(terms, claim.terms)) return `S${claim.log} log terms: expected ${JSON.stringify(claim.terms)}, the run has ${JSON.stringify(terms)}`;
    return null;
  }
  if ('chosen' in claim) {
    const chosen = chosenValue(world.views);
    return chosen === claim.chosen ? null : `chosen: expected ${JSON.stringify(claim.chosen)}, the run has ${JSON.stringify(chosen)}`;
  }
  if ('violation' in claim) {
    return world.violations.some((v) => v.invariant === claim.violation)
      ? null
      : `expected a ${claim.violation} violation; the run has ${world.violations.length === 0 ? 'none' : world.violations.map((v) => v.invariant).join(', ')}`;
  }
  if ('violations' in claim) {
    return world.violations.length === 0 ? null : `expected no violation; the run has ${world.violations.map((v) => `${v.invariant} at ${v.at} ms`).join(', ')}`;
  }
  return `unknown claim ${JSON.stringify(claim)}`;
}
