// Hostile links in Chromium: the zip bomb and the Huffman bomb of issue 16 (and their smaller
// twins that get past the length cap and into the inflater) show an error in the alert banner
// — opened as a page or pasted into the address bar — less than 1 s later than a link refused
// before decoding, and the app stays usable: the default scenario is loaded and Play runs it.
// Times are taken in the page itself.

import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { huffmanBombLink, zeroBombLink } from '../scenario/bombs';
import { keepScreenshot } from './browser';
import { suiteBrowser } from './suite-browser';

const browser = suiteBrowser();

declare global {
  interface Window {
    /** Each text the alert banner showed, with performance.now() when it appeared. */
    alerts: { at: number; text: string }[];
    /** The longest main-thread task seen (PerformanceObserver 'longtask'), ms. */
    longestTaskMs: number;
    /** performance.now() when the document's first script ran. */
    documentStartAt: number;
  }
}

/** Records the alert banner's texts and the longest task from the first byte of the page on. */
function watchAlertsAndLongTasks(): void {
  window.documentStartAt = performance.now();
  window.alerts = [];
  window.longestTaskMs = 0;
  let last = '';
  new MutationObserver(() => {
    const text = document.querySelector('[role="alert"]')?.textContent ?? '';
    if (text !== '' && text !== last) window.alerts.push({ at: performance.now(), text });
    last = text;
  }).observe(document, { subtree: true, childList: true, characterData: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.longestTaskMs = Math.max(window.longestTaskMs, entry.duration);
  }).observe({ type: 'longtask', buffered: true });
}

async function newPage(): Promise<{ page: Page; errors: string[] }> {
  const context = await browser().newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  page.setDefaultTimeout(8000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  await page.addInitScript(watchAlertsAndLongTasks);
  return { page, errors };
}

/** Play runs the default scenario: the simulated clock moves. */
async function expectPlayWorks(page: Page): Promise<void> {
  for (let id = 1; id <= 5; id++) await page.getByRole('button', { name: new RegExp(`^S${id},`) }).waitFor();
  const before = Number(await page.getByLabel('Simulated time').getAttribute('data-time'));
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.waitForFunction(
    (start) => Number(document.querySelector('[aria-label="Simulated time"]')?.getAttribute('data-time')) > start,
    before,
    { timeout: 10_000 },
  );
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
}

/**
 * Each bomb with a control: a link of the same length refused before anything is decoded (an
 * unknown link version). The page's own work with such a URL — navigating to half a megabyte
 * of address, loading the app, computing the default run — is the same for both, and on a
 * busy machine it alone can pass a second; the difference is what decoding the bomb costs.
 */
const BOMBS: [string, string, RegExp][] = [
  ['the zip bomb (~390 kB of deflated zeros)', zeroBombLink(390_000), /link: too long/],
  ['the Huffman bomb (~10 600 empty dynamic blocks)', huffmanBombLink(10_600), /link: too long/],
  ['a zip bomb under the length cap', zeroBombLink(290_000), /link: the scenario is too large/],
  ['a Huffman bomb under the length cap', huffmanBombLink(5_900), /link: the scenario data is padded/],
];
const controlOf = (fragment: string) => '#s=2.' + 'A'.repeat(fragment.length - 5);
const CONTROL = /link: (unsupported link version|too long)/;

/** Open a fresh page at the fragment; ms from the document's start to the alert showing `message`. */
async function openAndTimeAlert(fragment: string, message: RegExp): Promise<{ page: Page; errors: string[]; ms: number }> {
  const { page, errors } = await newPage();
  await page.goto(inject('baseUrl') + fragment);
  await page.getByRole('alert').filter({ hasText: message }).waitFor();
  const { alerts, documentStartAt } = await page.evaluate(() => ({ alerts: window.alerts, documentStartAt: window.documentStartAt }));
  expect(alerts[0].text).toMatch(/^This link could not be opened \(link: [^\n]{1,200}\)\. The default scenario is loaded instead\./);
  return { page, errors, ms: alerts[0].at - documentStartAt };
}

for (const [name, fragment, message] of BOMBS) {
  test(`${name}: opened as a page, its error costs under 1 s more than a refused link's, then Play works`, async () => {
    const control = await openAndTimeAlert(controlOf(fragment), CONTROL);
    await control.page.context().close();
    const bomb = await openAndTimeAlert(fragment, message);
    console.log(`${name}: alert ${Math.round(bomb.ms)} ms after the document started (control: ${Math.round(control.ms)} ms)`);
    expect(bomb.ms - control.ms).toBeLessThan(1000);
    expect(await bomb.page.evaluate(() => window.longestTaskMs)).toBeLessThan(2000);
    await expectPlayWorks(bomb.page);
    expect([...control.errors, ...bomb.errors]).toEqual([]);
    await bomb.page.context().close();
  });
}

test('bombs pasted into the address bar of a running app: each error within 1 s of a refused link, then Play works', async () => {
  const { page, errors } = await newPage();
  await page.goto(inject('baseUrl'));
  await page.getByRole('slider', { name: 'Timeline' }).waitFor();
  /** ms from setting location.hash to the alert showing `message`; the alert is dismissed after. */
  const paste = async (fragment: string, message: RegExp): Promise<number> => {
    const pastedAt = await page.evaluate((hash) => {
      const at = performance.now();
      location.hash = hash;
      return at;
    }, fragment);
    await page.getByRole('alert').filter({ hasText: message }).waitFor();
    const alerts = await page.evaluate(() => window.alerts);
    const shown = alerts.find((alert) => alert.at >= pastedAt && message.test(alert.text));
    await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();
    return shown!.at - pastedAt;
  };
  for (const [name, fragment, message] of BOMBS) {
    const control = await paste(controlOf(fragment), CONTROL);
    const bomb = await paste(fragment, message);
    console.log(`${name}, pasted: alert after ${Math.round(bomb)} ms (control: ${Math.round(control)} ms)`);
    expect(bomb - control, name).toBeLessThan(1000);
    // The two bombs are refused before decoding: in a running app, within 1 s outright.
    if (message.source.includes('too long')) expect(bomb, name).toBeLessThan(1000);
  }
  await expectPlayWorks(page);
  await keepScreenshot(page, 'hostile-links.png');
  expect(errors).toEqual([]);
  await page.context().close();
});
