// The page applies a worker's growths in time slices (issue 16: no task over 50 ms): a column that
// outgrows its room is copied into a larger one a part at a time (RecordAccumulator.reserve), and
// the GrowthQueue applies growths whole and in order, a slice per task. The record that results is
// the one applying each growth at once gives.

import { describe, expect, test } from 'vitest';
import { GrowthQueue, reserve } from '../../src/store/growth-queue';
import { defaultScenario, parseScenario } from '../../src/scenario/validate';
import type { Scenario } from '../../src/scenario/format';
import { protocols } from '../../src/protocols/registry';
import { RecordAccumulator, type RecordGrowth } from '../../src/worker/record-growth';
import { RunComputation } from '../../src/worker/run-computation';
import type { RunRecord } from '../../src/store/run';

function scenario(): Scenario {
  const parsed = parseScenario({ ...defaultScenario('raft'), until: 30_000, network: { latencyMsMin: 5, latencyMsMax: 80, dropRatio: 0.1, duplicateRatio: 0.5 } });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.scenario;
}

/** The run in growths of about `events` events each (a stop condition counting its looks). */
function growthsOf(sc: Scenario): RecordGrowth[] {
  const computation = new RunComputation(sc);
  const growths: RecordGrowth[] = [];
  while (!computation.done) {
    let looks = 0;
    growths.push(structuredClone(computation.chunk(() => ++looks >= 8)));
  }
  return growths;
}

function plain(record: RunRecord) {
  const m = record.messages;
  const columns = ['from', 'to', 'fate', 'sentAt', 'deliverAt', 'endAt', 'duplicateOf', 'sentBy'] as const;
  return {
    messages: Object.fromEntries(columns.map((name) => [name, Array.from(m[name].subarray(0, m.count))])),
    payloads: m.payloads.slice(0, m.count),
    trace: record.trace.all(),
    violations: record.violations,
    messageTypes: record.messageTypes,
    longestFlightMs: record.longestFlightMs,
    traceHash: record.traceHash,
    computedUntil: record.computedUntil,
    done: record.done,
  };
}

describe('reserve', () => {
  test('columns moved into larger ones a part at a time: the same record as applying at once', () => {
    const sc = scenario();
    const growths = growthsOf(sc);
    expect(growths.length).toBeGreaterThan(3);
    const atOnce = new RecordAccumulator(sc, protocols[sc.protocol]);
    const inParts = new RecordAccumulator(sc, protocols[sc.protocol]);
    let parts = 0;
    for (const growth of growths) {
      atOnce.apply(growth);
      // Stop after every part: each call moves at most one part of one column.
      while (!reserve(inParts, growth, () => true)) parts++;
      const before = inParts.record().messages.from;
      inParts.apply(growth);
      // Reserved: apply() copied no column (it wrote into the reserved one).
      expect(inParts.record().messages.from).toBe(before);
    }
    expect(parts).toBeGreaterThan(0);
    expect(plain(inParts.record())).toEqual(plain(atOnce.record()));
  });
});

describe('GrowthQueue', () => {
  /** A queue whose tasks run when the test says (run()), with a clock the test moves. */
  function manual() {
    const tasks: (() => void)[] = [];
    let now = 0;
    const queue = new GrowthQueue(() => (now += 1), (next) => tasks.push(next));
    return { queue, tasks, run: () => tasks.shift()!() , elapsed: () => now };
  }

  test('applies the growths whole and in order, in tasks of its own, and says when each is applied', async () => {
    const sc = scenario();
    const growths = growthsOf(sc);
    const { queue, tasks, run } = manual();
    const accumulator = new RecordAccumulator(sc, protocols[sc.protocol]);
    const applied: number[] = [];
    growths.forEach((growth, i) => void queue.push(accumulator, growth).then(() => applied.push(i)));
    // Nothing in the pushing task.
    expect(applied).toEqual([]);
    let ran = 0;
    while (tasks.length > 0) {
      run();
      ran++;
      await Promise.resolve();
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(applied).toEqual(growths.map((_, i) => i));
    // The clock moves a ms per look: a slice stops within a few growths.
    expect(ran).toBeGreaterThan(1);
    const whole = new RecordAccumulator(sc, protocols[sc.protocol]);
    for (const growth of growths) whole.apply(growth);
    expect(plain(accumulator.record())).toEqual(plain(whole.record()));
  });

  test('clear() drops the growths not applied yet; after() waits for those queued before it', async () => {
    const sc = scenario();
    const [first, second] = growthsOf(sc);
    const { queue, tasks, run } = manual();
    const accumulator = new RecordAccumulator(sc, protocols[sc.protocol]);
    const seen: string[] = [];
    void queue.push(accumulator, first).then(() => seen.push('first'));
    queue.clear();
    const next = new RecordAccumulator(sc, protocols[sc.protocol]);
    void queue.after().then(() => seen.push('after nothing'));
    void queue.push(next, first).then(() => seen.push('next first'));
    void queue.after().then(() => seen.push('after next first'));
    void queue.push(next, second).then(() => seen.push('next second'));
    while (tasks.length > 0) run();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual(['after nothing', 'next first', 'after next first', 'next second']);
    expect(accumulator.record().computedUntil).toBe(-1);
  });
});
