// `npm run -s bench`: the engine's throughput per protocol next to a bare event-loop floor
// timed between the line's runs (`ratioToFloor`; each line runs on a fresh thread, see main), the
// cost of seeking in a long run, the worst-case loadable scenario per protocol
// (`worst:<protocol>`: from its link to the first chunk and the whole run, heap, seek p95,
// budget), and how the cost per simulated second grows with the run's length (`growth:<protocol>`).
// `npm run -s bench -- worst` prints only the worst-case lines, `-- growth` only the growth lines,
// `-- raft 2pc` (throughput lines by name) only the floor and those lines.
// Prints one JSON object per line. A benchmark, not a test: it prints figures and exits 0.
// `npm run bench` runs it bundled (scripts/bench.mjs), as the app ships the engine.

import { setFlagsFromString } from 'node:v8';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { runInNewContext } from 'node:vm';
import { EventHeap } from './floor-heap';
import { RandomStream } from '../engine/random';
import { Simulation } from '../engine/simulation';
import type { Action, Protocol } from '../engine/types';
import { echo } from '../protocols/echo';
import { protocols, type ProtocolName } from '../protocols/registry';
import { parseScenario } from '../scenario/validate';
import type { Scenario } from '../scenario/format';
import { createSimulation } from '../scenario/simulate';
import { decodeShareFragment, encodeShareFragment } from '../scenario/link';
import { RunComputation } from '../worker/run-computation';
import { CHUNK_MS, FIRST_CHUNK_MS } from '../worker/run-server';
import type { SimulationOptions } from '../engine/simulation';
import { firstMessage, startThread } from './thread';

const MIN_SECONDS = 1.5;
/**
 * Events run before measuring, the floor's and every workload's alike: V8 optimizes a function
 * after it has run a while, and a Raft run of 22 000 events as the only warm-up left the first
 * timed runs at a third of their speed (8 % of a line's time went to them).
 */
const WARM_UP_EVENTS = 1_000_000;
const nowMs = () => performance.now();

/**
 * The floor: a heap of (time, seq) events; each handler schedules one more. Nothing else.
 * Warmed up like the workloads (WARM_UP_EVENTS), then timed in slices: alone for the `floor`
 * line, or between a workload's runs (see measure).
 */
class Floor {
  private static readonly NODES = 5;
  /** About what a 5-node run keeps pending (timers and messages in flight). */
  private static readonly PENDING = 16;
  private readonly heap = new EventHeap<{ time: number; seq: number; node: number }>();
  private readonly counts = new Float64Array(Floor.NODES + 1);
  private seq = 0;
  private lcg = 12345;
  /** Events timed so far, and their milliseconds. */
  events = 0;
  ms = 0;

  /**
   * `collectYoung` runs before each timed slice (and measure runs it before each timed run):
   * interleaved, each would otherwise pay for the other's young garbage.
   */
  constructor(readonly collectYoung: () => void = () => {}) {
    for (let i = 0; i < Floor.PENDING; i++) this.heap.push({ time: i, seq: this.seq++, node: (i % Floor.NODES) + 1 });
    this.run(WARM_UP_EVENTS);
  }

  private run(events: number): void {
    const heap = this.heap;
    for (let i = 0; i < events; i++) {
      const event = heap.pop()!;
      this.counts[event.node]++;
      const lcg = (this.lcg = (Math.imul(this.lcg, 1664525) + 1013904223) | 0);
      heap.push({ time: event.time + 10 + ((lcg >>> 8) % 21), seq: this.seq++, node: ((lcg >>> 4) % Floor.NODES) + 1 });
    }
  }

  /** Run `events` more, timed. */
  slice(events: number): void {
    this.collectYoung();
    const start = nowMs();
    this.run(events);
    this.ms += nowMs() - start;
    this.events += events;
  }

  get eventsPerSec(): number {
    return this.events / (this.ms / 1000);
  }
}

/** The floor alone: the average over at least MIN_SECONDS. */
function floorEventsPerSec(): { eventsPerSec: number; events: number } {
  const floor = new Floor();
  while (floor.ms < MIN_SECONDS * 1000) floor.slice(100_000);
  return { eventsPerSec: floor.eventsPerSec, events: floor.events };
}

