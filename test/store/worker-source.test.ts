// The worker's run source, end to end in one process: the worker side (serveRuns) on one end of
// a MessageChannel, the page's side (connectRunSource) on the other, real engine runs. The record
// that arrives in growths equals the whole run's; snapshots the worker answers equal a fresh run;
// a new start makes the old run's replies stale; the store keeps the playhead within the
// computed part and follows it.

import { afterEach, describe, expect, test } from 'vitest';
import { snapshotAt, standInSnapshot, type RunRecord, type Snapshot } from '../../src/store/run';
import { computeRun } from '../../src/store/compute-run';
import { createAppStore } from '../fixtures/app-store';
import { createSimulation } from '../../src/scenario/simulate';
import { defaultScenario, parseScenario } from '../../src/scenario/validate';
import type { Scenario } from '../../src/scenario/format';
import { serveRuns } from '../../src/worker/run-server';
import { connectRunSource, SEEKER_AT_ONCE_ACTIONS_MAX, type SeekerFactory } from '../../src/worker/worker-source';
import { makeSeeker } from '../../src/worker/bounded-seeker';
import { RecordAccumulator, type RecordGrowth } from '../../src/worker/record-growth';
import type { RunPort } from '../../src/worker/protocol';
import type { SeekerBounds } from '../../src/worker/bounded-seeker';
import type { RunListener, RunSource } from '../../src/worker/run-source';
import { protocols } from '../../src/protocols/registry';
import { lessonById } from '../../src/lessons/library';
import { lessonScenarioAt } from '../../src/lessons/check';

const closers: (() => void)[] = [];
afterEach(() => {
  while (closers.length > 0) closers.pop()!();
});

const NEVER_LOCAL: SeekerBounds = { wallMsPerRequest: 0, eventsPerRequest: 0, eventsMax: 0 };
const ALWAYS_LOCAL: SeekerBounds = { wallMsPerRequest: Infinity, eventsPerRequest: Infinity, eventsMax: Infinity };

/** A worker source over a MessageChannel; the bounds say which snapshots the page side may take. */
function connected(seekerBounds?: SeekerBounds, seeker: SeekerFactory | Promise<SeekerFactory> = makeSeeker): RunSource {
  const channel = new MessageChannel();
  const server = serveRuns(channel.port1 as unknown as RunPort);
  const source = connectRunSource(channel.port2 as unknown as RunPort, { seekerBounds, seeker });
  closers.push(() => {
    source.dispose();
    server.stop();
    channel.port1.close();
    channel.port2.close();
  });
  return source;
}

function scenario(extra: Record<string, unknown> = {}): Scenario {
  const parsed = parseScenario({ ...defaultScenario('raft'), until: 20_000, network: { latencyMsMin: 5, latencyMsMax: 80, dropRatio: 0.1, duplicateRatio: 0.2 }, ...extra });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.scenario;
}

/** Collects a run's growths until the last one, and the snapshots that arrive. */
function collect(source: RunSource, sc: Scenario) {
  const accumulator = new RecordAccumulator(sc, protocols[sc.protocol]);
  const snapshots: Snapshot[] = [];
  let growths = 0;
  let resolveDone: (record: RunRecord) => void;
  const done = new Promise<RunRecord>((resolve) => (resolveDone = resolve));
  const listener: RunListener = {
    growth: (_id, growth: RecordGrowth) => {
      growths++;
      accumulator.apply(growth);
      if (growth.done) resolveDone(accumulator.record());
    },
    snapshot: (_id, snapshot) => snapshots.push(snapshot),
    failed: (_id, error) => {
      throw new Error(error);
    },
  };
  const runId = source.start(sc, listener);
  return { runId, done, snapshots, growths: () => growths };
}

function expectSameRecord(actual: RunRecord, expected: RunRecord): void {
  const columns = ['from', 'to', 'fate', 'sentAt', 'deliverAt', 'endAt', 'duplicateOf', 'sentBy'] as const;
  expect(actual.messages.count).toBe(expected.messages.count);
  for (const column of columns) expect(Array.from(actual.messages[column].subarray(0, actual.messages.count))).toEqual(Array.from(expected.messages[column]));
  expect(actual.messages.payloads.slice(0, actual.messages.count)).toEqual(expected.messages.payloads.slice(0, expected.messages.count));
  expect(actual.trace.all()).toEqual(expected.trace.all());
  expect(actual.violations).toEqual(expected.violations);
  expect(actual.messageTypes).toEqual(expected.messageTypes);
  expect(actual.longestFlightMs).toBe(expected.longestFlightMs);
  expect(actual.traceHash).toBe(expected.traceHash);
  expect(actual.computedUntil).toBe(expected.scenario.until);
}

