// The run budget (issue 16): hostile scenarios end early with a stop, quickly and without an
// exception; legitimate runs are untouched by it (same trace hash as with no budget at all).
import { describe, expect, it } from 'vitest';
import { DEFAULT_BUDGET, type RunBudget } from '../../src/engine/budget';
import { Simulation } from '../../src/engine/simulation';
import { LESSONS } from '../../src/lessons/library';
import { lessonScenarioAt } from '../../src/lessons/check';
import { createSimulation } from '../../src/scenario/simulate';
import { parseScenario } from '../../src/scenario/validate';
import { echoConfig, echoProtocol } from './fixtures';
import { MILLISECOND_TIMERS, SLOW_DUPLICATING } from '../fixtures/heavy-scenarios';

const UNLIMITED: RunBudget = { eventsMax: Infinity, inFlightMax: Infinity, checkpointBytesMax: Infinity };

function scenario(raw: unknown) {
  const parsed = parseScenario(raw);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.scenario;
}

/** Runs to the end and returns the simulation with the CPU time it took. */
function timedRun(raw: unknown, checkpointEvery?: number) {
  const start = performance.now();
  const sim = createSimulation(scenario(raw), { checkpointEvery });
  sim.runToEnd();
  return { sim, ms: performance.now() - start };
}

/** The request traffic of the heaviest legitimate scenarios: `count` requests spread over the run. */
function spreadRequests(nodes: number, until: number, count: number) {
  return Array.from({ length: count }, (_, i) => ({ at: Math.floor(((i + 1) * until) / (count + 1)), do: 'request', node: (i % nodes) + 1, value: `v${i + 1}` }));
}

describe('hostile scenarios end early with a budget stop (issue 16)', () => {
  it('(a) 60 s latency, every message duplicated: stopped for messages in flight within a second', () => {
    const raw = SLOW_DUPLICATING;
    for (const checkpointEvery of [0, undefined]) {
      const { sim, ms } = timedRun(raw, checkpointEvery);
      expect(sim.budgetStop).toMatchObject({ reason: 'inFlight', limit: DEFAULT_BUDGET.inFlightMax });
      expect(sim.budgetStop!.at).toBeLessThan(10_000);
      expect(sim.now).toBe(sim.budgetStop!.at);
      expect(ms).toBeLessThan(1000);
    }
  });

  it('(b) 1 ms heartbeat and election timeout, every message duplicated: stopped within a second, no crash', () => {
    const raw = MILLISECOND_TIMERS;
    for (const checkpointEvery of [0, undefined]) {
      const { sim, ms } = timedRun(raw, checkpointEvery);
      expect(sim.budgetStop).toMatchObject({ reason: 'inFlight', limit: DEFAULT_BUDGET.inFlightMax });
      expect(ms).toBeLessThan(1000);
    }
  });

  it('the events cap stops at exactly eventsMax events, and running on processes nothing more', () => {
    const budget = { ...DEFAULT_BUDGET, eventsMax: 1000 };
    const sim = new Simulation(echoProtocol, echoConfig(), { budget });
    sim.runToEnd();
    expect(sim.eventCount).toBe(1000);
    expect(sim.budgetStop).toEqual({ at: sim.now, reason: 'events', limit: 1000 });
    const { now, eventCount } = sim;
    sim.runUntil(sim.config.until);
    expect(sim.step()).toBe(false);
    expect([sim.now, sim.eventCount]).toEqual([now, eventCount]);
    expect(sim.trace.at(-1)!.at).toBeLessThanOrEqual(now);
  });

  it('a stopped run still seeks before its stop exactly like a fresh run, and keeps its stop', () => {
    const budget = { ...DEFAULT_BUDGET, eventsMax: 1500 };
    const sim = new Simulation(echoProtocol, echoConfig(), { budget, checkpointEvery: 100 });
    sim.runToEnd();
    const stop = sim.budgetStop!;
    for (const t of [stop.at - 1, 10, stop.at, 1999, 250]) {
      sim.seek(t);
      const fresh = new Simulation(echoProtocol, echoConfig(), { budget });
      fresh.runUntil(t);
      expect(sim.traceHash(), `t=${t}`).toBe(fresh.traceHash());
      expect([sim.now, sim.eventCount], `t=${t}`).toEqual([fresh.now, fresh.eventCount]);
      expect(sim.budgetStop).toEqual(stop);
    }
  });

  it('the same stop in the CLI path (no checkpoints) as with checkpoints', () => {
    const budget = { ...DEFAULT_BUDGET, eventsMax: 777 };
    const a = new Simulation(echoProtocol, echoConfig(), { budget, checkpointEvery: 0 });
    const b = new Simulation(echoProtocol, echoConfig(), { budget, checkpointEvery: 50 });
    a.runToEnd();
    b.runToEnd();
    expect(a.budgetStop).toEqual(b.budgetStop);
    expect(a.traceHash()).toBe(b.traceHash());
  });
});

describe('legitimate runs are untouched by the default budget', () => {
  it('every lesson runs whole, with the trace hash of a run without any budget', () => {
    for (const lesson of LESSONS) {
      const s = lessonScenarioAt(lesson, lesson.steps.length - 1)!;
      const budgeted = createSimulation(s);
      const unlimited = createSimulation(s, { budget: UNLIMITED });
      budgeted.runToEnd();
      unlimited.runToEnd();
      expect(budgeted.budgetStop, lesson.id).toBeNull();
      expect(budgeted.traceHash(), lesson.id).toBe(unlimited.traceHash());
    }
  });

  it('Raft with 9 nodes, 10 minutes and 10 000 requests (≈ 383 000 events) runs whole', () => {
    const s = scenario({ version: 1, protocol: 'raft', nodes: 9, until: 600000, actions: spreadRequests(9, 600000, 10000) });
    const budgeted = createSimulation(s, { checkpointEvery: 0 });
    budgeted.runToEnd();
    expect(budgeted.budgetStop).toBeNull();
    expect(budgeted.eventCount).toBeGreaterThan(300_000);
    expect(budgeted.now).toBe(600000);
    const unlimited = createSimulation(s, { checkpointEvery: 0, budget: UNLIMITED });
    unlimited.runToEnd();
    expect(budgeted.traceHash()).toBe(unlimited.traceHash());
  });
});