/** Steady client traffic: a request every `everyMs` at a node chosen by the traffic's own stream. */
function steadyRequests(protocol: string, nodes: number, untilMs: number, everyMs: number, seed = 7): Action[] {
  const random = RandomStream.derive(seed, 'bench-traffic');
  const actions: Action[] = [];
  const atCoordinator = protocol === '2pc' || protocol === '3pc';
  for (let at = everyMs, i = 1; at <= untilMs; at += everyMs, i++) {
    actions.push({ at, do: 'request', node: atCoordinator ? 1 : random.intBetween(1, nodes), value: `${atCoordinator ? 't' : 'v'}${i}` });
  }
  return actions;
}

/** Floor events per slice between a workload's runs: about a millisecond and a half here. */
const FLOOR_SLICE = 20_000;

/**
 * Events per second over repeated runs of a workload (after runs of WARM_UP_EVENTS, as the floor
 * has), until at least MIN_SECONDS of run time and three runs. Building each Simulation is not
 * timed. Slices of the floor run between the runs until its time catches up with theirs:
 * this machine's speed drifts by a third within seconds, and a floor timed apart from its line
 * (before it, as it was) moved the ratio by as much (4.5 to 6.1 for the same build).
 */
function measure(make: (run: number) => Simulation, floor: Floor): { eventsPerSec: number; events: number; runs: number; simulatedMs: number } {
  for (let warm = 0; warm < WARM_UP_EVENTS; ) {
    const sim = make(0);
    sim.runToEnd();
    warm += Math.max(1, sim.eventCount);
  }
  let events = 0;
  let ms = 0;
  let runs = 0;
  let simulatedMs = 0;
  while (ms < MIN_SECONDS * 1000 || runs < 3) {
    const run = timedRun(make, runs + 1, floor);
    ms += run.ms;
    events += run.events;
    simulatedMs += run.simulatedMs;
    runs++;
    while (floor.ms < ms) floor.slice(FLOOR_SLICE);
  }
  return { eventsPerSec: events / (ms / 1000), events, runs, simulatedMs };
}

/**
 * One timed run, its Simulation made and dropped in here: while a loop's register still held the
 * finished run, the floor slices' young collections after it (each slice starts with one) promoted
 * what the run had made, 1.3 MB of a Raft run, and the old space they filled cost 14 full
 * collections over the Raft line, marked in steps inside the timed runs and slices, where one
 * was needed with the run dropped first.
 */
function timedRun(make: (run: number) => Simulation, run: number, floor: Floor): { ms: number; events: number; simulatedMs: number } {
  const sim = make(run);
  floor.collectYoung();
  const start = nowMs();
  sim.runToEnd();
  return { ms: nowMs() - start, events: sim.eventCount, simulatedMs: sim.config.until };
}

/**
 * A 5-node run with a client request every 50 ms. Single-decree Paxos settles once a value is
 * chosen, so its workload is many short runs (one per seed) where proposers compete.
 */
function protocolRun(name: ProtocolName, untilMs: number, seed = 42, options?: SimulationOptions): Simulation {
  const key = `${name}/${untilMs}/${seed}`;
  let scenario = parsedScenarios.get(key);
  if (scenario === undefined) {
    const parsed = parseScenario({
      version: 1,
      protocol: name,
      seed,
      nodes: 5,
      until: untilMs,
      actions: steadyRequests(name, 5, untilMs, 50, seed),
    });
    if (!parsed.ok) throw new Error(parsed.error);
    scenario = parsed.scenario;
    parsedScenarios.set(key, scenario);
  }
  return createSimulation(scenario, options);
}

/**
 * Scenarios already parsed, by protocol, length and seed. Parsing a long scenario is not timed,
 * but the garbage it leaves would be collected inside the next timed run and counted there.
 */
const parsedScenarios = new Map<string, Scenario>();

