// Shared helpers for the Paxos tests: build validated scenarios and read outcomes from real runs.

import { Simulation } from '../../../src/engine/simulation';
import type { Action, Protocol } from '../../../src/engine/types';
import type { Ballot, PaxosMessage, PaxosState } from '../../../src/protocols/paxos';
import { paxos } from '../../../src/protocols/paxos';
import type { Scenario } from '../../../src/scenario/format';
import { createSimulation } from '../../../src/scenario/simulate';
import { parseScenario } from '../../../src/scenario/validate';
import { englishNote } from '../../../src/i18n/note';

export interface ScenarioFields {
  seed?: number;
  nodes?: number;
  until?: number;
  network?: Partial<Scenario['network']>;
  params?: Record<string, unknown>;
  actions?: Action[];
}

export function paxosScenario(fields: ScenarioFields): Scenario {
  const result = parseScenario({ version: 1, protocol: 'paxos', ...fields });
  if (!result.ok) throw new Error(result.error);
  return result.scenario;
}

export type PaxosSimulation = Simulation<PaxosState, PaxosMessage>;

/** Run a scenario to its end with the registered Paxos protocol. */
export function runPaxos(fields: ScenarioFields): PaxosSimulation {
  const sim = createSimulation(paxosScenario(fields)) as unknown as PaxosSimulation;
  sim.runToEnd();
  return sim;
}

/** Run with a variant of the protocol (e.g. seeded acceptor state) built on the real handlers. */
export function runWith(protocol: Protocol<PaxosState, PaxosMessage>, fields: ScenarioFields): PaxosSimulation {
  const sim = new Simulation(protocol, paxosScenario(fields));
  sim.runToEnd();
  return sim;
}

export const request = (at: number, node: number, value: string): Action => ({ at, do: 'request', node, value });
export const crash = (at: number, node: number): Action => ({ at, do: 'crash', node });
export const restart = (at: number, node: number): Action => ({ at, do: 'restart', node });

export const learnedValues = (sim: PaxosSimulation) => sim.views().map((view) => view.learned as string | null);

export const notes = (sim: PaxosSimulation) => sim.trace.filter((entry) => entry.kind === 'note').map((entry) => (entry.note ? englishNote(entry.note) : ''));

/** Payloads of the messages of one type, in send order, with their sender and receiver. */
export function sent<T extends PaxosMessage['type']>(sim: PaxosSimulation, type: T) {
  return sim.messages
    .filter((record) => record.payload.type === type)
    .map((record) => ({ ...record, payload: record.payload as Extract<PaxosMessage, { type: T }> }));
}

export const ballot = (round: number, node: number): Ballot => [round, node];

export { paxos };