describe('the run, computed in chunks by the worker side', () => {
  test('the growths add up to the whole run: messages (fates changed in flight too), trace, violations, hash', async () => {
    const sc = scenario({ actions: [{ at: 3000, do: 'crash', node: 1 }, { at: 6000, do: 'partition', groups: [[1, 2], [3, 4, 5]] }, { at: 9000, do: 'heal' }] });
    const run = collect(connected(), sc);
    const record = await run.done;
    expect(run.growths()).toBeGreaterThan(0);
    expectSameRecord(record, computeRun(sc).record);
  });

  test('a 3PC run that breaks Atomicity: the violations arrive with the record', async () => {
    const lesson = lessonById('3pc-partition')!;
    const chosen = lessonScenarioAt(lesson, lesson.steps.length - 1)!;
    const record = await collect(connected(), chosen).done;
    expect(record.violations.some((v) => v.invariant === 'Atomicity')).toBe(true);
    expectSameRecord(record, computeRun(chosen).record);
  });
});

describe('snapshots', () => {
  test('answered by the worker when the page may not compute them: equal to a fresh run', async () => {
    const sc = scenario();
    const source = connected(NEVER_LOCAL);
    const run = collect(source, sc);
    await run.done;
    for (const t of [12_000, 700, 15_432]) {
      expect(source.snapshot(t)).toBeNull();
      await expect.poll(() => run.snapshots.at(-1)?.time).toBe(t);
      const fresh = createSimulation(sc);
      fresh.runUntil(t);
      expect(run.snapshots.at(-1)!.views).toEqual(fresh.views());
      expect(run.snapshots.at(-1)!.timers).toEqual(Array.from({ length: sc.nodes }, (_, i) => fresh.timersOf(i + 1)));
    }
  });

  test('requests are coalesced: of many asked at once, the latest is answered last and the rest skipped', async () => {
    const sc = scenario();
    const source = connected(NEVER_LOCAL);
    const run = collect(source, sc);
    await run.done;
    for (let t = 1000; t <= 10_000; t += 1000) source.snapshot(t);
    await expect.poll(() => run.snapshots.at(-1)?.time).toBe(10_000);
    expect(run.snapshots.length).toBeLessThan(10);
  });

  test('before the page-side seeker has loaded, the worker answers and a stand-in shows the nodes; then the seeker answers', async () => {
    const sc = scenario();
    let arrive: (factory: SeekerFactory) => void = () => {};
    const source = connected(ALWAYS_LOCAL, new Promise<SeekerFactory>((resolve) => (arrive = resolve)));
    const run = collect(source, sc);
    const standIn = source.placeholder();
    expect(standIn).toEqual(standInSnapshot(sc));
    expect(standIn.views.map((view) => view.id)).toEqual([1, 2, 3, 4, 5]);
    expect(standIn.views.every((view) => view.up && view.role === 'follower')).toBe(true);
    expect(source.snapshot(4000)).toBeNull();
    await expect.poll(() => run.snapshots.at(-1)?.time).toBe(4000);
    arrive(makeSeeker);
    await run.done;
    const local = source.snapshot(9000);
    expect(local).not.toBeNull();
    const fresh = createSimulation(sc);
    fresh.runUntil(9000);
    expect(local!.views).toEqual(fresh.views());
  });

  test('cheap ones come at once from the page-side seeker, equal to the worker-less source', async () => {
    const sc = scenario();
    const source = connected(ALWAYS_LOCAL);
    await collect(source, sc).done;
    const reference = computeRun(sc).simulation;
    for (const t of [5000, 100, 19_999]) expect(source.snapshot(t)!.views).toEqual(snapshotAt(reference, t, null).views);
  });
});