const WORKLOADS: Record<ProtocolName, { untilMs: number; seedPerRun: boolean }> = {
  raft: { untilMs: 60_000, seedPerRun: false },
  paxos: { untilMs: 1_000, seedPerRun: true },
  '2pc': { untilMs: 60_000, seedPerRun: false },
  '3pc': { untilMs: 60_000, seedPerRun: false },
};

/** A 5-node run of a bench-only protocol: no actions, a calm network. */
function engineRun(protocol: Protocol, params: Record<string, unknown>, untilMs: number): Simulation {
  return new Simulation(protocol, {
    seed: 42,
    nodes: 5,
    until: untilMs,
    network: { latencyMsMin: 10, latencyMsMax: 30, dropRatio: 0, duplicateRatio: 0 },
    params,
    actions: [],
  });
}

/**
 * The floor's workload run through the engine: every event is a timer whose handler arms one
 * more (each node keeps a few pending, 16 in all, as the floor does). No messages, one trivial
 * invariant: what is left is the engine's own per-event cost (dispatch, trace, hash, timer
 * bookkeeping, invariant call, checkpoints).
 */
const ticks: Protocol<{ fired: number }, never> = {
  name: 'ticks',
  title: 'Ticks (bench only)',
  params: [],
  invariants: [
    {
      name: 'Counting',
      description: 'A node has fired a non-negative number of timers.',
      initialMemory: () => null,
      check: (world, _memory, touched) => (world.states[touched - 1].fired < 0 ? { detail: { key: 'negative' }, nodes: [touched] } : null),
    },
  ],
  init: () => ({ fired: 0 }),
  recover: (state) => ({ fired: state.fired }),
  start(ctx) {
    for (const name of ['a', 'b', 'c']) ctx.setTimer(name, ctx.random.intBetween(10, 30));
    if (ctx.self === 1) ctx.setTimer('d', ctx.random.intBetween(10, 30));
  },
  onMessage() {},
  onTimer(ctx, state, timer) {
    state.fired++;
    ctx.setTimer(timer, ctx.random.intBetween(10, 30));
  },
  onRequest() {},
  onTimeout() {},
  view: (state) => ({ fired: state.fired }),
  describe: () => ({ type: 'none', label: { key: 'label.typed', params: { type: 'none', t: '' } } }),
};

function seekBench(): Record<string, unknown> {
  // A Raft run long enough for 100 000 events, with steady client traffic.
  let until = 20_000;
  let sim = protocolRun('raft', until);
  sim.runToEnd();
  while (sim.eventCount < 100_000 && until < 600_000) {
    const scale = Math.max(1.5, (100_000 / Math.max(1, sim.eventCount)) * 1.1);
    until = Math.min(600_000, Math.ceil(until * scale));
    sim = protocolRun('raft', until);
    sim.runToEnd();
  }
  const runEvents = sim.eventCount;
  const random = RandomStream.derive(3, 'bench-seek');
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t = random.intBetween(0, until);
    const start = nowMs();
    sim.seek(t);
    times.push(nowMs() - start);
  }
  times.sort((a, b) => a - b);
  const round2 = (x: number) => Math.round(x * 100) / 100;
  return {
    name: 'seek',
    protocol: 'raft',
    runEvents,
    runMs: until,
    seeks: times.length,
    medianMs: round2(times[times.length >> 1]),
    p95Ms: round2(times[Math.floor(times.length * 0.95)]),
    maxMs: round2(times[times.length - 1]),
  };
}

/**
 * A 5-node run of `untilMs` with a client request every 50 ms, as the app runs it (default
 * checkpoints and budget). Past 500 s that is more requests than a scenario may hold, so the
 * actions are added to a validated scenario without them (the bench's own, not a user's).
 */
function steadyRun(name: ProtocolName, untilMs: number): Simulation {
  const parsed = parseScenario({ version: 1, protocol: name, seed: 42, nodes: 5, until: untilMs, actions: [] });
  if (!parsed.ok) throw new Error(parsed.error);
  return createSimulation({ ...parsed.scenario, actions: steadyRequests(name, 5, untilMs, 50, 42) });
}

