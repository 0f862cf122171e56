// Checkpoints that cost what changed (issue 16): seek(t) stays equal to a fresh run to t when
// thousands of messages are in flight, when links are cut under them, when messages are
// delayed, duplicated and dropped by actions, when seeking back and forth across many
// checkpoints, and when the memory cap thins them; and a checkpoint's cost does not grow with
// what is in flight.
import { describe, expect, it } from 'vitest';
import { DEFAULT_BUDGET } from '../../src/engine/budget';
import { Simulation } from '../../src/engine/simulation';
import type { Action, RunConfig } from '../../src/engine/types';
import { RandomStream } from '../../src/engine/random';
import { createSimulation } from '../../src/scenario/simulate';
import { parseScenario } from '../../src/scenario/validate';
import { echoConfig, echoProtocol, onceConfig, onceProtocol } from './fixtures';
import { englishNote } from '../../src/i18n/note';

/** Long latency: every node pings every 4 ms and messages take 0.5–2 s, so thousands are in flight. */
const longLatency: RunConfig = echoConfig({
  until: 8000,
  network: { latencyMsMin: 500, latencyMsMax: 2000, dropRatio: 0, duplicateRatio: 0.3 },
  params: { pingMs: 4 },
  actions: [
    { at: 1200, do: 'partition', groups: [[1, 2], [3, 4, 5]] },
    { at: 2100, do: 'heal' },
    { at: 2500, do: 'delay', message: 5000, byMs: 3000 },
    { at: 2500, do: 'delay', message: 5001, byMs: 1 },
    { at: 2600, do: 'delay', message: 5000, byMs: 7 },
    { at: 2700, do: 'duplicate', message: 5400 },
    { at: 2800, do: 'drop', message: 5700 },
    { at: 3000, do: 'crash', node: 4 },
    { at: 3300, do: 'cut', from: 1, to: 3 },
    { at: 4200, do: 'restart', node: 4 },
    { at: 4300, do: 'restore', from: 1, to: 3 },
    { at: 5000, do: 'network', dropRatio: 0.2, latencyMsMin: 1, latencyMsMax: 1500 },
    { at: 6000, do: 'delay', message: 13000, byMs: 500 },
  ],
});

function expectSameAsFresh(sim: Simulation, config: RunConfig, t: number) {
  const fresh = new Simulation(echoProtocol, config, { checkpointEvery: 0 });
  fresh.runUntil(t);
  expect(sim.traceHash(), `t=${t}`).toBe(fresh.traceHash());
  expect([sim.now, sim.eventCount, sim.inFlightCount], `t=${t}`).toEqual([fresh.now, fresh.eventCount, fresh.inFlightCount]);
  expect(sim.views(), `t=${t}`).toEqual(fresh.views());
  expect(sim.messages, `t=${t}`).toEqual(fresh.messages);
  for (let id = 1; id <= 5; id++) expect(sim.timersOf(id), `t=${t}`).toEqual(fresh.timersOf(id));
  // The pending events too: both run on to the same end.
  sim.runUntil(t + 700);
  fresh.runUntil(t + 700);
  expect(sim.traceHash(), `t=${t} then on`).toBe(fresh.traceHash());
}

describe('seek with many messages in flight', () => {
  it('has thousands in flight (the case this guards)', () => {
    const sim = new Simulation(echoProtocol, longLatency);
    sim.runUntil(1150);
    expect(sim.inFlightCount).toBeGreaterThan(1500);
    sim.runToEnd();
    // The message actions found their messages in flight: the journal's delay path is exercised.
    const actionTexts = sim.trace.filter((e) => e.kind === 'action').map((e) => englishNote(e.note!));
    expect(actionTexts.filter((text) => /not in flight/.test(text ?? ''))).toEqual([]);
    expect(actionTexts.filter((text) => /delayed/.test(text ?? ''))).toHaveLength(4);
  });

  it('seek(t) equals a fresh run to t, through partitions, delays, duplicates, drops and crashes', () => {
    const sim = new Simulation(echoProtocol, longLatency, { checkpointEvery: 300 });
    sim.runToEnd();
    expect(sim.checkpointStats().count).toBeGreaterThan(20);
    for (const t of [7000, 2500, 1199, 1200, 2650, 8000, 10, 4250, 2099, 6001, 3000]) {
      sim.seek(t);
      expectSameAsFresh(sim, longLatency, t);
    }
  });

  it('seeking back and forth across many checkpoints, in random order, always equals a fresh run', () => {
    const config = { ...longLatency, until: 4000 };
    const sim = new Simulation(echoProtocol, config, { checkpointEvery: 100 });
    sim.runUntil(2200); // part of the run only: seeks go past the furthest point reached too
    expect(sim.checkpointStats().count).toBeGreaterThan(30);
    const random = RandomStream.derive(9, 'seek-order');
    for (let i = 0; i < 25; i++) {
      const t = random.intBetween(0, 4000);
      sim.seek(t);
      expectSameAsFresh(sim, config, t);
    }
  });

  it('a checkpoint costs the same with thousands in flight as with a handful', () => {
    const perCheckpoint = (latencyMsMax: number) => {
      const sim = new Simulation(echoProtocol, { ...longLatency, actions: [], network: { ...longLatency.network, latencyMsMin: 10, latencyMsMax } });
      sim.runToEnd();
      const { count, bytes } = sim.checkpointStats();
      return bytes / count;
    };
    expect(perCheckpoint(2000)).toBeLessThan(perCheckpoint(20) * 1.2);
  });
});

