// A chunk of a run adds at most GROWTH_ROWS_MAX rows, give or take the events before its next look
// and the rest of its millisecond, however fast the worker computes: the page takes each growth
// in one task. And the growths still add up to the whole run.

import { describe, expect, it } from 'vitest';
import { GROWTH_ROWS_MAX, RunComputation } from '../../src/worker/run-computation';
import { parseScenario } from '../../src/scenario/validate';

describe('RunComputation', () => {
  it('bounds the rows of each growth, and the growths add up to the run', () => {
    // Nine nodes, 5 ms heartbeats, every message duplicated: some 80 000 messages in 5 s.
    const parsed = parseScenario({ version: 1, protocol: 'raft', nodes: 9, until: 5000, network: { duplicateRatio: 1 }, params: { heartbeatMs: 5 } });
    if (!parsed.ok) throw new Error(parsed.error);
    const computation = new RunComputation(parsed.scenario);
    let messages = 0;
    let trace = 0;
    let growths = 0;
    while (!computation.done) {
      // No clock: only the row bound ends a chunk (and the budget, the run).
      const growth = computation.chunk(() => false);
      growths++;
      // 128 events between looks, each sending at most 2 × 8 messages (nine nodes, every message duplicated).
      expect(growth.messages.from.length).toBeLessThan(GROWTH_ROWS_MAX + 128 * 16 + 1000);
      expect(growth.trace.at.length).toBeLessThan(GROWTH_ROWS_MAX + 128 * 2 + 1000);
      messages += growth.messages.from.length;
      trace += growth.trace.at.length;
    }
    expect(growths).toBeGreaterThan(10);
    expect([messages, trace]).toEqual([computation.simulation.messageLog.count, computation.simulation.traceLog.count]);
  });
});