/**
 * Growth (issue 13): the wall time per simulated second of a 600 s run, against that of its
 * first 60 s, and their ratio: 1 when the cost per simulated second stays flat as the run grows.
 * Both come from the same run (the clock read at 60 s and at 600 s), GROWTH_ROUNDS runs after a
 * warm-up; each figure is the median over the runs, and the ratio the median of each run's own
 * ratio, so that this machine's bursts of noise (identical runs vary up to 2x here) move neither
 * much. heapMB is what the 600 s run holds with its checkpoints (JS heap and array buffers,
 * after a full collection). Paxos settles once a value is chosen: its runs are mostly quiet ticks.
 */
function growth(name: ProtocolName, gc: () => void): Record<string, unknown> {
  steadyRun(name, 600_000).runToEnd(); // warm-up
  const ms60: number[] = [];
  const ms600: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < GROWTH_ROUNDS; round++) {
    const sim = steadyRun(name, 600_000);
    gc();
    const start = nowMs();
    sim.runUntil(60_000);
    const first = (nowMs() - start) / 60;
    sim.runToEnd();
    const whole = (nowMs() - start) / 600;
    ms60.push(first);
    ms600.push(whole);
    ratios.push(whole / first);
  }
  const median = (values: number[]) => values.slice().sort((a, b) => a - b)[values.length >> 1];
  const before = heldBytes(gc);
  const sim = steadyRun(name, 600_000);
  sim.runToEnd();
  const heapMB = (heldBytes(gc) - before) / 1e6;
  const round3 = (x: number) => Math.round(x * 1000) / 1000;
  return {
    name: `growth:${name}`,
    nodes: 5,
    requestEveryMs: 50,
    events600: sim.eventCount,
    msPerSimSecond60: round3(median(ms60)),
    msPerSimSecond600: round3(median(ms600)),
    ratio: Math.round(median(ratios) * 100) / 100,
    heapMB: Math.round(heapMB * 10) / 10,
    runs: GROWTH_ROUNDS,
  };
}

/** Runs per growth line (after its warm-up). */
const GROWTH_ROUNDS = 7;

/** The garbage collector, reached without a command-line flag (`npm run bench` passes none). */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** A young-generation collection only (a scavenge: well under a millisecond here), by `gc` (collector). */
function youngCollection(gc: () => void): () => void {
  const collect = gc as unknown as (options: { type: 'minor' }) => void;
  return () => collect({ type: 'minor' });
}

/**
 * Bytes held in JS objects (this thread's heap) and array buffers (the logs' typed columns; the
 * process's, and the other threads are idle meanwhile).
 */
function heldBytes(gc: () => void): number {
  gc();
  gc();
  return usedBytes();
}

