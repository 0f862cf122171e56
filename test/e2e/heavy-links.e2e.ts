// Heavy and hostile links: the page stays responsive while the worker computes the run. The
// longest main-thread task is measured with a 'longtask' PerformanceObserver installed before the
// app's script runs; Play must respond; a budget stop shows its notice; a normal scenario's first
// frame comes fast.

import { beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { encodeShareFragment } from '../../src/scenario/link';
import { createSimulation } from '../../src/scenario/simulate';
import { defaultScenario } from '../../src/scenario/validate';
import { budgetStopOf } from '../../src/worker/budget-stop';
import type { Scenario } from '../../src/scenario/format';
import { WATCH_LONG_TASKS } from './long-tasks';
import { MILLISECOND_TIMERS, SLOW_DUPLICATING } from '../fixtures/heavy-scenarios';
import { suiteBrowser } from './suite-browser';

const browser = suiteBrowser();
const base = () => inject('baseUrl');

beforeAll(async () => {
  const { page, openedMs } = await openWatched(defaultScenario('raft'));
  normalBootMs = (await longestTasks(page, openedMs)).boot;
  normalOpenMs = openedMs;
  await page.context().close();
});

interface Watch {
  longestTaskMs: number;
  tasks: number;
  /** [startTime, duration] of each long task. */
  entries: [number, number][];
}

async function openWatched(link: object | Scenario): Promise<{ page: Page; errors: string[]; openedMs: number }> {
  const context = await browser().newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  page.setDefaultTimeout(8000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.addInitScript(WATCH_LONG_TASKS);
  await page.goto(base() + '#' + encodeShareFragment(link as Scenario), { waitUntil: 'commit' });
  // When the first node was drawn, from the start of the navigation (the page's own clock).
  const openedMs = await page.evaluate(
    () =>
      new Promise<number>((done) => {
        const look = () => (document.querySelector('[data-node="1"]') ? done(performance.now()) : requestAnimationFrame(look));
        look();
      }),
  );
  return { page, errors, openedMs };
}

const watchOf = (page: Page) => page.evaluate(() => (window as unknown as { __watch: Watch }).__watch);

/** The longest task before the first frame (the page's start-up) and after it (the run arriving, playing). */
async function longestTasks(page: Page, firstFrameMs: number): Promise<{ boot: number; after: number }> {
  const { entries } = await watchOf(page);
  const longest = (list: [number, number][]) => Math.max(0, ...list.map(([, duration]) => duration));
  return { boot: longest(entries.filter(([start]) => start < firstFrameMs)), after: longest(entries.filter(([start]) => start >= firstFrameMs)) };
}

/**
 * The start-up's longest task with a normal link, in the same browser: on a machine loaded by
 * other work the page's own start-up (parsing the app) can pass 200 ms by itself; a heavy link
 * must add nothing to it.
 */
let normalBootMs = 0;
/** When a normal link's first node is drawn, in the same browser (for the same reason). */
let normalOpenMs = 0;
/** Within a second, or no later than a normal link opens on a machine too busy for that. */
const opensInTime = (openedMs: number) => expect(openedMs).toBeLessThan(Math.max(1000, 2 * normalOpenMs));
const clock = async (page: Page) => Number(await page.getByLabel('Simulated time').getAttribute('data-time'));

/** Whether the engine stops a run that exceeds its budget (the budget may not be merged yet). */
function engineHasBudget(): boolean {
  const simulation = createSimulation(defaultScenario('raft'), { budget: { eventsMax: 10, inFlightMax: 1_000_000, checkpointBytesMax: 1e9 } } as never);
  try {
    simulation.runUntil(2000);
  } catch {
    return false;
  }
  return budgetStopOf(simulation) !== null;
}

describe('heavy links', () => {
  for (const [name, link] of [
    ['a minute of latency with every message duplicated', SLOW_DUPLICATING],
    ['1 ms heartbeats and election timeouts on nine nodes', MILLISECOND_TIMERS],
  ] as const) {
    test(`${name}: the page opens within a second and Play responds, with no long task`, async () => {
      const { page, errors, openedMs } = await openWatched(link);
      opensInTime(openedMs);
      const tasks = async () => {
        const { longestTaskMs, tasks: count } = await watchOf(page);
        return { longestTaskMs, count, normalBootMs };
      };
      process.stdout.write(`${name}: first node drawn at ${Math.round(openedMs)} ms; ${JSON.stringify(await tasks())}\n`);
      // The slowest speed: a millisecond of the run per second, so that the view stays light.
      await page.getByRole('slider', { name: 'Speed' }).fill('-3');
      await page.getByRole('button', { name: 'Play', exact: true }).click();
      await page.getByRole('button', { name: 'Pause', exact: true }).waitFor({ timeout: 1000 });
      // The playhead moves over what the worker has computed while the rest arrives.
      await page.waitForFunction(() => Number(document.querySelector('[aria-label="Simulated time"]')?.getAttribute('data-time')) > 0, null, { timeout: 5000 });
      // Space pauses (a click would wait for the button to hold still between two frames).
      await page.keyboard.press(' ');
      await page.getByRole('button', { name: 'Play', exact: true }).waitFor({ timeout: 1000 });
      expect(await clock(page)).toBeGreaterThan(0);
      process.stdout.write(`${name}: paused at ${await clock(page)} ms; ${JSON.stringify(await tasks())}\n`);
      const { boot, after } = await longestTasks(page, openedMs);
      expect(after).toBeLessThan(200);
      expect(boot).toBeLessThan(Math.max(200, 2 * normalBootMs));
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  // Needs the engine's run budget (SimulationOptions.budget, simulation.budgetStop).
  test.skipIf(!engineHasBudget())('both stop at the budget and say so, with no long task', async () => {
    for (const link of [SLOW_DUPLICATING, MILLISECOND_TIMERS]) {
      const { page, errors, openedMs } = await openWatched(link);
      const notice = page.getByRole('status').filter({ hasText: /^Stopped at [\d\u2009 ]+ ms: more than [\d\u2009 ]+ .*; shorten the run or slow the timers$/ });
      await notice.waitFor({ timeout: 5000 });
      expect(await page.getByRole('progressbar', { name: 'Computing the run' }).count()).toBe(0);
      const { boot, after } = await longestTasks(page, openedMs);
      expect(after).toBeLessThan(200);
      expect(boot).toBeLessThan(Math.max(200, 2 * normalBootMs));
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  test('a normal scenario: the first frame comes fast and the run is computed in the worker', async () => {
    const { page, errors, openedMs } = await openWatched(defaultScenario('raft'));
    opensInTime(openedMs);
    // The progress bar goes once the whole run has arrived.
    await page.waitForFunction(() => document.querySelector('progress[aria-label="Computing the run"]') === null);
    expect(await page.evaluate(() => performance.getEntriesByType('resource').some((entry) => /run-worker/.test(entry.name)))).toBe(true);
    const { boot, after } = await longestTasks(page, openedMs);
    expect(after).toBeLessThan(200);
    expect(boot).toBeLessThan(Math.max(200, 2 * normalBootMs));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
