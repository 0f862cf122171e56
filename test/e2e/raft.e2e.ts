// Raft, as a user drives it: a leader is elected; crash it and a new one takes over; partition
// with the partition tool and heal; drop a message in flight; step back and act (the timeline
// forks); copy the link and open it in a fresh page; a malformed link.

import { describe, expect, inject, test } from 'vitest';
import { artifactPath, keepScreenshot, openPage } from './browser';
import { blankLink, clockMs, fastest, nodeNames, nodesMatching, scenarioInUrl, seek, selectNode, termOf } from './driver';
import { suiteBrowser } from './suite-browser';

const browser = suiteBrowser();
const base = () => inject('baseUrl');
/** Raft with every default and no action: these flows act on an empty schedule. */
const blank = () => blankLink(base(), 'raft');

describe('Raft in the browser', () => {
  test('Play: a leader is elected', async () => {
    const { page, errors } = await openPage(browser(), blank());
    await fastest(page);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.getByRole('button', { name: /^S\d, leader, term \d+/ }).first().waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    expect(await nodesMatching(page, /, leader,/)).toHaveLength(1);
    await keepScreenshot(page, 'raft-leader.png');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('crash the leader by clicking it: a new leader is elected in a higher term', async () => {
    const { page, errors } = await openPage(browser(), blank());
    await seek(page, 1000);
    const [leader] = await nodesMatching(page, /, leader,/);
    expect(leader).toBeDefined();
    const oldTerm = termOf((await nodeNames(page))[leader - 1]);
    await selectNode(page, leader);
    await page.getByRole('button', { name: `Crash S${leader}` }).click();
    expect((await nodeNames(page))[leader - 1]).toMatch(new RegExp(`^S${leader}, crashed`));
    await seek(page, 2500);
    const leaders = await nodesMatching(page, /, leader,/);
    expect(leaders).toHaveLength(1);
    expect(leaders[0]).not.toBe(leader);
    expect(termOf((await nodeNames(page))[leaders[0] - 1])).toBeGreaterThan(oldTerm);
    const scenario = await scenarioInUrl(page, (s) => s.actions.length === 1);
    expect(scenario.actions).toEqual([{ at: 1000, do: 'crash', node: leader }]);
    await keepScreenshot(page, 'raft-crash-leader.png');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('partition with the partition tool, then heal', async () => {
    const { page, errors } = await openPage(browser(), blank());
    await seek(page, 1000);
    const [leader] = await nodesMatching(page, /, leader,/);
    const minority = [leader, leader === 1 ? 2 : 1];
    const majority = [1, 2, 3, 4, 5].filter((id) => !minority.includes(id));
    await page.getByRole('button', { name: 'Partition tool' }).click();
    for (const id of minority) await page.getByRole('button', { name: `S${id} in group A` }).click();
    for (const id of majority) await page.getByRole('button', { name: `S${id} in group B` }).click();
    await page.getByRole('button', { name: 'Apply partition' }).click();
    expect(await page.locator('.link.cut').count()).toBe(2 * minority.length * majority.length);
    await seek(page, 2500);
    const names = await nodeNames(page);
    const majorityLeaders = majority.filter((id) => /, leader,/.test(names[id - 1]));
    expect(majorityLeaders).toHaveLength(1);
    expect(termOf(names[majorityLeaders[0] - 1])).toBeGreaterThan(termOf(names[leader - 1]));
    await keepScreenshot(page, 'raft-partition.png');
    await page.getByRole('button', { name: 'Heal network' }).click();
    expect(await page.locator('.link.cut').count()).toBe(0);
    await seek(page, 4000);
    const after = await nodesMatching(page, /, leader,/);
    expect(after).toHaveLength(1);
    expect(after[0]).not.toBe(leader);
    const scenario = await scenarioInUrl(page, (s) => s.actions.length === 2);
    expect(scenario.actions.map((a) => [a.at, a.do])).toEqual([
      [1000, 'partition'],
      [2500, 'heal'],
    ]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('drop a message in flight', async () => {
    const { page, errors } = await openPage(browser(), blank());
    await seek(page, 1000);
    const message = page.locator('[data-message-id]').first();
    const id = Number(await message.getAttribute('data-message-id'));
    await message.locator('.message-hit').click({ force: true });
    await page.getByRole('heading', { name: new RegExp(`^Message #${id}:`) }).waitFor();
    await page.getByRole('button', { name: 'Drop message' }).click();
    const scenario = await scenarioInUrl(page, (s) => s.actions.length === 1);
    expect(scenario.actions[0]).toMatchObject({ do: 'drop', message: id });
    expect(await page.locator(`[data-message-id="${id}"]`).count()).toBe(0);
    await page.getByLabel('Filter by message type').selectOption({ label: 'No messages' });
    await page.getByText(`message #${id} dropped`).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('step back and act: the timeline forks', async () => {
    const { page, errors } = await openPage(browser(), blank());
    await seek(page, 2000);
    await selectNode(page, 2);
    await page.getByRole('button', { name: 'Crash S2' }).click();
    await scenarioInUrl(page, (s) => s.actions.length === 1);
    for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Step back' }).click();
    const t = await clockMs(page);
    expect(t).toBeLessThan(2000);
    expect((await nodeNames(page))[1]).not.toMatch(/crashed/);
    await selectNode(page, 3);
    await page.getByRole('button', { name: 'Crash S3' }).click();
    const scenario = await scenarioInUrl(page, (s) => s.actions.some((a) => a.do === 'crash' && a.node === 3));
    expect(scenario.actions).toEqual([{ at: t, do: 'crash', node: 3 }]);
    await seek(page, 2500);
    const names = await nodeNames(page);
    expect(names[1]).not.toMatch(/crashed/);
    expect(names[2]).toMatch(/^S3, crashed/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('copy the link and open it in a fresh page: identical node states', async () => {
    const { page, errors } = await openPage(browser(), blank(), { permissions: ['clipboard-read', 'clipboard-write'] });
    await seek(page, 700);
    await selectNode(page, 4);
    await page.getByRole('button', { name: 'Crash S4' }).click();
    await seek(page, 1800);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByText('Link copied').waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('#s=1.');
    const names = await nodeNames(page);
    await page.getByRole('tab', { name: 'All nodes' }).click();
    const table = await page.locator('#tabpanel-inspector').innerText();

    const fresh = await openPage(browser(), link);
    await fresh.page.locator('[data-node="1"]').waitFor();
    // The nodes can be drawn before the worker has computed up to the link's time (the playhead
    // waits at the computed edge meanwhile): the clock must arrive at the link's time.
    await expect.poll(() => clockMs(fresh.page)).toBe(1800);
    expect(await nodeNames(fresh.page)).toEqual(names);
    await fresh.page.getByRole('tab', { name: 'All nodes' }).click();
    expect(await fresh.page.locator('#tabpanel-inspector').innerText()).toBe(table);
    expect(names[3]).toMatch(/^S4, crashed/);
    expect(errors).toEqual([]);
    expect(fresh.errors).toEqual([]);
    await fresh.page.context().close();
    await page.context().close();
  });

  test('a malformed or hostile link shows a readable error and a working default', async () => {
    const { page, errors } = await openPage(browser(), base() + '#s=1.%%%not-a-link');
    const alert = page.getByRole('alert');
    await alert.getByText(/could not be opened/).waitFor();
    expect(await nodeNames(page)).toHaveLength(5);
    await fastest(page);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.waitForFunction(() => Number(document.querySelector('[aria-label="Simulated time"]')?.getAttribute('data-time')) > 100);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await keepScreenshot(page, 'malformed-link.png');
    await page.context().close();

    // A scenario whose text is markup: refused by validation, and never rendered as HTML.
    const { deflateSync, strToU8 } = await import('fflate');
    const { toBase64Url } = await import('../../src/scenario/link');
    const evil = { version: 1, protocol: '<img src=x onerror="window.__pwned=1">', actions: [] };
    const hostile = await openPage(browser(), base() + '#s=1.' + toBase64Url(deflateSync(strToU8(JSON.stringify(evil)))));
    let dialogs = 0;
    hostile.page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await hostile.page.getByRole('alert').getByText(/could not be opened/).waitFor();
    expect(await hostile.page.locator('img').count()).toBe(0);
    expect(await hostile.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toBe(0);
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
    await hostile.page.context().close();
  });
});

describe('scenario files', () => {
  test('export the scenario as JSON and import it again: the same run', async () => {
    const { page, errors } = await openPage(browser(), blank(), { acceptDownloads: true });
    await seek(page, 900);
    await selectNode(page, 1);
    await page.getByRole('button', { name: 'Crash S1' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()]);
    expect(download.suggestedFilename()).toBe('scenario.json');
    const path = artifactPath('exported-scenario.json');
    await download.saveAs(path);
    const exported = await scenarioInUrl(page, (s) => s.actions.length === 1);

    const other = await openPage(browser(), blank());
    await other.page.getByLabel('Import a scenario file').setInputFiles(path);
    await other.page.getByText('Imported exported-scenario.json.').waitFor();
    expect(await scenarioInUrl(other.page, (s) => s.actions.length === 1)).toEqual(exported);
    await seek(other.page, 900);
    expect((await nodeNames(other.page))[0]).toMatch(/^S1, crashed/);

    // A file that is not a scenario: a readable error, nothing replaced.
    await other.page.getByLabel('Import a scenario file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"version":1,"protocol":"raft","nodes":99}') });
    await other.page.getByRole('alert').getByText(/could not be imported: nodes/).waitFor();
    expect(await scenarioInUrl(other.page, (s) => s.actions.length === 1)).toEqual(exported);
    expect(errors).toEqual([]);
    expect(other.errors).toEqual([]);
    await other.page.context().close();
    await page.context().close();
  });
});
