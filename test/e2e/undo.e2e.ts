// Undo in the browser: a fork in a lesson says how many later actions it replaced, its button
// gives back the scenario in the URL and the node states as they were; Ctrl+Z does the same; the
// Actions list shows every action and deletes one alone (undoable too).

import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from './browser';
import { chooseLesson, nodeNames, scenarioInUrl, seek, selectNode } from './driver';
import { lessonById } from '../../src/lessons/library';
import { lessonScenarioAt } from '../../src/lessons/check';
import { t } from '../../src/i18n/translate';
import { suiteBrowser } from './suite-browser';

const browser = suiteBrowser();
const base = () => inject('baseUrl');

const lesson = lessonById('raft-figure-8')!;
const script = lessonScenarioAt(lesson, 0)!;
const FORK_AT = 50;
const later = script.actions.filter((a) => a.at > FORK_AT).length;
const forkNotice = (page: Page) => page.getByRole('status').filter({ hasText: 'later action' });

async function forkAtFifty(page: Page): Promise<void> {
  await seek(page, FORK_AT);
  await selectNode(page, 3);
  await page.getByRole('button', { name: 'Crash S3' }).click();
  await forkNotice(page).getByText(`Acting here replaced ${later} later actions.`).waitFor();
}

describe('undo in the browser', () => {
  test('a fork in a lesson, undone by its notice and by Ctrl+Z, gives back the scenario and node states', async () => {
    const { page, errors } = await openPage(browser(), base());
    await chooseLesson(page, t(lesson.titleKey));
    await seek(page, FORK_AT);
    const before = await scenarioInUrl(page, (s) => s.actions.length === script.actions.length);
    const namesBefore = await nodeNames(page);
    // Opening the lesson was a change (undoable); nothing is undone yet.
    expect(await page.getByRole('button', { name: 'Redo', exact: true }).isDisabled()).toBe(true);

    await forkAtFifty(page);
    const forked = await scenarioInUrl(page, (s) => s.actions.length === script.actions.length - later + 1);
    expect(forked.actions.at(-1)).toEqual({ at: FORK_AT, do: 'crash', node: 3 });
    await forkNotice(page).getByRole('button', { name: 'Bring them back', exact: true }).click();
    await forkNotice(page).getByText('later actions').waitFor({ state: 'detached' });
    expect(await scenarioInUrl(page, (s) => s.actions.length === script.actions.length)).toEqual(before);
    expect(await nodeNames(page)).toEqual(namesBefore);
    // Redo is now possible, and brings the fork back.
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await scenarioInUrl(page, (s) => s.actions.length === forked.actions.length);

    // Ctrl+Z (focus outside a text field) undoes too.
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await scenarioInUrl(page, (s) => s.actions.length === script.actions.length);
    await forkAtFifty(page);
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('Control+z');
    expect(await scenarioInUrl(page, (s) => s.actions.length === script.actions.length)).toEqual(before);
    expect(await nodeNames(page)).toEqual(namesBefore);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('the Actions list shows every action; one is deleted alone, and undone', async () => {
    const { page, errors } = await openPage(browser(), base());
    await chooseLesson(page, t(lesson.titleKey));
    const list = page.getByRole('region', { name: 'Actions', exact: true });
    await list.getByText(`Actions (${script.actions.length})`).click();
    expect(await list.getByRole('listitem').count()).toBe(script.actions.length);
    const first = script.actions[0];
    expect(first).toEqual({ at: 10, do: 'timeout', node: 2 });
    await list.getByRole('button', { name: 'Delete timeout S2 at 10 ms' }).click();
    const edited = await scenarioInUrl(page, (s) => s.actions.length === script.actions.length - 1);
    expect(edited.actions).toEqual(script.actions.slice(1));
    await page.keyboard.press('Control+z');
    await scenarioInUrl(page, (s) => s.actions.length === script.actions.length);
    // An invalid time shows the validator's message and changes nothing.
    const time = list.getByRole('spinbutton', { name: 'Time of timeout S2 (ms)' });
    await time.fill('999999999');
    await time.press('Enter');
    await list.getByRole('alert').waitFor();
    expect((await scenarioInUrl(page)).actions).toEqual(script.actions);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
