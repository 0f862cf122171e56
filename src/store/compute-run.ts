// A scenario's whole run computed at once, in this thread: the record and the simulation after
// it (tests, benchmarks and tools; the app computes runs through a RunSource, in a worker).

import type { Simulation } from '../engine/simulation';
import type { Scenario } from '../scenario/format';
import { createSimulation } from '../scenario/simulate';
import { budgetStopOf } from '../worker/budget-stop';
import { describeMessage, type RunRecord } from './run';

export interface ComputedRun {
  record: RunRecord;
  /** The simulation after the run; the Playhead seeks it. */
  simulation: Simulation;
}

export function computeRun(scenario: Scenario): ComputedRun {
  const simulation = createSimulation(scenario);
  simulation.runUntil(scenario.until);
  const { messages, trace, violations } = simulation.snapshotRecord();
  let longestFlightMs = 0;
  const types: string[] = [];
  const seenTypes = new Set<string>();
  for (let id = 0; id < messages.count; id++) {
    const flight = messages.endAt[id] - messages.sentAt[id];
    if (flight > longestFlightMs) longestFlightMs = flight;
    const { type } = describeMessage(simulation.protocol, messages.payloads.get(id));
    if (!seenTypes.has(type)) {
      seenTypes.add(type);
      types.push(type);
    }
  }
  const record: RunRecord = {
    scenario,
    protocol: simulation.protocol,
    messages,
    trace,
    violations,
    longestFlightMs,
    messageTypes: types,
    traceHash: simulation.traceHash(),
    computedUntil: budgetStopOf(simulation)?.at ?? scenario.until,
    done: true,
    budgetStop: budgetStopOf(simulation),
  };
  return { record, simulation };
}
