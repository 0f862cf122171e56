// The run's record grows toward what the run will hold (issue 13): a steady run's columns end
// with little room to spare, and the prediction stays within its bounds.
import { describe, expect, it } from 'vitest';
import { expectedRows, grow } from '../../src/engine/columns';
import { createSimulation } from '../../src/scenario/simulate';
import { parseScenario } from '../../src/scenario/validate';

describe('record columns', () => {
  it('grow toward the rows expected at the horizon, at most eight times the rows, never fewer', () => {
    expect(expectedRows(1000, 10_000, 600_000)).toBe(8000); // the rate says 63 750: capped at 8x
    expect(expectedRows(100_000, 300_000, 600_000)).toBe(212_500); // twice, plus a sixteenth
    expect(expectedRows(500, 0, 600_000)).toBe(500); // at time 0 the rate says nothing
    expect(expectedRows(500, 700_000, 600_000)).toBe(500); // past the horizon
    expect(expectedRows(500, 100, 0)).toBe(500); // no horizon
    const column = Int32Array.from([1, 2, 3]);
    const grown = grow(column, 4);
    expect(grown.length).toBe(16);
    expect(Array.from(grown.slice(0, 3))).toEqual([1, 2, 3]);
    expect(grow(grown, 17).length).toBe(24); // at least half again
    expect(grow(grown, 100).length).toBe(100); // or what is asked
  });

  it('a steady 10-minute Raft run copies its log and trace columns a few times and ends with them at most a quarter larger than their rows', () => {
    const actions = Array.from({ length: 2000 }, (_, i) => ({ at: (i + 1) * 300, do: 'request' as const, node: (i % 5) + 1, value: `v${i}` }));
    const parsed = parseScenario({ version: 1, protocol: 'raft', seed: 42, nodes: 5, until: 600_000, actions });
    if (!parsed.ok) throw new Error(parsed.error);
    const sim = createSimulation(parsed.scenario);
    let copies = 0;
    let from = sim.messageLog.from;
    let at = sim.traceLog.at;
    for (let t = 100; t <= 600_000; t += 100) {
      sim.runUntil(t);
      if (sim.messageLog.from !== from || sim.traceLog.at !== at) copies++;
      from = sim.messageLog.from;
      at = sim.traceLog.at;
    }
    expect(copies).toBeLessThanOrEqual(10); // growing by half from 64 rows, it takes about 20 per log
    expect(sim.budgetStop).toBeNull();
    expect(sim.messageLog.count).toBeGreaterThan(50_000);
    expect(sim.messageLog.from.length).toBeLessThanOrEqual(sim.messageLog.count * 1.25);
    expect(sim.traceLog.at.length).toBeLessThanOrEqual(sim.traceLog.count * 1.25);
  });
});