/** The same without a collection first: garbage not collected yet counts too. */
function usedBytes(): number {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

/**
 * The heaviest scenario a link may hold for each protocol (issue 16): 9 nodes, ten minutes,
 * 10 000 requests spread over the run, every message duplicated. Run as the app runs it (default
 * checkpoints and budget), from its share link as the app's workers do: decodeMs is the time to
 * decode and validate the link, firstFrameMs that and the first chunk of the run (what the page
 * waits for to draw), fullRunMs to compute it all; heapMB is what the thread holds after the run with
 * the simulation and its checkpoints alive (JS heap and array buffers, after a full collection),
 * peakHeapMB the most it held between two chunks (garbage included), seekP95Ms the 95th
 * percentile of 200 seeks to random times.
 */
function worstCase(name: ProtocolName, gc: () => void): Record<string, unknown> {
  const until = 600_000;
  const requests = 10_000;
  const atCoordinator = name === '2pc' || name === '3pc';
  const random = RandomStream.derive(7, 'bench-worst');
  const actions: Action[] = [];
  for (let i = 1; i <= requests; i++) {
    const at = Math.floor((i * until) / (requests + 1));
    actions.push({ at, do: 'request', node: atCoordinator ? 1 : random.intBetween(1, 9), value: `${atCoordinator ? 't' : 'v'}${i}` });
  }
  const parsed = parseScenario({ version: 1, protocol: name, seed: 42, nodes: 9, until, network: { duplicateRatio: 1 }, actions });
  if (!parsed.ok) throw new Error(parsed.error);
  const fragment = encodeShareFragment(parsed.scenario);
  const before = heldBytes(gc);
  // From the link, as the app's workers take it: decode and validate it, then compute the run
  // chunk by chunk (the page draws the first frame once the first chunk exists).
  const start = nowMs();
  const decoded = decodeShareFragment(fragment);
  if (!decoded.ok || decoded.scenario === null) throw new Error('the worst-case link does not decode');
  const decodeMs = nowMs() - start;
  const computation = new RunComputation(decoded.scenario);
  let deadline = nowMs() + FIRST_CHUNK_MS;
  computation.chunk(() => nowMs() >= deadline);
  const firstFrameMs = nowMs() - start;
  let peak = 0;
  while (!computation.done) {
    deadline = nowMs() + CHUNK_MS;
    computation.chunk(() => nowMs() >= deadline);
    peak = Math.max(peak, usedBytes());
  }
  const fullRunMs = nowMs() - start;
  const sim = computation.simulation;
  const heapMB = (heldBytes(gc) - before) / 1e6;
  const { eventCount: events, budgetStop } = sim;
  const messages = sim.messageLog.count;
  const { count, bytes } = sim.checkpointStats();
  const seeks = RandomStream.derive(3, 'bench-worst-seek');
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t = seeks.intBetween(0, until);
    const seekStart = nowMs();
    sim.seek(t);
    times.push(nowMs() - seekStart);
  }
  times.sort((a, b) => a - b);
  const round1 = (x: number) => Math.round(x * 10) / 10;
  return {
    name: `worst:${name}`,
    nodes: 9,
    untilMs: until,
    requests,
    duplicateRatio: 1,
    events,
    messages,
    linkChars: fragment.length,
    decodeMs: round1(decodeMs),
    firstFrameMs: round1(firstFrameMs),
    fullRunMs: Math.round(fullRunMs),
    heapMB: round1(heapMB),
    peakHeapMB: round1((peak - before) / 1e6),
    checkpoints: count,
    checkpointMB: round1(bytes / 1e6),
    seekMedianMs: round1(times[times.length >> 1]),
    seekP95Ms: round1(times[Math.floor(times.length * 0.95)]),
    budget: budgetStop === null ? null : budgetStop.reason,
  };
}

/** One line of output. */
type Line = Record<string, unknown>;

/**
 * The throughput lines: events per second of each workload, and its ratio to the floor measured
 * on the same thread just before it.
 */
const THROUGHPUT: Record<string, (floor: Floor) => Line> = {
  'engine:timers': (floor) => ({
    name: 'engine:timers',
    nodes: 5,
    ...measure(() => engineRun(ticks as Protocol, {}, 60_000), floor),
    note: "the floor's workload through the engine",
  }),
  'engine:echo': (floor) => ({ name: 'engine:echo', nodes: 5, ...measure(() => engineRun(echo as Protocol, { pingMs: 10 }, 60_000), floor) }),
  ...Object.fromEntries(
    (Object.keys(protocols) as ProtocolName[]).map((name) => {
      const workload = WORKLOADS[name];
      const line = (floor: Floor) => ({
        name,
        nodes: 5,
        requestEveryMs: 50,
        invariants: true,
        ...measure((run) => protocolRun(name, workload.untilMs, workload.seedPerRun ? run + 1 : 42), floor),
      });
      return [name, line];
    }),
  ),
  // Raft's budget is stated with invariants on; this line shows how much of it the checking
  // (invariants, and the checkpoints that keep their memories for seeking) takes.
  'raft:unchecked': (floor) => ({
    name: 'raft:unchecked',
    nodes: 5,
    requestEveryMs: 50,
    invariants: false,
    checkpoints: false,
    ...measure(() => protocolRun('raft', WORKLOADS.raft.untilMs, 42, { invariants: false, checkpointEvery: 0 }), floor),
  }),
};

