// Real runs that reach every protocol's words, shared by the catalog tests: each lesson's scenario
// at every step, one scenario with every action kind per protocol (on down nodes, on messages in
// and out of flight), and random fault schedules from src/explore over the protocols' parameter
// variants; and the catalog keys a run's record asks for (notes and their nested reasons, action
// outcomes, timer names, fates, invariant descriptions, violation details).

import type { Simulation } from '../../src/engine/simulation';
import { TRACE_KINDS } from '../../src/engine/trace-log';
import type { Note, NoteParams, ParamSpec } from '../../src/engine/types';
import { randomScenario } from '../../src/explore/random-schedule';
import { lessonScenarioAt } from '../../src/lessons/check';
import { LESSONS } from '../../src/lessons/library';
import { PROTOCOL_NAMES, protocols, type ProtocolName } from '../../src/protocols/registry';
import type { Scenario } from '../../src/scenario/format';
import { parseScenario } from '../../src/scenario/validate';

/** Parameters for variant k of a protocol: booleans by bit, enums and node maps by option. */
function variantParams(specs: readonly ParamSpec[], k: number, nodes: number): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  let bit = 0;
  for (const spec of specs) {
    if (spec.kind === 'boolean') params[spec.name] = ((k >> bit++) & 1) === 1;
    else if (spec.kind === 'enum') params[spec.name] = spec.options[(k + bit++) % spec.options.length];
    else if (spec.kind === 'nodeMap') {
      const map: Record<string, string> = {};
      for (let id = 2; id <= nodes; id++) map[String(id)] = spec.options[(k + id) % 3 === 0 ? spec.options.length - 1 : 0];
      params[spec.name] = map;
    }
  }
  return params;
}

/** Every action kind, on a down node, on messages in and out of flight. */
function everyAction(protocol: ProtocolName): Scenario {
  const value = protocol === '2pc' || protocol === '3pc' ? 't1' : 'v1';
  const parsed = parseScenario({
    version: 1,
    protocol,
    seed: 7,
    nodes: 4,
    until: 3000,
    actions: [
      { at: 10, do: 'request', node: 2, value },
      { at: 20, do: 'request', node: 1, value },
      { at: 21, do: 'drop', message: 0 },
      { at: 21, do: 'duplicate', message: 1 },
      { at: 21, do: 'delay', message: 2, byMs: 5 },
      { at: 22, do: 'drop', message: 9999 },
      { at: 22, do: 'duplicate', message: 9999 },
      { at: 22, do: 'delay', message: 9999, byMs: 5 },
      { at: 300, do: 'crash', node: 3 },
      { at: 301, do: 'crash', node: 3 },
      { at: 302, do: 'timeout', node: 3 },
      { at: 303, do: 'request', node: 3, value: 'lost' },
      { at: 400, do: 'timeout', node: 2 },
      { at: 500, do: 'cut', from: 1, to: 2 },
      { at: 600, do: 'restore', from: 1, to: 2 },
      { at: 700, do: 'partition', groups: [[1, 2], [3, 4]] },
      { at: 800, do: 'restart', node: 3 },
      { at: 801, do: 'restart', node: 3 },
      { at: 900, do: 'heal' },
      { at: 950, do: 'network', dropRatio: 0.2 },
      { at: 1000, do: 'timeout', node: 1 },
      { at: 1200, do: 'request', node: 1, value: 'v2' },
    ],
  });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.scenario;
}

export function runScenarios(): Scenario[] {
  const out: Scenario[] = [];
  for (const lesson of LESSONS) {
    for (let step = 0; step < lesson.steps.length; step++) {
      const scenario = lessonScenarioAt(lesson, step);
      if (scenario) out.push(scenario);
    }
  }
  for (const protocol of PROTOCOL_NAMES) out.push(everyAction(protocol), ...randomSchedules(protocol, 1000));
  return out;
}

/** 24 random fault schedules of a protocol (seeds from `seedBase`): 3–5 nodes, lossy and duplicating networks, every parameter variant. */
export function randomSchedules(protocol: ProtocolName, seedBase: number): Scenario[] {
  const out: Scenario[] = [];
  for (let k = 0; k < 24; k++) {
    const nodes = 3 + (k % 3);
    const network = { latencyMsMin: 5, latencyMsMax: 40, dropRatio: k % 4 === 1 ? 0.15 : 0, duplicateRatio: k % 4 === 2 ? 0.15 : 0 };
    out.push(randomScenario(protocol, seedBase + k, { nodes, faults: 2 + (k % 5), requests: 1 + (k % 4), network, params: variantParams(protocols[protocol].params, k, nodes) }));
  }
  return out;
}

/** A note's key and every key nested in its parameters. */
export function collectNote(note: Note, keys: Set<string>): void {
  keys.add(note.key);
  collectParams(note.params, keys);
}

function collectParams(params: NoteParams | undefined, keys: Set<string>): void {
  if (!params) return;
  for (const name in params) {
    const value = params[name];
    if (Array.isArray(value)) keys.add('note.list.separator');
    else if (typeof value === 'object') collectNote(value as Note, keys);
  }
}

/** Every catalog key a run's record asks for. */
export function runKeys(sim: Simulation, keys: Set<string>): void {
  const trace = sim.traceLog;
  for (let i = 0; i < trace.count; i++) {
    const kind = TRACE_KINDS[trace.kind[i]];
    const word = trace.wordOf(i);
    if (kind === 'deliver') keys.add('trace.deliver');
    else if (kind === 'lost') keys.add('trace.lost').add(`trace.fate.${word}`);
    else if (kind === 'timer') keys.add('trace.timer').add(`timer.${word.split(':')[0]}`);
    else collectNote({ key: word, params: trace.paramsOf(i) }, keys);
  }
  for (const v of sim.violations) collectNote(v.detail, keys);
  for (const invariant of sim.protocol.invariants) keys.add(invariant.description);
}
