// UI benchmark (npm run bench:ui, after a build): prints one JSON object per line.
//  - ui-initial-js: gzip size of the JavaScript index.html loads (goal <= 150 kB);
//  - ui-frames: frame times in headless Chromium while animating 9 nodes with >= 200 messages
//    in flight (goal p95 <= 16.7 ms): the interval between frames, and the script work of each
//    frame (the playback callback and the React commit it triggers);
//  - ui-idle-frames: animation frames requested during 2 s of pause (goal 0), and while hidden;
//  - ui-heavy-run: per protocol, the worst loadable scenario (9 nodes, 600 000 ms, 10 000
//    requests spread over the run, every message duplicated), computed by the worker while the
//    page shows it: time to the first frame and to the full run (from the navigation's start),
//    the longest main-thread task meanwhile: after the first frame, and from the moment the page
//    posts the run to the worker to the run's end (goal < 50 ms); the page's JS heap at the end
//    (BENCH_HEAVY=0 skips these, BENCH_HEAVY=only runs only these).
// Not a test: it reports, it does not fail.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startPreview } from './preview-server';
import { launchChromium } from './browser';
import { encodeShareFragment } from '../../src/scenario/link';
import { parseScenario } from '../../src/scenario/validate';
import { messagesInFlight } from '../../src/store/run';
import { computeRun } from '../../src/store/compute-run';
import { WATCH_LONG_TASKS, WATCH_RUN_START } from './long-tasks';
import { benchDiagram } from './bench-diagram';
import { heaviestScenario } from '../fixtures/heavy-scenarios';

const ROOT = resolve(import.meta.dirname, '../..');
/** Link latency of the busy scenario: about 250 messages in flight at once. */
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 100);

