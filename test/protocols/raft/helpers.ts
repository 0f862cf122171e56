// Helpers for the Raft tests: build validated scenarios, run them on the real engine, and read
// node states. Seeded logs go through the protocol's own init (a wrapper), never a hidden param.

import { Simulation } from '../../../src/engine/simulation';
import type { Action, MessageRecord, NetworkConfig, NodeId, Protocol } from '../../../src/engine/types';
import { raft, raftLogFrom, type RaftMessage, type RaftState, type WireEntry } from '../../../src/protocols/raft';
import { logEntries } from '../../../src/protocols/raft/log';
import type { Scenario } from '../../../src/scenario/format';
import { parseScenario } from '../../../src/scenario/validate';
import { englishNote } from '../../../src/i18n/note';

export type RaftSimulation = Simulation<RaftState, RaftMessage>;

/** Fixed 10 ms latency, no loss: message timing is easy to reason about. */
export const steadyNetwork: NetworkConfig = { latencyMsMin: 10, latencyMsMax: 10, dropRatio: 0, duplicateRatio: 0 };

/**
 * Election timeouts so long that no election happens unless a `timeout` action asks for one:
 * the test decides who campaigns and when.
 */
export const manualElections = { electionTimeoutMsMin: 5000, electionTimeoutMsMax: 5000 };

export interface ScenarioSpec {
  nodes?: number;
  seed?: number;
  until?: number;
  network?: NetworkConfig;
  params?: Record<string, unknown>;
  actions?: Action[];
}

export function raftScenario(spec: ScenarioSpec = {}): Scenario {
  const result = parseScenario({
    version: 1,
    protocol: 'raft',
    seed: spec.seed ?? 1,
    nodes: spec.nodes ?? 5,
    until: spec.until ?? 3000,
    network: spec.network ?? steadyNetwork,
    params: spec.params ?? {},
    actions: spec.actions ?? [],
  });
  if (!result.ok) throw new Error(result.error);
  return result.scenario;
}

/** Raft whose nodes boot with the given persistent state (term, vote, log); handlers untouched. */
export function raftWithInitialState(
  initial: Record<NodeId, { term?: number; votedFor?: NodeId | null; log?: WireEntry[] }>,
): Protocol<RaftState, RaftMessage> {
  return {
    ...raft,
    init(self, nodes, params) {
      const state = raft.init(self, nodes, params);
      const seed = initial[self];
      if (seed) {
        if (seed.term !== undefined) state.currentTerm = seed.term;
        if (seed.votedFor !== undefined) state.votedFor = seed.votedFor;
        if (seed.log !== undefined) state.log = raftLogFrom(seed.log);
      }
      return state;
    },
  };
}

export function simulate(scenario: Scenario, protocol: Protocol<RaftState, RaftMessage> = raft): RaftSimulation {
  return new Simulation(protocol, scenario);
}

/** Entries with a value named after their place, so that equal (index, term) means equal entry. */
export function entriesOfTerms(terms: number[]): WireEntry[] {
  return terms.map((term, i) => ({ term, value: `e${i + 1}t${term}` }));
}

export const termsOf = (sim: RaftSimulation, id: NodeId): number[] => logEntries(sim.state(id).log).map((entry) => entry.term);
export const valuesOf = (sim: RaftSimulation, id: NodeId): (string | null)[] => logEntries(sim.state(id).log).map((entry) => entry.value);

/** The committed values of a node, in log order. */
export function committedValues(sim: RaftSimulation, id: NodeId): (string | null)[] {
  const state = sim.state(id);
  return logEntries(state.log).slice(0, state.commitIndex).map((entry) => entry.value);
}

export function leaders(sim: RaftSimulation): NodeId[] {
  const out: NodeId[] = [];
  for (let id = 1; id <= sim.nodeCount; id++) if (sim.isUp(id) && sim.state(id).role === 'leader') out.push(id);
  return out;
}

export function notes(sim: RaftSimulation): string[] {
  return sim.trace.filter((entry) => entry.kind === 'note').map((entry) => (entry.note ? englishNote(entry.note) : ''));
}

/** The messages of one type, as records. */
export function messagesOfType<T extends RaftMessage['type']>(
  sim: RaftSimulation,
  type: T,
): (MessageRecord<RaftMessage> & { payload: Extract<RaftMessage, { type: T }> })[] {
  return sim.messages.filter(
    (record): record is MessageRecord<RaftMessage> & { payload: Extract<RaftMessage, { type: T }> } => record.payload.type === type,
  );
}
