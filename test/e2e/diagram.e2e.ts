// The space-time diagram in Chromium: it appears for each protocol; clicking an arrow seeks the
// cluster to that delivery; the playhead line moves during playback; the SVG, JSON and ShiViz
// downloads are well-formed; axe finds no serious or critical violation around it.

import { describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { keepScreenshot, openPage } from './browser';
import { chooseProtocol, clockMs, fastest, runLength, seek, showWholeRun } from './driver';
import { encodeShareFragment } from '../../src/scenario/link';
import { parseScenario } from '../../src/scenario/validate';
import { computeRun } from '../../src/store/compute-run';
import { diagramData } from '../../src/ui/diagram/diagram-data';
import { buildScene } from '../../src/ui/diagram/scene';
import { parseShivizLog } from '../../src/export/shiviz';
import { seriousViolations } from './axe';
import { suiteBrowser } from './suite-browser';

const browser = suiteBrowser();
const base = () => inject('baseUrl');

const plot = (page: Page) => page.getByRole('img', { name: 'Space-time diagram' });

/** Open the app and show the diagram under the cluster (the stage opens on the cluster alone). */
async function openWithDiagram(url: string, options: Parameters<typeof openPage>[2] = {}) {
  const opened = await openPage(browser(), url, options);
  await opened.page.getByRole('radio', { name: 'Both', exact: true }).click();
  return opened;
}

async function drawnArrows(page: Page): Promise<number> {
  return Number(await page.locator('svg.diagram-svg').getAttribute('data-arrows'));
}

/** A small Raft run with slow links: few arrows, far apart. */
function slowScenario() {
  const parsed = parseScenario({
    version: 1,
    protocol: 'raft',
    seed: 4,
    nodes: 3,
    until: 1200,
    network: { latencyMsMin: 80, latencyMsMax: 160, dropRatio: 0, duplicateRatio: 0 },
    params: { heartbeatMs: 300 },
    actions: [{ at: 900, do: 'crash', node: 3 }],
  });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.scenario;
}

describe('space-time diagram', () => {
  test('appears for each protocol and draws the run up to the playhead', async () => {
    const { page, errors } = await openWithDiagram(base(), { viewport: { width: 1366, height: 768 } });
    for (const protocol of ['Raft', 'Paxos', '2PC', '3PC'] as const) {
      await chooseProtocol(page, protocol);
      await expect.poll(() => plot(page).isVisible()).toBe(true);
      await seek(page, await runLength(page));
      await expect.poll(() => drawnArrows(page)).toBeGreaterThan(0);
      await keepScreenshot(page, `diagram-${protocol.toLowerCase()}.png`);
      // Hide the future: at time 0 nothing has been sent yet.
      await seek(page, 0);
      await expect.poll(() => drawnArrows(page)).toBe(0);
    }
    // The cluster keeps most of the stage at 1366×768.
    const cluster = await page.getByRole('group', { name: 'Cluster' }).boundingBox();
    const diagram = await plot(page).boundingBox();
    expect(cluster!.height).toBeGreaterThan(diagram!.height);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('clicking an arrow seeks to its delivery and selects the message', async () => {
    const scenario = slowScenario();
    const { record } = computeRun(scenario);
    const { page, errors } = await openWithDiagram(`${base()}#${encodeShareFragment(scenario, scenario.until)}`, { viewport: { width: 1366, height: 768 } });
    await expect.poll(() => drawnArrows(page)).toBeGreaterThan(0);
    const svg = page.locator('svg.diagram-svg');
    const box = (await svg.boundingBox())!;
    const t0 = Number(await svg.getAttribute('data-t0'));
    const t1 = Number(await svg.getAttribute('data-t1'));
    // The same scene in Node: pick the delivered arrow whose middle is farthest from any other arrow.
    const scene = buildScene(diagramData(record), { t0, t1, width: Math.round(box.width), height: Math.round(box.height) }, { cutoff: scenario.until, selectedEvent: null, markText: () => '', networkText: () => '' });
    const delivered = scene.arrows.filter((a) => record.messages.fate[a.id] === 1 && !a.open);
    let best = delivered[0];
    let bestGap = -1;
    for (const a of delivered) {
      const mx = (a.x1 + a.x2) / 2;
      const my = (a.y1 + a.y2) / 2;
      let gap = Infinity;
      for (const b of scene.arrows) if (b !== a) gap = Math.min(gap, distance(mx, my, b));
      for (const m of [...scene.marks, ...scene.timerTicks]) gap = Math.min(gap, Math.hypot(m.x - mx, m.y - my));
      if (gap > bestGap) {
        bestGap = gap;
        best = a;
      }
    }
    expect(bestGap).toBeGreaterThan(8);
    await page.mouse.move(box.x + (best.x1 + best.x2) / 2, box.y + (best.y1 + best.y2) / 2);
    await expect.poll(() => page.locator('.diagram-tooltip').textContent()).toContain(`#${best.id} `);
    await page.mouse.click(box.x + (best.x1 + best.x2) / 2, box.y + (best.y1 + best.y2) / 2);
    const endAt = record.messages.endAt[best.id];
    await expect.poll(() => clockMs(page)).toBe(endAt);
    await expect.poll(() => page.locator('.d-selected-arrow').count()).toBe(1);
    // The causal cone of the delivery is shown.
    await expect.poll(() => page.locator('.d-cone-past').getAttribute('d')).not.toBe('');
    await keepScreenshot(page, 'diagram-clicked-arrow.png');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('the playhead line moves during playback; keys zoom and pan; Fit the run restores the window', async () => {
    const { page, errors } = await openWithDiagram(base(), { viewport: { width: 1366, height: 768 } });
    const line = page.locator('.d-playhead-line');
    await seek(page, 500);
    await expect.poll(() => line.getAttribute('data-time')).toBe('500');
    const before = Number(await line.getAttribute('x1'));
    await fastest(page);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(async () => Number(await line.getAttribute('x1')), { timeout: 10_000 }).toBeGreaterThan(before + 5);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();

    const svg = page.locator('svg.diagram-svg');
    const span = async () => Number(await svg.getAttribute('data-t1')) - Number(await svg.getAttribute('data-t0'));
    const whole = await span();
    await plot(page).focus();
    await page.keyboard.press('+');
    await expect.poll(span).toBeLessThan(whole * 0.8);
    expect(await page.getByRole('button', { name: 'Follow the playhead' }).getAttribute('aria-pressed')).toBe('false');
    const t0 = Number(await svg.getAttribute('data-t0'));
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => Number(await svg.getAttribute('data-t0'))).not.toBe(t0);
    // Wheel zooms too.
    const box = (await plot(page).boundingBox())!;
    const zoomed = await span();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -300);
    await expect.poll(span).toBeLessThan(zoomed);
    await page.getByRole('button', { name: 'Fit the run' }).click();
    await expect.poll(span).toBeCloseTo(whole, 0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('SVG, JSON and ShiViz downloads are well-formed', async () => {
    const scenario = slowScenario();
    const { page, errors } = await openWithDiagram(`${base()}#${encodeShareFragment(scenario, scenario.until)}`);
    await expect.poll(() => drawnArrows(page)).toBeGreaterThan(0);
    const download = async (name: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
      return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
    };
    const svg = await download('SVG');
    expect(svg.name).toBe('consensus-lab-raft-seed4.svg');
    expect(svg.text).not.toMatch(/var\(--/);
    const problems = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { error: doc.getElementsByTagName('parsererror').length, root: doc.documentElement.nodeName, paths: doc.getElementsByTagName('path').length };
    }, svg.text);
    expect(problems).toMatchObject({ error: 0, root: 'svg' });
    expect(problems.paths).toBeGreaterThan(3);

    const json = JSON.parse((await download('JSON')).text);
    const { record } = computeRun(scenario);
    expect(json.events).toHaveLength(record.trace.count);
    expect(json.messages).toHaveLength(record.messages.count);

    const shiviz = await download('ShiViz log');
    const events = parseShivizLog(shiviz.text);
    expect(events.slice(0, 3).map((e) => e.host)).toEqual(['S1', 'S2', 'S3']);
    expect(events.length).toBeGreaterThan(10);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('axe: no serious or critical violation with the diagram, light and dark, an event selected', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, errors } = await openWithDiagram(base(), { colorScheme, viewport: { width: 1366, height: 768 } });
      await showWholeRun(page);
      await seek(page, 1500);
      expect(await seriousViolations(page), `${colorScheme}, both`).toEqual([]);
      await page.getByRole('radio', { name: 'Diagram', exact: true }).click();
      const box = (await plot(page).boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      expect(await seriousViolations(page), `${colorScheme}, diagram only`).toEqual([]);
      await keepScreenshot(page, `diagram-only-${colorScheme}.png`);
      await page.getByRole('radio', { name: 'Both', exact: true }).click();
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });
});

function distance(px: number, py: number, a: { x1: number; y1: number; x2: number; y2: number }): number {
  const dx = a.x2 - a.x1;
  const dy = a.y2 - a.y1;
  const length2 = dx * dx + dy * dy;
  const f = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - a.x1) * dx + (py - a.y1) * dy) / length2));
  return Math.hypot(px - (a.x1 + f * dx), py - (a.y1 + f * dy));
}

