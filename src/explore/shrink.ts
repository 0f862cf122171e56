// Shrinking a failing scenario: a smaller scenario (fewer actions and nodes, earlier actions, a
// shorter run) that still violates the same invariant. Greedy, to a fixpoint: every pass tries
// single changes — remove a chunk, one action or a pair, shift the schedule to time 0, move an
// action earlier, merge two partitions, drop a node, clear the network's loss and duplication —
// and keeps each that still shows the violation, until no single change does or the run budget
// is spent. Every accepted change strictly lowers (actions, nodes, sum of times, until), so the
// passes end. A pure function of its arguments: the CLI, its worker threads and the browser's
// worker get the same result.

import type { Action, NodeId } from '../engine/types';
import { nodeLimits } from '../protocols/registry';
import type { Scenario } from '../scenario/format';
import { createSimulation } from '../scenario/simulate';
import { parseScenario } from '../scenario/validate';
import { englishNote } from '../i18n/note';

export interface ShrinkResult {
  scenario: Scenario;
  violation: { at: number; invariant: string; detail: string };
  runs: number;
}

/** Runs a shrink may spend by default: each is a short run, a few milliseconds at most. */
export const SHRINK_RUNS_DEFAULT = 1500;

/** The first violation of `invariant` in a run of the scenario, or null. */
export function findViolation(scenario: Scenario, invariant?: string) {
  const sim = createSimulation(scenario, { checkpointEvery: 0 });
  sim.runToEnd();
  const found = sim.violations.find((v) => invariant === undefined || v.invariant === invariant);
  return found ? { at: found.at, invariant: found.invariant, detail: englishNote(found.detail) } : null;
}

const without = <T>(items: readonly T[], ...indices: number[]): T[] => items.filter((_, i) => !indices.includes(i));

/** The scenario with node `gone` removed and the nodes above it renumbered one down; null if impossible. */
export function withoutNode(scenario: Scenario, gone: NodeId): Scenario | null {
  if (scenario.nodes - 1 < nodeLimits[scenario.protocol].min) return null;
  const id = (node: NodeId) => (node > gone ? node - 1 : node);
  const actions: Action[] = [];
  for (const action of scenario.actions) {
    if ('node' in action && action.node === gone) continue;
    if (action.do === 'cut' || action.do === 'restore') {
      if (action.from === gone || action.to === gone) continue;
      actions.push({ ...action, from: id(action.from), to: id(action.to) });
    } else if (action.do === 'partition') {
      const groups = action.groups.map((group) => group.filter((node) => node !== gone).map(id)).filter((group) => group.length > 0);
      if (groups.length >= 2) actions.push({ ...action, groups });
    } else if ('node' in action) actions.push({ ...action, node: id(action.node) });
    else actions.push(action);
  }
  const params: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(scenario.params)) {
    // A nodeMap parameter (2PC/3PC votes): keyed by node id as a string.
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const map: Record<string, unknown> = {};
      for (const [key, entry] of Object.entries(value)) {
        const node = Number(key);
        if (node !== gone) map[String(Number.isInteger(node) ? id(node) : key)] = entry;
      }
      params[name] = map;
    } else params[name] = value;
  }
  return { ...scenario, nodes: scenario.nodes - 1, actions, params };
}

/** Every action moved `by` ms earlier (the run starts its faults at once). */
function shifted(scenario: Scenario, by: number): Scenario {
  return { ...scenario, until: Math.max(1, scenario.until - by), actions: scenario.actions.map((a) => ({ ...a, at: a.at - by })) };
}