/** Every job a bench thread can run, by name: its output lines. */
function job(name: string): Line[] {
  const gc = collector();
  const throughput = THROUGHPUT[name];
  if (throughput !== undefined) {
    const floorSlices = new Floor(youngCollection(gc));
    const line = throughput(floorSlices);
    const eventsPerSec = line.eventsPerSec as number;
    const floor = floorSlices.eventsPerSec;
    return [{ ...line, eventsPerSec: Math.round(eventsPerSec), ratioToFloor: Math.round((floor / eventsPerSec) * 100) / 100, floorEventsPerSec: Math.round(floor) }];
  }
  if (name === 'seek') return [seekBench()];
  const [kind, protocol] = name.split(':') as [string, ProtocolName];
  if (kind === 'growth') return [growth(protocol, gc)];
  if (kind === 'worst') return [worstCase(protocol, gc)];
  throw new Error(`no bench job ${name}`);
}

/**
 * Each job runs on a fresh thread (a V8 isolate of its own), one after another: a line then
 * measures its workload alone. In one isolate, the engine's call sites (onMessage, the state
 * shapes, the invariants) are compiled for the workloads that ran before, and a protocol
 * measured after others ran slower than alone (Raft: 1.3–1.8 against 1.9–2.2 M events/s here,
 * within this machine's noise of each other at the edges). The app's run worker computes one
 * scenario at a time.
 */
async function main(): Promise<void> {
  const print = (line: Line) => console.log(JSON.stringify(line));
  const names = Object.keys(protocols) as ProtocolName[];
  const args = process.argv.slice(2);
  const only = args.includes('worst') ? 'worst' : args.includes('growth') ? 'growth' : null;
  const lines = args.filter((arg) => arg in THROUGHPUT);
  const jobs =
    only !== null
      ? names.map((name) => `${only}:${name}`)
      : lines.length > 0
        ? lines
        : [...Object.keys(THROUGHPUT), 'seek', ...names.map((name) => `growth:${name}`), ...names.map((name) => `worst:${name}`)];
  if (only === null) {
    const floor = floorEventsPerSec();
    print({ name: 'floor', eventsPerSec: Math.round(floor.eventsPerSec), note: 'bare (time, seq) heap loop, one new event per handler' });
  }
  for (const name of jobs) {
    const lines = await firstMessage<Line[]>(startThread(new URL(import.meta.url), { benchJob: name }), `the bench's ${name} thread`);
    for (const line of lines) print(line);
  }
  if (only === null && lines.length === 0) await exploreBench();
}

const benchJob = isMainThread ? undefined : (workerData as { benchJob?: string } | null)?.benchJob;
if (benchJob !== undefined) parentPort!.postMessage(job(benchJob));
else await main();

// Explore: random fault schedules per second (`sim explore`, 3PC, 4 nodes, 3 s runs), searched on
// this thread and over 2 worker threads (thread start and tsx loading included; no shrinking).
async function exploreBench(): Promise<void> {
  const { ExploreTally, exploreRun } = await import('../explore/explore');
  const { exploreThreaded } = await import('./explore-threads');
  const plan = { protocol: '3pc' as const, seed: 1, schedule: { nodes: 4, until: 3000 } };
  const runs = 20_000;
  let started = performance.now();
  const tally = new ExploreTally(plan);
  for (let i = 0; i < runs; i++) tally.add(exploreRun(plan, i));
  const oneMs = performance.now() - started;
  console.log(JSON.stringify({ name: 'explore', protocol: '3pc', workers: 1, runs, runsPerSec: Math.round((runs * 1000) / oneMs) }));
  // Starting two threads (each loads tsx and the engine) is measured apart, with 2 runs.
  started = performance.now();
  await exploreThreaded({ ...plan, runs: 2, workers: 2, shrink: false });
  const startMs = performance.now() - started;
  started = performance.now();
  await exploreThreaded({ ...plan, runs, workers: 2, shrink: false });
  const twoMs = performance.now() - started;
  console.log(
    JSON.stringify({ name: 'explore', protocol: '3pc', workers: 2, runs, runsPerSec: Math.round((runs * 1000) / twoMs), threadStartMs: Math.round(startMs), note: 'thread start included' }),
  );
}
