// The page in Chinese, as a browser set to Chinese sees it: the first visit speaks Chinese with
// `<html lang="zh-CN">`; the header, a lesson, the event log and the inspector read Chinese; node
// names still start with "S<n>,"; the header's switch goes back to English and keeps focus; a link
// made in Chinese opens in Chinese in a browser set to English. What the page must show is read
// from the Chinese catalog itself (a text that is still English there fails), and screenshots of
// each view are kept in test-artifacts/ to be looked at.

import { describe, expect, inject, test } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { keepScreenshot, openPage } from './browser';
import { nodeNames } from './driver';
import { encodeShareFragment } from '../../src/scenario/link';
import { lessonScenarioAt } from '../../src/lessons/check';
import { LESSONS } from '../../src/lessons/library';
import { en } from '../../src/i18n/en';
import { zhCN } from '../../src/i18n/zh-CN';
import { suiteBrowser } from './suite-browser';

const browser = suiteBrowser();
const base = () => inject('baseUrl');
const HAN = /[\u4e00-\u9fff]/;

/** A page in a fresh browser context (its own storage), with the errors it logs. */
const open = (url: string, options: BrowserContextOptions) => openPage(browser(), url, options);

/** The Chinese text of a key; fails when the Chinese catalog lacks it or still has English there. */
function chinese(key: string, words: Readonly<Record<string, string>> = zhCN): string {
  const text = words[key];
  expect(text, `zh-CN catalog: ${key}`).toBeDefined();
  expect(text, `zh-CN catalog: ${key} is not Chinese`).toMatch(HAN);
  return text;
}

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);
const languageSwitch = (page: Page) => page.getByRole('combobox', { name: 'Language · 语言' });

