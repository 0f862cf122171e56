// Lessons as a class takes them: step by step with Next and Back, a question answered right and
// wrong, acting mid-lesson and returning, the link of a step reopened in a fresh page; hiding
// the future; the starter run shows a message within two seconds of Play; and a screenshot of
// every lesson's steps at projector size.

import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { keepScreenshot, openPage } from './browser';
import { chooseLesson, clockMs, nodeNames, selectNode } from './driver';
import { LESSONS } from '../../src/lessons/library';
import { t } from '../../src/i18n/translate';
import { encodeShareFragment } from '../../src/scenario/link';
import { lessonScenarioAt } from '../../src/lessons/check';
import { suiteBrowser } from './suite-browser';

const browser = suiteBrowser();
const base = () => inject('baseUrl');

const panel = (page: Page) => page.getByRole('region', { name: 'Lesson' });

async function stepText(page: Page): Promise<string> {
  return (await panel(page).textContent()) ?? '';
}

/** Every log line's time and every timeline marker's time, as the page shows them. */
async function shownTimes(page: Page): Promise<{ log: number[]; markers: number[] }> {
  return page.evaluate(() => ({
    log: [...document.querySelectorAll('.log-line .log-time')].map((e) => Number(e.textContent)),
    markers: [...document.querySelectorAll('.marker')].map((e) => Number(/at (\d+) ms/.exec(e.getAttribute('title') ?? '')?.[1] ?? NaN)),
  }));
}

