// Every protocol's describe() names a payload by its `type` field alone: the worker lists the
// message types a run sends by that field (record-growth.ts, GrowthCursor.typeOf) instead of
// describing every message. Checked over random fault schedules, where every kind of message
// of each protocol is sent.

import { describe, expect, it } from 'vitest';
import { randomScenario } from '../../src/explore/random-schedule';
import { LESSONS } from '../../src/lessons/library';
import { lessonScenarioAt } from '../../src/lessons/step-scenario';
import type { Scenario } from '../../src/scenario/format';
import { protocols, type ProtocolName } from '../../src/protocols/registry';
import { createSimulation } from '../../src/scenario/simulate';

describe('describe() names a payload by its type field', () => {
  for (const name of Object.keys(protocols) as ProtocolName[]) {
    it(name, () => {
      const protocol = protocols[name];
      const byField = new Map<string, string>();
      const scenarios: Scenario[] = [];
      for (let seed = 1; seed <= 30; seed++) {
        const scenario = randomScenario(name, seed);
        // Every other run with the parameters that send the rarer messages (PreVote, VoteNo, 3PC's
        // termination protocol).
        const rarer = { raft: { preVote: true }, paxos: {}, '2pc': { votes: { 3: 'no' } }, '3pc': { votes: { 3: 'no' }, termination: 'quorum' } }[name];
        scenarios.push(seed % 2 === 0 ? { ...scenario, params: { ...scenario.params, ...rarer } } : scenario);
      }
      // And the lessons' runs, which stage the rarest ones (3PC's termination protocol).
      for (const lesson of LESSONS.filter((l) => l.protocol === name)) {
        for (let step = 0; step < lesson.steps.length; step++) {
          const scenario = lessonScenarioAt(lesson, step);
          if (scenario !== null) scenarios.push(scenario);
        }
      }
      for (const scenario of scenarios) {
        const sim = createSimulation(scenario);
        sim.runToEnd();
        const log = sim.messageLog;
        for (let id = 0; id < log.count; id++) {
          const payload = log.payloads.get(id) as { type?: unknown };
          expect(typeof payload.type).toBe('string');
          const type = protocol.describe(payload as never).type;
          const field = payload.type as string;
          if (!byField.has(field)) byField.set(field, type);
          expect(type, `${name}: a ${field} payload`).toBe(byField.get(field));
        }
      }
      // Every type the protocol declares was seen, so the check covered them all.
      for (const type of protocol.messageTypes ?? []) expect([...byField.values()], `${name} sent no ${type}`).toContain(type);
    });
  }
});