describe('a new run replaces the old one', () => {
  test('the old run stops and its replies are ignored', async () => {
    const source = connected();
    const first = collect(source, scenario({ until: 600_000 }));
    const second = collect(source, scenario({ seed: 7 }));
    expect(second.runId).not.toBe(first.runId);
    const record = await second.done;
    expectSameRecord(record, computeRun(scenario({ seed: 7 })).record);
    // The first run never finished: its growths stopped when the second started.
    let firstDone = false;
    void first.done.then(() => (firstDone = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(firstDone).toBe(false);
  });
});

/** One request more than a run may hold and still get the page's seeker at once. */
function requestsPastSeekerMax(): { at: number; do: string; node: number; value: string }[] {
  return Array.from({ length: SEEKER_AT_ONCE_ACTIONS_MAX + 1 }, (_, i) => ({ at: 10 + i * 5, do: 'request', node: 1 + (i % 5), value: `v${i}` }));
}

describe('the store over the worker source', () => {
  test('the playhead stays within the computed part, then follows a seek beyond it', async () => {
    const sc = scenario({ until: 120_000 });
    const store = createAppStore({ scenario: sc, source: connected() });
    const s = () => store.getState();
    expect(s().run.done).toBe(false);
    s().setTime(100_000);
    expect(s().time).toBeLessThanOrEqual(Math.max(0, s().run.computedUntil));
    await expect.poll(() => s().run.done, { timeout: 20_000 }).toBe(true);
    await expect.poll(() => s().panelTime).toBe(100_000);
    expect(s().time).toBe(100_000);
    const fresh = createSimulation(sc);
    fresh.runUntil(100_000);
    expect(s().snapshot.views).toEqual(fresh.views());
    expect(s().run.traceHash).toBe(computeRun(sc).record.traceHash);
  });

  test('acting shows its effect at once, before the new run has arrived', async () => {
    const store = createAppStore({ scenario: scenario(), source: connected(ALWAYS_LOCAL) });
    const s = () => store.getState();
    await expect.poll(() => s().run.done).toBe(true);
    s().setTime(1200);
    expect(s().act({ do: 'crash', node: 2 })).toBe(true);
    expect(s().time).toBe(1200);
    expect(s().snapshot.views[1].up).toBe(false);
    await expect.poll(() => s().run.done).toBe(true);
    expect(s().run.scenario.actions).toEqual([{ at: 1200, do: 'crash', node: 2 }]);
  });

  test('held until the views are shown: the worker stops at the growths posted, nothing is published; then the run comes whole', async () => {
    // Ten minutes: far more than the two chunks (about 10 ms of work each) a held worker computes.
    const sc = scenario({ until: 600_000 });
    const store = createAppStore({ scenario: sc, source: connected(), holdRunUntilShown: true });
    const s = () => store.getState();
    // Long enough for the worker to compute all of it, were it not held.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(s().run.computedUntil).toBeLessThan(0);
    expect(s().run.done).toBe(false);
    s().viewsShown();
    expect(s().run.computedUntil).toBeGreaterThanOrEqual(0);
    expect(s().run.computedUntil).toBeLessThan(sc.until);
    await expect.poll(() => s().run.done, { timeout: 20_000 }).toBe(true);
    expect(s().run.traceHash).toBe(computeRun(sc).record.traceHash);
  });

  test('a run of thousands of actions builds the page\'s seeker after the task that starts it; it then answers the snapshot wanted meanwhile', async () => {
    const actions = requestsPastSeekerMax();
    const sc = scenario({ actions });
    let built = 0;
    const counting: SeekerFactory = (run, bounds, budget) => {
      built++;
      return makeSeeker(run, bounds ?? ALWAYS_LOCAL, budget);
    };
    const source = connected(ALWAYS_LOCAL, counting);
    const run = collect(source, sc);
    // Not in the starting task: the snapshot waits (and is not asked of the worker).
    expect(built).toBe(0);
    expect(source.snapshot(700)).toBeNull();
    expect(source.placeholder().eventCount).toBe(-1);
    await expect.poll(() => run.snapshots.length).toBe(1);
    expect(built).toBe(1);
    const fresh = createSimulation(sc);
    expect(run.snapshots[0]).toEqual(snapshotAt(fresh, 700, null));
    // Built: later snapshots come at once.
    expect(source.snapshot(900)).toEqual(snapshotAt(fresh, 900, null));
    await run.done;
    expect(run.snapshots).toHaveLength(1);
  });

  test('a light run builds its seeker at once', () => {
    let built = 0;
    const counting: SeekerFactory = (run, bounds, budget) => {
      built++;
      return makeSeeker(run, bounds, budget);
    };
    const source = connected(ALWAYS_LOCAL, counting);
    collect(source, scenario());
    expect(built).toBe(1);
    expect(source.snapshot(700)).not.toBeNull();
  });

  test('held until the views are shown: a snapshot answered meanwhile is shown with the first growth, not before', async () => {
    const actions = requestsPastSeekerMax();
    const sc = scenario({ actions, until: 600_000 });
    const store = createAppStore({ scenario: sc, source: connected(ALWAYS_LOCAL), holdRunUntilShown: true, time: 700 });
    const s = () => store.getState();
    // The stand-in, whatever answers meanwhile.
    expect(s().snapshot.eventCount).toBe(-1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(s().snapshot.eventCount).toBe(-1);
    s().viewsShown();
    await expect.poll(() => s().time).toBe(700);
    expect(s().snapshot).toEqual(snapshotAt(createSimulation(sc), 700, null));
  });
});
