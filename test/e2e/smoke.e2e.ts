// Smoke: the built app loads with no console error and shows a live simulation of the default
// scenario (five nodes, a clock that advances when played).

import { expect, inject, test } from 'vitest';
import { keepScreenshot, openPage } from './browser';
import { suiteBrowser } from './suite-browser';

const browser = suiteBrowser();

test('the app loads without console errors and runs the default scenario', async () => {
  const { page, errors } = await openPage(browser(), inject('baseUrl'));
  for (let id = 1; id <= 5; id++) {
    await page.getByRole('button', { name: new RegExp(`^S${id},`) }).waitFor();
  }
  // The cluster has the stage's height (its layout rules are in the first load, not in a lazy chunk).
  expect((await page.locator('.cluster').boundingBox())!.height).toBeGreaterThan(300);
  const clock = page.getByLabel('Simulated time');
  const before = Number(await clock.getAttribute('data-time'));
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.waitForFunction(
    (start) => Number(document.querySelector('[aria-label="Simulated time"]')?.getAttribute('data-time')) > start,
    before,
    { timeout: 10_000 },
  );
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await keepScreenshot(page, 'smoke.png');
  expect(errors).toEqual([]);
  await page.context().close();
});
