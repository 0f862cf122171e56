// Paxos, 2PC and 3PC, as a user drives them: the protocol's core outcome, a crash, a partition
// and its heal, a dropped message, and the share link; and 3PC's split decision caught by the
// Atomicity invariant (select the violation: seek, highlight, explain).

import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { keepScreenshot, openPage } from './browser';
import { blankLink, chooseLesson, clockMs, runLength, showWholeRun, nodeNames, nodesMatching, request, scenarioInUrl, seek, selectNode } from './driver';
import { suiteBrowser } from './suite-browser';

const browser = suiteBrowser();
const base = () => inject('baseUrl');

const PROTOCOL_OF = { Paxos: 'paxos', '2PC': '2pc', '3PC': '3pc' } as const;

/** The protocol with every default and no action (picking it in the header opens a starter run instead). */
async function open(label: 'Paxos' | '2PC' | '3PC'): Promise<{ page: Page; errors: string[] }> {
  return openPage(browser(), blankLink(base(), PROTOCOL_OF[label]), { permissions: ['clipboard-read', 'clipboard-write'] });
}

async function partition(page: Page, a: number[], b: number[]): Promise<void> {
  await page.getByRole('button', { name: 'Partition tool' }).click();
  for (const id of a) await page.getByRole('button', { name: `S${id} in group A` }).click();
  for (const id of b) await page.getByRole('button', { name: `S${id} in group B` }).click();
  await page.getByRole('button', { name: 'Apply partition' }).click();
}

async function crash(page: Page, id: number): Promise<void> {
  await selectNode(page, id);
  await page.getByRole('button', { name: `Crash S${id}` }).click();
}

async function linkRoundTrip(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByText('Link copied').waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const names = await nodeNames(page);
  const fresh = await openPage(browser(), link);
  await fresh.page.locator('[data-node="1"]').waitFor();
  expect(await clockMs(fresh.page)).toBe(await clockMs(page));
  expect(await nodeNames(fresh.page)).toEqual(names);
  expect(fresh.errors).toEqual([]);
  await fresh.page.context().close();
}

/** Drop the first message in flight between two nodes at the playhead; returns its id. */
async function dropFirstMessage(page: Page): Promise<number> {
  const ids = await page.locator('[data-message-id]').evaluateAll((els) =>
    els.filter((e) => e.getAttribute('data-from') !== e.getAttribute('data-to')).map((e) => e.getAttribute('data-message-id')),
  );
  expect(ids.length).toBeGreaterThan(0);
  const message = page.locator(`[data-message-id="${ids[0]}"]`);
  const id = Number(await message.getAttribute('data-message-id'));
  // The dot itself: the group's box also holds its label, placed clear of nodes and other labels.
  await message.locator('.message-hit').click({ force: true });
  await page.getByRole('button', { name: 'Drop message' }).click();
  await scenarioInUrl(page, (s) => s.actions.some((a) => a.do === 'drop' && a.message === id));
  return id;
}

