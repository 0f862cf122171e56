// Accessibility: axe-core finds no serious or critical violation in the main states (light and
// dark, a node selected, the cluster table, a violation selected, the help dialog); everything
// works by keyboard with a visible focus; reduced motion stops the decorative animation.

import { describe, expect, inject, test } from 'vitest';
import { keepScreenshot, openPage } from './browser';
import { chooseLesson, chooseProtocol, clockMs, seek, selectNode, showWholeRun } from './driver';
import { seriousViolations } from './axe';
import { suiteBrowser } from './suite-browser';

const browser = suiteBrowser();
const base = () => inject('baseUrl');

describe('accessibility', () => {
  test('axe: no serious or critical violations, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, errors } = await openPage(browser(), base(), { colorScheme });
      await seek(page, 1200);
      expect(await seriousViolations(page), `${colorScheme}, default`).toEqual([]);
      await selectNode(page, 2);
      expect(await seriousViolations(page), `${colorScheme}, node selected`).toEqual([]);
      await page.getByRole('tab', { name: 'All nodes' }).click();
      expect(await seriousViolations(page), `${colorScheme}, all nodes`).toEqual([]);
      await page.getByRole('button', { name: 'Partition tool' }).click();
      expect(await seriousViolations(page), `${colorScheme}, partition tool`).toEqual([]);
      await keepScreenshot(page, `a11y-${colorScheme}.png`);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  test('axe: a selected violation (3PC) and the help dialog', async () => {
    const { page, errors } = await openPage(browser(), base(), { colorScheme: 'dark' });
    await chooseProtocol(page, '3PC');
    await chooseLesson(page, '3PC: a partition splits the decision');
    await showWholeRun(page);
    await page.getByRole('button', { name: /^Violation of Atomicity/ }).first().click();
    await page.getByText(/Atomicity broke at/).waitFor();
    expect(await seriousViolations(page), 'violation selected').toEqual([]);
    await keepScreenshot(page, 'a11y-violation-dark.png');
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: /help/i }).waitFor();
    expect(await seriousViolations(page), 'help dialog').toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('keyboard: focus is visible; Enter selects a node; space plays; arrows step; ? opens help, Escape closes it', async () => {
    const { page, errors } = await openPage(browser(), base());
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      return { tag: element.tagName, style: getComputedStyle(element).outlineStyle };
    });
    expect(outline.tag).toBe('BUTTON');
    expect(outline.style).not.toBe('none');

    await page.locator('[data-node="3"]').focus();
    const ring = await page.evaluate(() => getComputedStyle(document.querySelector('[data-node="3"] .node-focus')!).stroke);
    expect(ring).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-node="3"]').getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('heading', { name: 'S3', exact: true }).waitFor();

    await page.locator('body').focus();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const stepped = await clockMs(page);
    expect(stepped).toBeGreaterThan(0);
    await page.keyboard.press('ArrowLeft');
    expect(await clockMs(page)).toBeLessThan(stepped);
    await page.keyboard.press(' ');
    await page.getByRole('button', { name: 'Pause', exact: true }).waitFor();
    await page.keyboard.press(' ');
    await page.getByRole('button', { name: 'Play', exact: true }).waitFor();

    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: /help/i });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Close');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('prefers-reduced-motion stops the decorative pulse', async () => {
    const { page } = await openPage(browser(), base(), { reducedMotion: 'reduce' });
    await chooseProtocol(page, '3PC');
    await chooseLesson(page, '3PC: a partition splits the decision');
    await showWholeRun(page);
    await page.getByRole('button', { name: /^Violation of Atomicity/ }).first().click();
    const animation = await page.evaluate(() => getComputedStyle(document.querySelector('.node.highlighted .node-focus')!).animationName);
    expect(animation).toBe('none');
    await page.context().close();
  });
});