function print(line: Record<string, unknown>): void {
  process.stdout.write(JSON.stringify(line) + '\n');
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

const round = (x: number) => Math.round(x * 100) / 100;

function initialJsSize(): void {
  const html = readFileSync(resolve(ROOT, 'dist/index.html'), 'utf8');
  const files = new Set<string>();
  for (const match of html.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="([^"]+\.js)"/g)) files.add(match[1].replace(/^\.?\//, ''));
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(resolve(ROOT, 'dist', file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  print({ name: 'ui-initial-js', files: [...files], rawBytes: raw, gzipBytes: gzip, gzipKB: round(gzip / 1024), goalKB: 150 });
}

/** A busy scenario: 9 Raft nodes, fast heartbeats, slow links — hundreds of messages on the wire. */
function busyScenario() {
  const parsed = parseScenario({
    version: 1,
    protocol: 'raft',
    seed: 1,
    nodes: 9,
    until: 8000,
    network: { latencyMsMin: LATENCY_MS, latencyMsMax: LATENCY_MS + 100, dropRatio: 0, duplicateRatio: 0 },
    params: { electionTimeoutMsMin: 1500, electionTimeoutMsMax: 2500, heartbeatMs: 10 },
  });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.scenario;
}

const INSTRUMENT = `
  (() => {
    const raf = window.requestAnimationFrame.bind(window);
    const bench = { requests: 0, frames: [], work: [] };
    window.__bench = bench;
    window.requestAnimationFrame = (callback) => {
      bench.requests++;
      return raf((timestamp) => {
        const start = performance.now();
        callback(timestamp);
        bench.frames.push(timestamp);
        // React commits a store update in a microtask: measure after the queued ones ran.
        queueMicrotask(() => queueMicrotask(() => queueMicrotask(() => bench.work.push(performance.now() - start))));
      });
    };
  })();
`;

/** The worst loadable scenario of a protocol: every limit at its maximum, duplication on. */
/** Resolves with performance.now() at the first animation frame where the selector's presence is `present`. */
const frameWhen = (selector: string, present: boolean) => `new Promise((done) => {
  const look = () => ((document.querySelector(${JSON.stringify(selector)}) !== null) === ${present} ? done(performance.now()) : requestAnimationFrame(look));
  look();
})`;

async function heavyRuns(baseUrl: string, browser: Awaited<ReturnType<typeof launchChromium>>): Promise<void> {
  for (const protocol of ['raft', 'paxos', '2pc', '3pc'] as const) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    page.setDefaultTimeout(300_000);
    await page.addInitScript(WATCH_LONG_TASKS);
    await page.addInitScript(WATCH_RUN_START);
    await page.goto(baseUrl + '#' + encodeShareFragment(heaviestScenario(protocol)), { waitUntil: 'commit' });
    const firstFrameMs = (await page.evaluate(frameWhen('[data-node="1"]', true))) as number;
    const fullRunMs = (await page.evaluate(frameWhen('progress[aria-label="Computing the run"]', false))) as number;
    const watch = (await page.evaluate('window.__watch')) as { longestTaskMs: number; tasks: number; entries: [number, number][] };
    // Tasks that began after the first frame: the run arriving, apart from the page's start-up.
    const afterFirstFrame = watch.entries.filter(([start]) => start >= firstFrameMs).map(([, duration]) => duration);
    // Tasks that ended after the run was posted to the worker: the page while the run computes.
    const runStartMs = (await page.evaluate('window.__runStartMs')) as number | null;
    const whileComputing = runStartMs === null ? [] : watch.entries.filter(([start, duration]) => start + duration > runStartMs).map(([, duration]) => duration);
    const heap = (await page.evaluate('performance.memory ? performance.memory.usedJSHeapSize : null')) as number | null;
    const notice = page.getByRole('status').filter({ hasText: /^Stopped at/ });
    const budget = (await notice.count()) > 0 ? await notice.first().textContent() : null;
    print({
      name: 'ui-heavy-run',
      protocol,
      nodes: 9,
      untilMs: 600_000,
      requests: 10_000,
      duplicateRatio: 1,
      firstFrameMs: round(firstFrameMs),
      fullRunMs: round(fullRunMs),
      longestTaskMs: round(watch.longestTaskMs),
      longestTaskAfterFirstFrameMs: round(Math.max(0, ...afterFirstFrame)),
      runStartMs: runStartMs === null ? null : round(runStartMs),
      longestTaskWhileComputingMs: round(Math.max(0, ...whileComputing)),
      longTasks: watch.tasks,
      pageHeapMB: heap === null ? null : round(heap / 2 ** 20),
      budgetStop: budget,
      goals: { firstFrameMs: 100, longestTaskMs: 50 },
    });
    await context.close();
  }
}

interface Bench {
  requests: number;
  frames: number[];
  work: number[];
}

async function main(): Promise<void> {
  initialJsSize();
  if (process.env.BENCH_HEAVY === 'only') {
    const server = await startPreview();
    const browser = await launchChromium();
    try {
      await heavyRuns(server.baseUrl, browser);
    } finally {
      await browser.close();
      await server.stop();
    }
    return;
  }
  const scenario = busyScenario();
  const { record } = computeRun(scenario);
  // Start where the wire is busiest.
  let start = 3000;
  let most = 0;
  for (let t = 2000; t <= 6000; t += 100) {
    const n = messagesInFlight(record, t).length;
    if (n > most) {
      most = n;
      start = t;
    }
  }
  const server = await startPreview();
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.addInitScript(INSTRUMENT);
    await page.goto(server.baseUrl + '#' + encodeShareFragment(scenario, start));
    await page.locator('[data-node="9"]').waitFor();
    // 1/10 of real time: messages visibly move, and the wire stays busy for the whole sample.
    await page.getByRole('slider', { name: 'Speed' }).fill('-1');
    await page.evaluate(() => {
      const bench = (window as unknown as { __bench: Bench }).__bench;
      bench.frames.length = 0;
      bench.work.length = 0;
    });
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    let drawnMin = Infinity;
    for (let i = 0; i < 6; i++) {
      await page.waitForTimeout(500);
      drawnMin = Math.min(drawnMin, await page.locator('[data-message-id]').count());
    }
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    const sample = await page.evaluate(() => {
      const bench = (window as unknown as { __bench: Bench }).__bench;
      return { frames: bench.frames.slice(), work: bench.work.slice() };
    });
    const intervals = sample.frames.slice(1).map((t, i) => t - sample.frames[i]).sort((a, b) => a - b);
    const work = sample.work.slice().sort((a, b) => a - b);
    print({
      name: 'ui-frames',
      nodes: 9,
      messagesInFlightMin: drawnMin,
      frames: sample.frames.length,
      frameIntervalMs: { p50: round(quantile(intervals, 0.5)), p95: round(quantile(intervals, 0.95)), max: round(intervals[intervals.length - 1] ?? NaN) },
      overBudgetShare: round(intervals.filter((ms) => ms > 17).length / Math.max(1, intervals.length)),
      frameWorkMs: { p50: round(quantile(work, 0.5)), p95: round(quantile(work, 0.95)), max: round(work[work.length - 1] ?? NaN) },
      goalP95Ms: 16.7,
    });

    // The same page, paused, with a bare requestAnimationFrame loop: what this browser and
    // machine give at best (headless, software rendering), to read the figures above against.
    const baseline = await page.evaluate(
      `new Promise((done) => {
        const stamps = [];
        const loop = (t) => { stamps.push(t); if (stamps.length < 120) window.requestAnimationFrame(loop); else done(stamps); };
        window.requestAnimationFrame(loop);
      })`,
    );
    const stamps = baseline as number[];
    const bare = stamps.slice(1).map((t, i) => t - stamps[i]).sort((a, b) => a - b);
    print({ name: 'ui-frames-baseline', frames: stamps.length, frameIntervalMs: { p50: round(quantile(bare, 0.5)), p95: round(quantile(bare, 0.95)), max: round(bare[bare.length - 1] ?? NaN) } });

    // Paused: no animation frame may be requested.
    await page.waitForTimeout(200);
    const before = await page.evaluate(() => (window as unknown as { __bench: Bench }).__bench.requests);
    await page.waitForTimeout(2000);
    const paused = (await page.evaluate(() => (window as unknown as { __bench: Bench }).__bench.requests)) - before;

    // Playing but hidden: none either.
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    // (A string, not a function: tsx's name helpers do not exist in the page.)
    await page.evaluate(`Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));`);
    await page.waitForTimeout(200);
    const hiddenBefore = await page.evaluate(() => (window as unknown as { __bench: Bench }).__bench.requests);
    await page.waitForTimeout(1000);
    const hidden = (await page.evaluate(() => (window as unknown as { __bench: Bench }).__bench.requests)) - hiddenBefore;
    print({ name: 'ui-idle-frames', pausedMs: 2000, rafWhilePaused: paused, hiddenMs: 1000, rafWhileHidden: hidden, goal: 0 });
    await context.close();
    if (process.env.BENCH_HEAVY !== '0') await heavyRuns(server.baseUrl, browser);
    await benchDiagram(browser, server.baseUrl, print);
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`bench-ui: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
