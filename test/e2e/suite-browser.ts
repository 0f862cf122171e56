// One Debian Chromium per e2e test file: launched before the file's tests, closed after them.
// Call it at the top level of the file; hooks the file registers afterwards (a beforeAll that
// opens a page) run once the browser is up.
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';

export function suiteBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('suiteBrowser: Chromium is not launched yet (call it at the top level of the file)');
    return browser;
  };
}
