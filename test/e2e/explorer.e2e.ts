// The explorer in Chromium: on 3PC, "Find a failure" searches in the explore worker (a
// progressbar while it does, the page responsive: no main-thread task of 100 ms or more), finds
// an Atomicity violation within 10 s, shrinks it; the counterexample loads with the violation
// on the timeline; its copied link reopens the same scenario; each violating run has "Load".

import { describe, expect, inject, test } from 'vitest';
import { keepScreenshot, openPage } from './browser';
import { blankLink, scenarioInUrl } from './driver';
import { WATCH_LONG_TASKS } from './long-tasks';
import { seriousViolations } from './axe';
import { decodeShareFragment } from '../../src/scenario/link';
import { findViolation } from '../../src/explore/shrink';
import { suiteBrowser } from './suite-browser';

const browser = suiteBrowser();
const base = () => inject('baseUrl');

describe('the explorer', () => {
  test('finds a 3PC failure from the browser(), loads the shrunk counterexample, and its link reopens it', async () => {
    const { page, errors } = await openPage(browser(), blankLink(base(), '3pc'), { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.addInitScript(WATCH_LONG_TASKS);
    await page.reload();
    await page.getByRole('slider', { name: 'Timeline' }).waitFor();

    await page.getByRole('button', { name: 'Explorer', exact: true }).click();
    const explorer = page.getByRole('region', { name: 'Explorer' });
    await explorer.waitFor();
    const started = Date.now();
    const searchFrom = (await page.evaluate('performance.now()')) as number;
    await explorer.getByRole('button', { name: 'Find a failure' }).click();
    await explorer.getByRole('progressbar').waitFor();
    // The search ends (2000 runs) with a shrunk counterexample.
    const open = explorer.getByRole('button', { name: 'Open the counterexample' });
    await open.waitFor({ timeout: 10_000 });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await explorer.getByRole('progressbar').count()).toBe(0);
    await explorer.getByText(/^Atomicity: \d+ runs?$/).waitFor();
    const loads = explorer.getByRole('button', { name: 'Load', exact: true });
    expect(await loads.count()).toBeGreaterThan(0);
    const narration = await explorer.locator('.explorer-narration').textContent();
    expect(narration).toMatch(/^With these [23] actions, S\d aborts t\d+ while S\d commits it\.$/);
    // The page stayed responsive while the worker searched (tasks from the click to the results).
    const watch = (await page.evaluate('window.__watch')) as { entries: [number, number][] };
    const during = watch.entries.filter(([start]) => start >= searchFrom);
    console.log('explorer: long tasks during the search', JSON.stringify(during.map(([start, ms]) => [Math.round(start - searchFrom), Math.round(ms)])));
    expect(Math.max(0, ...during.map(([, duration]) => duration))).toBeLessThan(100);

    await keepScreenshot(page, 'explorer-found.png');
    expect(await seriousViolations(page), 'explorer with results').toEqual([]);

    await open.click();
    await page.getByRole('button', { name: /^Violation of Atomicity at \d+ ms$/ }).first().waitFor();
    const loaded = await scenarioInUrl(page, (s) => s.actions.length > 0 && s.actions.length <= 3);
    expect(loaded.protocol).toBe('3pc');
    expect(findViolation(loaded, 'Atomicity')).not.toBeNull();

    await page.getByRole('button', { name: 'Copy link' }).click();
    // Copying is asynchronous (the link module loads on first use); read after it says so.
    await page.getByText('Link copied').waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const decoded = decodeShareFragment(new URL(link).hash);
    expect(decoded.ok && decoded.scenario).toEqual(loaded);
    const reopened = await openPage(browser(), link);
    await reopened.page.getByRole('button', { name: /^Violation of Atomicity at \d+ ms$/ }).first().waitFor();
    expect(await scenarioInUrl(reopened.page)).toEqual(loaded);

    // A violating run loads as it was generated.
    await loads.first().click();
    await page.getByRole('button', { name: /^Violation of Atomicity at \d+ ms$/ }).first().waitFor();
    expect(errors).toEqual([]);
    expect(reopened.errors).toEqual([]);
  }, 60_000);

  test('the help dialog lies over the open Explorer (its backdrop dims it too)', async () => {
    const { page, errors } = await openPage(browser(), base());
    await page.getByRole('button', { name: 'Explorer', exact: true }).click();
    const explorer = page.getByRole('region', { name: 'Explorer' });
    await explorer.waitFor();
    await page.getByRole('button', { name: 'Help and keyboard shortcuts' }).click();
    await page.locator('.modal-backdrop').waitFor();
    const box = (await explorer.boundingBox())!;
    const top = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest('.modal-backdrop, .explorer-panel')?.className ?? '', [box.x + box.width / 2, box.y + box.height / 2]);
    expect(top).toContain('modal-backdrop');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
