// What a user does with the app, as small helpers for the e2e tests: read node states by their
// accessible names, seek with the Timeline slider, act on nodes, read the scenario from the URL.

import type { Page } from 'playwright-core';
import { decodeShareFragment, encodeShareFragment } from '../../src/scenario/link';
import { defaultScenario } from '../../src/scenario/validate';
import type { Scenario } from '../../src/scenario/format';

/** Every node's accessible name, S1 first ("S3, leader, term 4"). */
export function nodeNames(page: Page): Promise<string[]> {
  return page.locator('[data-node]').evaluateAll((nodes) =>
    nodes
      .map((node) => ({ id: Number(node.getAttribute('data-node')), name: node.getAttribute('aria-label') ?? '' }))
      .sort((a, b) => a.id - b.id)
      .map((n) => n.name),
  );
}

/** Ids of the nodes whose name matches. */
export async function nodesMatching(page: Page, pattern: RegExp): Promise<number[]> {
  return (await nodeNames(page)).flatMap((name, i) => (pattern.test(name) ? [i + 1] : []));
}

export function termOf(name: string): number {
  const match = /term (\d+)/.exec(name);
  return match ? Number(match[1]) : -1;
}

export async function clockMs(page: Page): Promise<number> {
  return Number(await page.getByLabel('Simulated time').getAttribute('data-time'));
}

/** Drag the playhead to t (the Timeline slider). */
export async function seek(page: Page, t: number): Promise<void> {
  await page.getByRole('slider', { name: 'Timeline' }).fill(String(t));
  await page.waitForFunction((target) => document.querySelector('[aria-label="Simulated time"]')?.getAttribute('data-time') === String(target), t);
}

/** Click a node in the cluster view (selects it and opens its actions). */
export async function selectNode(page: Page, id: number): Promise<void> {
  const node = page.locator(`[data-node="${id}"]`);
  if ((await node.getAttribute('aria-pressed')) !== 'true') await node.click();
  else await page.getByRole('tab', { name: 'Selection' }).click();
  await page.getByRole('heading', { name: `S${id}`, exact: true }).waitFor();
}

/** The scenario the URL holds now (the fragment follows the app, throttled: wait for it). */
export async function scenarioInUrl(page: Page, until: (s: Scenario) => boolean = () => true): Promise<Scenario> {
  let last: Scenario | null = null;
  for (let i = 0; i < 40; i++) {
    const result = decodeShareFragment(new URL(page.url()).hash);
    if (result.ok && result.scenario) {
      last = result.scenario;
      if (until(last)) return last;
    }
    await page.waitForTimeout(100);
  }
  throw new Error(`the URL never held the expected scenario; last: ${JSON.stringify(last?.actions)}`);
}

/** Set playback to real time (the fastest speed). */
export async function fastest(page: Page): Promise<void> {
  await page.getByRole('slider', { name: 'Speed' }).fill('0');
}

export async function chooseProtocol(page: Page, label: 'Raft' | 'Paxos' | '2PC' | '3PC'): Promise<void> {
  await page.getByRole('radio', { name: label, exact: true }).click();
  await page.waitForFunction((l) => document.querySelector('[role="radio"][aria-checked="true"]')?.textContent === l, label);
}

/** Send a client request with a value from a node's actions. */
export async function request(page: Page, node: number, value: string): Promise<void> {
  await selectNode(page, node);
  await page.getByLabel(`Request value for S${node}`).fill(value);
  await page.getByRole('button', { name: 'Send request' }).click();
}

/** The fragment of a scenario with every default and no action (what the older flows start from). */
export function blankLink(base: string, protocol: Scenario['protocol']): string {
  return `${base}#${encodeShareFragment(defaultScenario(protocol))}`;
}

/** Pick a lesson in the combobox named "Lesson". */
export async function chooseLesson(page: Page, title: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Lesson' }).selectOption({ label: title });
  await page.getByRole('region', { name: 'Lesson' }).waitFor();
}

/** Turn "Show the whole run" on (the engineers' view: markers and log lines past the playhead). */
export async function showWholeRun(page: Page): Promise<void> {
  const toggle = page.getByRole('switch', { name: 'Show the whole run' });
  if (!(await toggle.isChecked())) await toggle.check();
}

/** The run's length, as the Timeline slider's maximum. */
export async function runLength(page: Page): Promise<number> {
  return Number(await page.getByRole('slider', { name: 'Timeline' }).getAttribute('max'));
}