describe('lessons in the browser', () => {
  test('step through with Next and Back; answer right and wrong; the picker names the lesson', async () => {
    const { page, errors } = await openPage(browser(), base());
    const lesson = LESSONS.find((l) => l.id === 'raft-election')!;
    await chooseLesson(page, t(lesson.titleKey));
    expect(await page.getByRole('combobox', { name: 'Lesson' }).evaluate((s: HTMLSelectElement) => s.selectedOptions[0].textContent)).toBe(t(lesson.titleKey));
    expect(await stepText(page)).toContain(`Step 1 of ${lesson.steps.length}`);
    expect(await clockMs(page)).toBe(lesson.steps[0].at);
    // Space plays after choosing a lesson (the picker gives focus back), and playback stops at the next step.
    await page.keyboard.press('Space');
    await page.getByText(`Step 2 of ${lesson.steps.length}`).waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
    expect(await clockMs(page)).toBe(lesson.steps[1].at);
    expect((await nodeNames(page))[4]).toMatch(/^S5, candidate/);
    await page.getByRole('button', { name: 'Previous step' }).click();
    expect(await stepText(page)).toContain(`Step 1 of ${lesson.steps.length}`);
    expect(await clockMs(page)).toBe(lesson.steps[0].at);
    // Wrong, then (in a fresh start of the lesson) right: the run says S5.
    await panel(page).getByRole('button', { name: 'S2', exact: true }).click();
    await panel(page).getByText('Not this time: the run gives S5.').waitFor();
    await page.getByRole('button', { name: 'Next step' }).click();
    expect(await stepText(page)).toContain(`Step 2 of ${lesson.steps.length}`);
    expect(await clockMs(page)).toBe(lesson.steps[1].at);
    await chooseLesson(page, t('lessons.raft-leader-crash.title'));
    await chooseLesson(page, t(lesson.titleKey));
    await panel(page).getByRole('button', { name: 'S5', exact: true }).click();
    await panel(page).getByText('Right: S5.').waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('acting mid-lesson leaves the script; Back to the lesson returns; the link reopens at the same step', async () => {
    const { page, errors } = await openPage(browser(), base(), { permissions: ['clipboard-read', 'clipboard-write'] });
    const lesson = LESSONS.find((l) => l.id === 'raft-election')!;
    await chooseLesson(page, t(lesson.titleKey));
    await page.getByRole('button', { name: 'Next step' }).click();
    await page.getByRole('button', { name: 'Next step' }).click();
    await selectNode(page, 5);
    await page.getByRole('button', { name: 'Crash S5' }).click();
    await panel(page).getByText('it has left the script').waitFor();
    await page.getByRole('button', { name: 'Back to the lesson' }).click();
    await panel(page).getByText('it has left the script').waitFor({ state: 'detached' });
    expect(await clockMs(page)).toBe(lesson.steps[2].at);
    expect((await nodeNames(page))[4]).toMatch(/^S5, leader/);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByText('Link copied').waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('lesson=raft-election&step=3');
    const fresh = await openPage(browser(), link);
    await panel(fresh.page).waitFor();
    expect(await stepText(fresh.page)).toContain(`Step 3 of ${lesson.steps.length}`);
    expect(await clockMs(fresh.page)).toBe(lesson.steps[2].at);
    expect(await nodeNames(fresh.page)).toEqual(await nodeNames(page));
    expect(errors).toEqual([]);
    expect(fresh.errors).toEqual([]);
    await fresh.page.context().close();
    await page.context().close();
  });

  test('hiding the future: nothing later than the playhead; at 0 ms the 3PC partition shows no violation', async () => {
    const { page, errors } = await openPage(browser(), base());
    await chooseLesson(page, t('lessons.3pc-partition.title'));
    const lesson = LESSONS.find((l) => l.id === '3pc-partition')!;
    for (let i = 0; i < lesson.steps.length; i++) {
      const now = await clockMs(page);
      const { log, markers } = await shownTimes(page);
      expect(log.length, `step ${i + 1}`).toBeGreaterThan(0);
      expect(Math.max(...log, ...markers), `step ${i + 1}`).toBeLessThanOrEqual(now);
      if (i < lesson.steps.length - 1) await page.getByRole('button', { name: 'Next step' }).click();
    }
    // The last step claims the Atomicity violation: it is on the page now.
    await page.getByRole('region', { name: 'Invariants' }).getByText(/violated/).waitFor();
    await page.getByRole('slider', { name: 'Timeline' }).fill('0');
    await page.waitForFunction(() => document.querySelector('[aria-label="Simulated time"]')?.getAttribute('data-time') === '0');
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).not.toMatch(/violated|Violation at|Breaks later/);
    expect(await page.locator('.violation-marker').count()).toBe(0);
    expect(await page.locator('.log-line').count()).toBe(0);
    // The engineers' view brings the future back.
    await page.getByRole('switch', { name: 'Show the whole run' }).check();
    expect(await page.locator('.violation-marker').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a lesson link in presenter mode: the cluster fills the stage beside the narration', async () => {
    const lesson = LESSONS.find((l) => l.id === 'raft-election')!;
    const { page, errors } = await openPage(browser(), `${base()}#${encodeShareFragment(lessonScenarioAt(lesson, 0)!, lesson.steps[0].at)}&lesson=raft-election&step=1&present=1`);
    await panel(page).waitFor();
    const cluster = (await page.locator('.cluster').boundingBox())!;
    expect(cluster.height).toBeGreaterThan(400);
    expect(cluster.width).toBeGreaterThan(700);
    await keepScreenshot(page, 'lesson-presenter-1366.png');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('picking a protocol opens a run whose first message is on the wire within 2 s of Play', async () => {
    const { page, errors } = await openPage(browser(), base());
    await page.getByRole('radio', { name: 'Paxos', exact: true }).click();
    await page.getByRole('radio', { name: 'Raft', exact: true }).click();
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    const started = Date.now();
    await page.locator('[data-message-id]').first().waitFor({ timeout: 2000 });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('every lesson step of every protocol at 1366×768, screenshotted outside CI', async () => {
    const { page, errors } = await openPage(browser(), base());
    for (const lesson of LESSONS) {
      await chooseLesson(page, t(lesson.titleKey));
      for (let i = 0; i < lesson.steps.length; i++) {
        expect(await stepText(page)).toContain(`Step ${i + 1} of ${lesson.steps.length}`);
        await keepScreenshot(page, `lesson-${lesson.id}-${i + 1}.png`);
        if (i < lesson.steps.length - 1) await page.getByRole('button', { name: 'Next step' }).click();
      }
    }
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);
});