describe('Paxos in the browser', () => {
  test('a request at S1: every node learns the value; with S5 crashed the others still do', async () => {
    const { page, errors } = await open('Paxos');
    await seek(page, 50);
    await crash(page, 5);
    await seek(page, 100);
    await request(page, 1, 'v=A');
    await seek(page, 1500);
    const names = await nodeNames(page);
    expect(names.slice(0, 4).every((n) => /learned v=A/.test(n))).toBe(true);
    expect(names[4]).toMatch(/^S5, crashed/);
    await page.getByRole('tab', { name: 'All nodes' }).click();
    await page.getByRole('table', { name: 'Acceptors' }).waitFor();
    await keepScreenshot(page, 'paxos-learned.png');
    await linkRoundTrip(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a minority partition cannot choose; after the heal the value is learned', async () => {
    const { page, errors } = await open('Paxos');
    await seek(page, 50);
    await partition(page, [1, 2], [3, 4, 5]);
    await seek(page, 100);
    await request(page, 1, 'v=P');
    await seek(page, 1200);
    expect(await nodesMatching(page, /learned/)).toEqual([]);
    await page.getByRole('button', { name: 'Heal network' }).click();
    await seek(page, 4000);
    expect(await nodesMatching(page, /learned v=P/)).toEqual([1, 2, 3, 4, 5]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('drop a message in flight: the value is still chosen', async () => {
    const { page, errors } = await open('Paxos');
    await seek(page, 100);
    await request(page, 1, 'v=D');
    await page.getByRole('button', { name: 'Step forward' }).click();
    await dropFirstMessage(page);
    await seek(page, 3000);
    expect(await nodesMatching(page, /learned v=D/)).toEqual([1, 2, 3, 4, 5]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('2PC in the browser', () => {
  test('a transaction commits everywhere; the share link reproduces it', async () => {
    const { page, errors } = await open('2PC');
    await seek(page, 100);
    await request(page, 1, 'T1');
    await seek(page, 1000);
    const names = await nodeNames(page);
    expect(names).toHaveLength(4);
    expect(names.every((n) => /T1 committed/.test(n))).toBe(true);
    expect(names[0]).toMatch(/^S1, coordinator/);
    await linkRoundTrip(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('the coordinator crashes after Prepare: prepared participants block until it restarts', async () => {
    const { page, errors } = await open('2PC');
    await seek(page, 100);
    await request(page, 1, 'T1');
    await seek(page, 130);
    await crash(page, 1);
    await seek(page, 2000);
    const blocked = await nodesMatching(page, /blocked/);
    expect(blocked.length).toBeGreaterThan(0);
    await page.getByRole('tab', { name: 'All nodes' }).click();
    await page.getByText(/is blocked on T1 since \d+ ms/).first().waitFor();
    await keepScreenshot(page, '2pc-blocked.png');
    await selectNode(page, 1);
    await page.getByRole('button', { name: 'Restart S1' }).click();
    await seek(page, 4000);
    expect(await nodesMatching(page, /blocked/)).toEqual([]);
    const states = (await nodeNames(page)).map((n) => /T1 (\w+)/.exec(n)?.[1]);
    expect(new Set(states).size).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('partition and heal; drop a message', async () => {
    const { page, errors } = await open('2PC');
    await seek(page, 50);
    await partition(page, [1, 2], [3, 4]);
    await seek(page, 100);
    await request(page, 1, 'T1');
    await seek(page, 600);
    expect((await nodeNames(page))[0]).not.toMatch(/committed/);
    await page.getByRole('button', { name: 'Heal network' }).click();
    await seek(page, 700);
    await request(page, 1, 'T2');
    await page.getByRole('button', { name: 'Step forward' }).click();
    await dropFirstMessage(page);
    await seek(page, 3000);
    expect(await page.locator('.link.cut').count()).toBe(0);
    const names = await nodeNames(page);
    const t2 = names.map((n) => n);
    expect(t2.length).toBe(4);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('3PC in the browser', () => {
  test('CanCommit, PreCommit, DoCommit: everyone commits', async () => {
    const { page, errors } = await open('3PC');
    await seek(page, 100);
    await request(page, 1, 'T1');
    await seek(page, 1000);
    expect((await nodeNames(page)).every((n) => /T1 committed/.test(n))).toBe(true);
    await linkRoundTrip(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a partition splits the decision: Atomicity breaks; selecting the violation seeks, highlights and explains', async () => {
    const { page, errors } = await open('3PC');
    await chooseLesson(page, '3PC: a partition splits the decision');
    await page.getByRole('button', { name: /^S5,/ }).waitFor();
    // Markers past the playhead exist only in the engineers' view.
    await showWholeRun(page);
    const invariants = page.getByRole('region', { name: 'Invariants' });
    await seek(page, await runLength(page));
    await invariants.getByText(/violated/).first().waitFor();
    const marker = page.getByRole('button', { name: /^Violation of Atomicity at \d+ ms$/ }).first();
    const at = Number(/at (\d+) ms/.exec((await marker.getAttribute('aria-label')) ?? '')?.[1]);
    await seek(page, 0);
    await marker.click();
    expect(await clockMs(page)).toBe(at);
    expect(await page.locator('.node.highlighted').count()).toBeGreaterThan(0);
    await invariants.getByText(/Atomicity broke at \d+ ms/).waitFor();
    await keepScreenshot(page, '3pc-atomicity.png');
    // The partition in the lesson is drawn as cut links until the end.
    expect(await page.locator('.link.cut').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a crashed participant and a dropped message', async () => {
    const { page, errors } = await open('3PC');
    await seek(page, 50);
    await crash(page, 4);
    await seek(page, 100);
    await request(page, 1, 'T1');
    await page.getByRole('button', { name: 'Step forward' }).click();
    await dropFirstMessage(page);
    await seek(page, 3000);
    const names = await nodeNames(page);
    expect(names[3]).toMatch(/^S4, crashed/);
    expect(names.slice(0, 3).every((n) => /T1 (committed|aborted)/.test(n))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
