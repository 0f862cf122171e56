// bench:ui lines for the space-time diagram (called from bench-ui.ts): on a run of about 100 000
// events, the time to the diagram's first draw after navigation, and the frame-time distribution
// while dragging the diagram along time at 60 moves a second (goal p95 <= 16.7 ms).

import type { Browser } from 'playwright-core';
import { encodeShareFragment } from '../../src/scenario/link';
import { parseScenario } from '../../src/scenario/validate';
import { computeRun } from '../../src/store/compute-run';

type Print = (line: Record<string, unknown>) => void;

/** 9 Raft nodes with a 10 ms heartbeat for a minute: about 100 000 trace events. */
function longScenario() {
  const parsed = parseScenario({ version: 1, protocol: 'raft', seed: 1, nodes: 9, until: 60_000, params: { heartbeatMs: 10 } });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.scenario;
}

/** Timestamps of the driver's frames and the duration of every other animation-frame callback (the diagram's draws). */
const INSTRUMENT = `
  (() => {
    const raf = window.requestAnimationFrame.bind(window);
    const bench = { raf, draws: [] };
    window.__diagramBench = bench;
    window.requestAnimationFrame = (callback) => raf((timestamp) => {
      const start = performance.now();
      callback(timestamp);
      bench.draws.push(performance.now() - start);
    });
  })();
`;

/**
 * Drag the plot right (towards earlier times: the page opens at the end of the run) by `stepPx` a
 * frame for `frames` frames, re-gripping near the edge; resolves with the frame timestamps.
 */
const DRAG = `(async ({ frames, stepPx }) => {
  const bench = window.__diagramBench;
  const svg = document.querySelector('svg.diagram-svg');
  const box = svg.getBoundingClientRect();
  const y = box.top + box.height / 2;
  let x = box.left + box.width * 0.1;
  const fire = (target, type) => target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view: window, clientX: x, clientY: y, button: 0, buttons: type === 'mouseup' ? 0 : 1 }));
  fire(svg, 'mousedown');
  bench.draws.length = 0;
  const stamps = [];
  await new Promise((done) => {
    const step = (t) => {
      stamps.push(t);
      if (stamps.length > frames) return done();
      x += stepPx;
      if (x > box.left + box.width * 0.9) x = box.left + box.width * 0.1, fire(window, 'mouseup'), fire(svg, 'mousedown');
      fire(window, 'mousemove');
      bench.raf(step);
    };
    bench.raf(step);
  });
  fire(window, 'mouseup');
  return { stamps, draws: bench.draws.slice() };
})`;

const round = (x: number) => Math.round(x * 100) / 100;
const quantile = (sorted: number[], q: number) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]);
const spread = (values: number[]) => {
  const sorted = values.slice().sort((a, b) => a - b);
  return { p50: round(quantile(sorted, 0.5)), p95: round(quantile(sorted, 0.95)), max: round(sorted[sorted.length - 1] ?? NaN) };
};

export async function benchDiagram(browser: Browser, baseUrl: string, print: Print): Promise<void> {
  const scenario = longScenario();
  const started = performance.now();
  const { record } = computeRun(scenario);
  const computeMs = performance.now() - started;
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(INSTRUMENT);
    await page.goto(`${baseUrl}#${encodeShareFragment(scenario, scenario.until)}`);
    // The stage opens on the cluster; the diagram is one click away.
    await page.getByRole('radio', { name: 'Diagram', exact: true }).click({ timeout: 120_000 });
    const svg = page.locator('svg.diagram-svg[data-arrows]');
    await svg.waitFor({ timeout: 120_000 });
    const firstDrawMs = await page.evaluate(() => performance.getEntriesByName('diagram-first-draw')[0]?.startTime ?? NaN);
    print({
      name: 'ui-diagram-first-draw',
      events: record.trace.count,
      messages: record.messages.count,
      firstDrawMsSinceNavigation: round(firstDrawMs),
      runComputeMsInNode: round(computeMs),
      arrowsDrawn: Number(await svg.getAttribute('data-arrows')),
    });
    // Zoomed to a tenth of the run (about 6 s of it, some 10 000 messages in view), then dragged.
    const plot = page.getByRole('img', { name: 'Space-time diagram' });
    await plot.focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('+');
    await page.waitForTimeout(300);
    for (const [label, frames, stepPx] of [['a tenth of the run', 180, 6], ['two thirds of the run', 180, 6]] as const) {
      if (label === 'two thirds of the run') {
        await page.getByRole('button', { name: 'Fit the run' }).click();
        // The whole run cannot pan: zoom in one step, the densest window that can.
        await plot.focus();
        await page.keyboard.press('+');
        await page.waitForTimeout(300);
      }
      const t0 = Number(await svg.getAttribute('data-t0'));
      const t1 = Number(await svg.getAttribute('data-t1'));
      const sample = (await page.evaluate(`${DRAG}(${JSON.stringify({ frames, stepPx })})`)) as { stamps: number[]; draws: number[] };
      const movedMs = t0 - Number(await svg.getAttribute('data-t0'));
      const intervals = sample.stamps.slice(1).map((t, i) => t - sample.stamps[i]);
      print({
        name: 'ui-diagram-pan',
        window: label,
        windowMs: Math.round(t1 - t0),
        pannedMs: Math.round(movedMs),
        candidates: Number(await svg.getAttribute('data-candidates')),
        arrowsDrawn: Number(await svg.getAttribute('data-arrows')),
        frames: intervals.length,
        frameIntervalMs: spread(intervals),
        overBudgetShare: round(intervals.filter((ms) => ms > 17).length / Math.max(1, intervals.length)),
        drawMs: spread(sample.draws),
        goalP95Ms: 16.7,
      });
    }
  } finally {
    await context.close();
  }
}