describe('the page in Chinese', () => {
  test('a browser set to zh-CN gets Chinese on its first visit; the inspector and the event log too', async () => {
    const { page, errors } = await open(base(), { locale: 'zh-CN' });
    expect(await htmlLang(page)).toBe('zh-CN');
    expect(await languageSwitch(page).inputValue()).toBe('zh-CN');
    // Times carry the Chinese unit (src/i18n/format.ts).
    expect(await page.locator('.clock-now').textContent()).toMatch(/毫秒$/);
    // The header: the lesson picker's name and the presenter button.
    await page.getByRole('combobox', { name: chinese('lessonPanel.picker') }).waitFor();
    await page.getByRole('button', { name: chinese('classroom.presenter') }).waitFor();
    // Node names keep their contract in every language.
    const names = await nodeNames(page);
    expect(names).toHaveLength(5);
    for (const [i, name] of names.entries()) expect(name.startsWith(`S${i + 1},`), name).toBe(true);
    expect(names.some((name) => HAN.test(name)), names.join(' | ')).toBe(true);

    // Run a while so that the event log has lines, then look at a node in the inspector.
    await page.locator('input.scrubber').fill('1500');
    await page.locator('[data-node="1"]').click();
    const inspector = page.locator('.inspector');
    await inspector.getByRole('heading', { name: 'S1', exact: true }).waitFor();
    const lines = await page.locator('.event-log .log-text').allTextContents();
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((line) => HAN.test(line)).length, lines.slice(0, 8).join('\n')).toBeGreaterThan(lines.length / 2);
    const inspectorText = (await inspector.textContent()) ?? '';
    expect(inspectorText.replace(/S\d+|[\d\s.,:=()\[\]→—-]/g, '')).toMatch(HAN);
    // Nothing left in English where the catalog has Chinese: none of the page's visible words is an English catalog text.
    const shown = await page.evaluate(() => document.body.innerText);
    // A Chinese text may keep the English one inside it (the app's name, "Consensus Lab 共识实验室"): look
    // for the English text outside the key's own Chinese text.
    const stillEnglish = Object.entries(en).filter(
      ([key, text]) => zhCN[key] !== undefined && zhCN[key] !== text && text.length > 12 && !text.includes('{{') && shown.split(zhCN[key]).join('\n').includes(text),
    );
    expect(stillEnglish.map(([key]) => key)).toEqual([]);
    await keepScreenshot(page, 'i18n-zh-page.png');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a lesson reads Chinese: its title, narration and question', async () => {
    const lesson = LESSONS.find((l) => l.id === 'raft-election')!;
    const step = lesson.steps[0];
    const hash = `#${encodeShareFragment(lessonScenarioAt(lesson, 0)!, step.at)}&lesson=${lesson.id}&step=1`;
    const { page, errors } = await open(base() + hash, { locale: 'zh-CN' });
    // The Chinese lesson words are a file of their own (loaded with the lesson library).
    const file = '../../src/i18n/zh-CN/lessons-raft';
    const words = ((await import(/* @vite-ignore */ file)) as { lessonsRaft: Record<string, string> }).lessonsRaft;
    const region = page.getByRole('region', { name: chinese('lessonPanel.region') });
    await region.getByText(chinese(`${step.key}.title`, words)).waitFor();
    await region.getByText(chinese(`${step.key}.text`, words)).waitFor();
    if (step.question) await region.getByText(chinese(step.question.key, words)).waitFor();
    await keepScreenshot(page, 'i18n-zh-lesson.png');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('the switch goes back to English, keeps focus, remembers the choice', async () => {
    const { page, errors } = await open(base(), { locale: 'zh-CN' });
    await page.locator('input.scrubber').fill('1200');
    // The log's lines are on screen, in Chinese, before the switch (the panels mount a frame or
    // two after the cluster): they are the words the switch must render again.
    await page.locator('.event-log .log-text').first().waitFor();
    expect((await page.locator('.event-log .log-text').allTextContents()).some((line) => HAN.test(line))).toBe(true);
    await languageSwitch(page).selectOption('en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.getByRole('combobox', { name: en['lessonPanel.picker'] }).waitFor();
    expect(await page.locator('.clock-now').textContent()).toMatch(/ ms$/);
    // Already-rendered words are rendered again: no log line is left in Chinese.
    const lines = await page.locator('.event-log .log-text').allTextContents();
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((line) => HAN.test(line))).toEqual([]);
    // The session survived the re-render; focus is back on the switch.
    expect(await page.locator('output.clock').getAttribute('data-time')).toBe('1200');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Language · 语言');
    // English is the default: the link no longer carries a language.
    await page.waitForFunction(() => !location.hash.includes('lang='));
    // Remembered: a reload in a zh-CN browser stays English.
    await page.reload();
    await page.locator('[data-node="1"]').waitFor();
    expect(await htmlLang(page)).toBe('en');
    await keepScreenshot(page, 'i18n-back-to-en.png');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('the switch fits the header on a 390×844 phone and at 1366×768', async () => {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1366, height: 768 },
    ]) {
      const { page, errors } = await open(base(), { locale: 'zh-CN', viewport, hasTouch: viewport.width < 500 });
      const box = (await languageSwitch(page).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      // Nothing covers it: a click at its centre lands on it.
      expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.classList.contains('language-switch'), { x: box.x + box.width / 2, y: box.y + box.height / 2 })).toBe(true);
      await keepScreenshot(page, `i18n-zh-header-${viewport.width}.png`);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  test('a link made in Chinese opens in Chinese in a browser set to English', async () => {
    const zh = await open(base(), { locale: 'zh-CN' });
    await zh.page.locator('input.scrubber').fill('900');
    await zh.page.waitForFunction(() => location.hash.includes('&lang=zh-CN') && location.hash.includes('&t=900'));
    const link = zh.page.url();
    await zh.page.context().close();

    const { page, errors } = await open(link, { locale: 'en-US' });
    expect(await htmlLang(page)).toBe('zh-CN');
    expect(await languageSwitch(page).inputValue()).toBe('zh-CN');
    await page.getByRole('combobox', { name: chinese('lessonPanel.picker') }).waitFor();
    expect(await page.locator('output.clock').getAttribute('data-time')).toBe('900');
    // A link is not a choice: the English browser's own next visit is English again.
    expect(await page.evaluate(() => localStorage.getItem('consensus-lab.language'))).toBeNull();
    await keepScreenshot(page, 'i18n-zh-link-in-en.png');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