describe('a restored queue keeps the order of scheduling at equal times', () => {
  it('a timer set long ago fires before a message sent since that arrives in the same millisecond', () => {
    // S2's tick (set at 0) and S1's note to S2 (sent at 90, 10 ms latency) both fall at 100.
    const config = onceConfig([{ at: 90, do: 'request', node: 1, value: '2:hi' }, { at: 95, do: 'delay', message: 0, byMs: 0 }], {}, 300);
    const sim = new Simulation(onceProtocol, config, { checkpointEvery: 1 });
    sim.runToEnd();
    for (const t of [92, 97, 91, 95, 99]) {
      sim.seek(t);
      sim.runUntil(150);
      const fresh = new Simulation(onceProtocol, config, { checkpointEvery: 0 });
      fresh.runUntil(150);
      expect(sim.trace, `from ${t}`).toEqual(fresh.trace);
      expect(sim.traceHash(), `from ${t}`).toBe(fresh.traceHash());
    }
    const at100 = sim.trace.filter((e) => e.at === 100).map((e) => [e.kind, e.node]);
    expect(at100.slice(0, 3)).toEqual([['timer', 1], ['timer', 2], ['timer', 3]]);
    expect(at100[3]).toEqual(['deliver', 2]);
  });
});

describe('a delayed message seen from either side of its delay', () => {
  it('jumping back before a delay and ahead past the delivery shows the delayed times', () => {
    const config = onceConfig([{ at: 90, do: 'request', node: 1, value: '2:hi' }, { at: 95, do: 'delay', message: 0, byMs: 30 }], {}, 400);
    const sim = new Simulation(onceProtocol, config, { checkpointEvery: 1 });
    sim.runToEnd();
    for (const t of [92, 300, 97, 93, 130, 91, 399, 96]) {
      sim.seek(t);
      const fresh = new Simulation(onceProtocol, config, { checkpointEvery: 0 });
      fresh.runUntil(t);
      expect(sim.messages, `t=${t}`).toEqual(fresh.messages);
      expect(sim.traceHash(), `t=${t}`).toBe(fresh.traceHash());
    }
    expect(sim.message(0)).toMatchObject({ deliverAt: 130, endAt: 130, fate: 'in-flight' });
    sim.seek(300);
    expect(sim.message(0)).toMatchObject({ deliverAt: 130, endAt: 130, fate: 'delivered' });
  });
});

describe('checkpoint memory cap', () => {
  it('thins the checkpoints to stay under checkpointBytesMax, and seek still equals a fresh run', () => {
    const budget = { ...DEFAULT_BUDGET, checkpointBytesMax: 40_000 };
    const sim = new Simulation(echoProtocol, longLatency, { checkpointEvery: 50, budget });
    sim.runToEnd();
    const { count, bytes } = sim.checkpointStats();
    expect(bytes).toBeLessThanOrEqual(40_000);
    expect(count).toBeGreaterThan(2);
    expect(sim.budgetStop).toBeNull();
    const unthinned = new Simulation(echoProtocol, longLatency, { checkpointEvery: 50 });
    unthinned.runToEnd();
    expect(unthinned.checkpointStats().bytes).toBeGreaterThan(40_000);
    expect(sim.traceHash()).toBe(unthinned.traceHash());
    for (const t of [5555, 100, 7999, 2600]) {
      sim.seek(t);
      expectSameAsFresh(sim, longLatency, t);
    }
  });

  it('a protocol run (Raft, duplication, faults) seeks exactly across thinned checkpoints', () => {
    const actions: Action[] = [
      { at: 900, do: 'crash', node: 1 },
      { at: 1500, do: 'partition', groups: [[1, 2], [3, 4, 5]] },
      { at: 2500, do: 'heal' },
      { at: 3000, do: 'restart', node: 1 },
      ...Array.from({ length: 40 }, (_, i): Action => ({ at: 100 + i * 120, do: 'request', node: (i % 5) + 1, value: `v${i}` })),
    ];
    const parsed = parseScenario({ version: 1, protocol: 'raft', seed: 5, nodes: 5, until: 6000, network: { latencyMsMin: 5, latencyMsMax: 400, duplicateRatio: 0.5 }, actions });
    if (!parsed.ok) throw new Error(parsed.error);
    const sim = createSimulation(parsed.scenario, { checkpointEvery: 100, budget: { ...DEFAULT_BUDGET, checkpointBytesMax: 100_000 } });
    sim.runToEnd();
    expect(sim.checkpointStats().bytes).toBeLessThanOrEqual(100_000);
    for (const t of [4000, 50, 2600, 5999, 1499]) {
      sim.seek(t);
      const fresh = createSimulation(parsed.scenario, { checkpointEvery: 0 });
      fresh.runUntil(t);
      expect(sim.traceHash(), `t=${t}`).toBe(fresh.traceHash());
      expect(sim.views(), `t=${t}`).toEqual(fresh.views());
      expect(sim.messages, `t=${t}`).toEqual(fresh.messages);
      expect(sim.violations, `t=${t}`).toEqual(fresh.violations);
    }
  });
});
