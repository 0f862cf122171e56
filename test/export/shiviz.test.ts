// The exports from a real run: the ShiViz log parses back with its own regular expression into
// the run's process events and vector clocks; the JSON lists every event and message.

import { describe, expect, test } from 'vitest';
import { computeRun } from '../../src/store/compute-run';
import { parseScenario } from '../../src/scenario/validate';
import { clockOf, vectorClocks } from '../../src/engine/vector-clocks';
import { parseShivizLog, shivizLog, SHIVIZ_REGEX } from '../../src/export/shiviz';
import { clockRecord } from '../../src/export/run-events';
import { runJson } from '../../src/export/run-json';

function raftRun() {
  const parsed = parseScenario({
    version: 1,
    protocol: 'raft',
    seed: 3,
    nodes: 3,
    until: 3000,
    network: { latencyMsMin: 10, latencyMsMax: 30, dropRatio: 0.1, duplicateRatio: 0.05 },
    actions: [
      { at: 800, do: 'request', node: 1, value: 'x=1' },
      { at: 1200, do: 'crash', node: 2 },
      { at: 2000, do: 'restart', node: 2 },
    ],
  });
  if (!parsed.ok) throw new Error(parsed.error);
  const { record } = computeRun(parsed.scenario);
  return { ...record, nodes: parsed.scenario.nodes };
}

describe('ShiViz export', () => {
  test('parses back into the same events and clocks', () => {
    const run = raftRun();
    const text = shivizLog(run);
    const lines = text.split('\n');
    expect(lines[0]).toBe(SHIVIZ_REGEX);
    expect(lines[1]).toBe('');
    const parsed = parseShivizLog(text);
    const vc = vectorClocks(run.trace, run.messages, run.nodes);
    const expected = [1, 2, 3].map((n) => ({ host: `S${n}`, clock: { [`S${n}`]: 1 }, time: 0 }));
    for (let i = 0; i < run.trace.count; i++) {
      const clock = clockOf(vc, i);
      if (clock) expected.push({ host: `S${run.trace.node[i]}`, clock: clockRecord(clock), time: run.trace.at[i] });
    }
    expect(parsed.map(({ host, clock, time }) => ({ host, clock, time }))).toEqual(expected);
    expect(parsed.length).toBeGreaterThan(100);
    // Each host's own count rises by one per event: what ShiViz checks.
    const last = new Map<string, number>();
    for (const event of parsed) {
      expect(event.clock[event.host]).toBe((last.get(event.host) ?? 0) + 1);
      last.set(event.host, event.clock[event.host]);
    }
    expect(parsed.some((e) => e.event.startsWith('receive S1 → S2 AppendEntries'))).toBe(true);
  });

  test('cut at a time: nothing after it', () => {
    const run = raftRun();
    const parsed = parseShivizLog(shivizLog(run, 1000));
    expect(parsed.every((e) => e.time <= 1000)).toBe(true);
    expect(parsed.length).toBeLessThan(parseShivizLog(shivizLog(run)).length);
  });
});

describe('JSON export', () => {
  test('every event and message, with fates and the events that sent and received each message', () => {
    const run = raftRun();
    const json = JSON.parse(runJson(run));
    expect(json).toMatchObject({ format: 'consensus-lab-run', version: 1, protocol: 'raft', nodes: 3 });
    expect(json.events).toHaveLength(run.trace.count);
    expect(json.messages).toHaveLength(run.messages.count);
    const delivered = json.messages.find((m: { fate: string }) => m.fate === 'delivered');
    expect(json.events[delivered.receiveEvent]).toMatchObject({ kind: 'deliver', message: delivered.id, node: delivered.to });
    expect(json.messages.some((m: { fate: string; receiveEvent: unknown }) => m.fate === 'dropped' && m.receiveEvent === null)).toBe(true);
  });
});