export function shrink(scenario: Scenario, invariant: string, budget = SHRINK_RUNS_DEFAULT): ShrinkResult {
  let best = scenario;
  let violation = findViolation(best, invariant);
  if (!violation) throw new Error('shrink: the scenario does not violate ' + invariant);
  let runs = 1;
  const spent = () => runs >= budget;
  const attempt = (candidate: Scenario): boolean => {
    if (spent()) return false;
    const parsed = parseScenario(candidate);
    if (!parsed.ok) return false;
    runs++;
    const found = findViolation(parsed.scenario, invariant);
    if (!found) return false;
    best = parsed.scenario;
    violation = found;
    return true;
  };
  /** End the run at the violation: later actions cannot have caused it. */
  const truncate = () => {
    const at = violation!.at;
    if (best.until > at || best.actions.some((a) => a.at > at)) attempt({ ...best, until: Math.max(1, at), actions: best.actions.filter((a) => a.at <= at) });
  };

  const removeChunks = (): boolean => {
    let changed = false;
    for (let chunk = Math.max(1, best.actions.length >> 1); chunk >= 1; chunk >>= 1) {
      let start = 0;
      while (start < best.actions.length && !spent()) {
        if (attempt({ ...best, actions: [...best.actions.slice(0, start), ...best.actions.slice(start + chunk)] })) changed = true;
        else start += chunk;
      }
    }
    return changed;
  };

  /** Pairs: a crash and its restart, a partition and its heal may only go together. */
  const removePairs = (): boolean => {
    for (let i = 0; i < best.actions.length; i++) {
      for (let j = i + 1; j < best.actions.length; j++) {
        if (spent()) return false;
        if (attempt({ ...best, actions: without(best.actions, i, j) })) return true;
      }
    }
    return false;
  };

  /** The whole schedule moved to start at time 0, then each action as early as it still fails. */
  const moveEarlier = (): boolean => {
    let changed = false;
    const first = best.actions[0]?.at ?? 0;
    if (first > 0 && attempt(shifted(best, first))) changed = true;
    for (let i = 0; i < best.actions.length && !spent(); i++) {
      const floor = i === 0 ? 0 : best.actions[i - 1].at;
      // Try the gap to the previous action, then half of it, and so on; a step that works is tried again.
      let step = best.actions[i].at - floor;
      while (step >= 1 && !spent()) {
        const at = best.actions[i].at - step;
        const actions = best.actions.map((a, k) => (k === i ? { ...a, at } : a));
        if (at >= floor && attempt({ ...best, actions })) {
          changed = true;
          step = Math.min(step, best.actions[i].at - floor);
        } else step = Math.floor(step / 2);
      }
    }
    return changed;
  };

  /** Two partitions become one (the later cut, from the earlier time; heals between them go). */
  const mergePartitions = (): boolean => {
    const indices = best.actions.flatMap((a, i) => (a.do === 'partition' ? [i] : []));
    for (let x = 0; x < indices.length; x++) {
      for (let y = x + 1; y < indices.length; y++) {
        if (spent()) return false;
        const [i, j] = [indices[x], indices[y]];
        const later = best.actions[j];
        const actions = best.actions.flatMap((a, k): Action[] => {
          if (k === i && later.do === 'partition') return [{ ...a, do: 'partition', groups: later.groups } as Action];
          if (k === j || (k > i && k < j && a.do === 'heal')) return [];
          return [a];
        });
        if (attempt({ ...best, actions })) return true;
      }
    }
    return false;
  };

  const fewerNodes = (): boolean => {
    for (let gone = best.nodes; gone >= 1; gone--) {
      if (spent()) return false;
      const candidate = withoutNode(best, gone);
      if (candidate !== null && attempt(candidate)) return true;
    }
    return false;
  };

  const quieterNetwork = (): boolean => {
    const { dropRatio, duplicateRatio } = best.network;
    if (dropRatio === 0 && duplicateRatio === 0) return false;
    return attempt({ ...best, network: { ...best.network, dropRatio: 0, duplicateRatio: 0 } });
  };

  truncate();
  for (let changed = true; changed && !spent(); ) {
    changed = false;
    if (removeChunks()) changed = true;
    while (removePairs()) changed = true;
    while (mergePartitions()) changed = true;
    while (fewerNodes()) changed = true;
    if (quieterNetwork()) changed = true;
    if (moveEarlier()) changed = true;
    const before = best;
    truncate();
    if (best !== before) changed = true;
  }
  return { scenario: best, violation, runs };
}
