// Helpers shared by the 2PC and 3PC tests: build validated scenarios, run them on the real
// engine, and read each node's transaction states from the protocol's view.

import { Simulation } from '../../../src/engine/simulation';
import type { Action, Protocol } from '../../../src/engine/types';
import type { Scenario } from '../../../src/scenario/format';
import { createSimulation } from '../../../src/scenario/simulate';
import { parseScenario } from '../../../src/scenario/validate';
import { englishNote } from '../../../src/i18n/note';

export interface CommitScenarioFields {
  seed?: number;
  nodes?: number;
  until?: number;
  network?: Partial<Scenario['network']>;
  params?: Record<string, unknown>;
  actions?: Action[];
}

/** Exact timing: every message takes 10 ms, so a scenario can aim a fault between two deliveries. */
export const EXACT = { latencyMsMin: 10, latencyMsMax: 10 };

export function commitScenario(protocol: '2pc' | '3pc', fields: CommitScenarioFields): Scenario {
  const result = parseScenario({ version: 1, protocol, ...fields });
  if (!result.ok) throw new Error(result.error);
  return result.scenario;
}

/** A simulation of the scenario, not yet run (use runUntil to look at it mid-way). */
export const simulate = (protocol: '2pc' | '3pc', fields: CommitScenarioFields): Simulation =>
  createSimulation(commitScenario(protocol, fields));

export function run(protocol: '2pc' | '3pc', fields: CommitScenarioFields): Simulation {
  const sim = simulate(protocol, fields);
  sim.runToEnd();
  return sim;
}

/** Run a variant of a protocol (e.g. with a deliberately broken rule) through the real engine. */
export function runWith(protocol: Protocol, name: '2pc' | '3pc', fields: CommitScenarioFields): Simulation {
  const sim = new Simulation(protocol, commitScenario(name, fields));
  sim.runToEnd();
  return sim;
}

export const request = (at: number, value: string, node = 1): Action => ({ at, do: 'request', node, value });
export const crash = (at: number, node: number): Action => ({ at, do: 'crash', node });
export const restart = (at: number, node: number): Action => ({ at, do: 'restart', node });
export const cut = (at: number, from: number, to: number): Action => ({ at, do: 'cut', from, to });
export const partition = (at: number, ...groups: number[][]): Action => ({ at, do: 'partition', groups });
export const heal = (at: number): Action => ({ at, do: 'heal' });

/** Each node's state for transaction t (index 0 is S1); undefined where the node never heard of it. */
export const phasesOf = (sim: Simulation, t: string): (string | undefined)[] =>
  sim.views().map((view) => (view.transactions as Record<string, string>)[t]);

export const blockedOf = (sim: Simulation, id: number): Record<string, number> =>
  sim.views()[id - 1].blocked as Record<string, number>;

export const notes = (sim: Simulation): string[] => sim.trace.filter((entry) => entry.kind === 'note').map((entry) => (entry.note ? englishNote(entry.note) : ''));

/** Messages of one type, in send order. */
export function sent(sim: Simulation, type: string) {
  return sim.messages.filter((record) => (record.payload as { type: string }).type === type);
}
