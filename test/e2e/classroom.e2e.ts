// The classroom, the phone, the touch tablet and the keyboard: presenter mode at projector size
// (measured text sizes, also at 150 % browser zoom), the phone layout (cluster first and full
// width, playback pinned, panels as tabs), 24 px touch targets on a tablet, axe in each layout,
// and the shortcuts (Space plays wherever focus is and never presses a focused button).

import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { Action } from '../../src/engine/types';
import type { ProtocolName } from '../../src/protocols/registry';
import { keepScreenshot, openPage } from './browser';
import { chooseLesson, clockMs, seek } from './driver';
import { LESSONS } from '../../src/lessons/library';
import { t } from '../../src/i18n/translate';
import { encodeShareFragment } from '../../src/scenario/link';
import { defaultScenario, parseScenario } from '../../src/scenario/validate';
import { seriousViolations } from './axe';
import { suiteBrowser } from './suite-browser';

const browser = suiteBrowser();
const base = () => inject('baseUrl');

/** The smallest rendered font size (CSS px: computed size times the SVG's scale) of each kind of cluster text. */
async function clusterTextSizes(page: Page): Promise<{ name: number; role: number; message: number; messages: number }> {
  return page.evaluate(() => {
    const smallest = (selector: string) => {
      let min = Infinity;
      for (const text of document.querySelectorAll<SVGTextElement>(selector)) {
        const scale = text.getScreenCTM()?.a ?? 1;
        min = Math.min(min, parseFloat(getComputedStyle(text).fontSize) * scale);
      }
      return min;
    };
    return {
      name: smallest('.cluster .node-label'),
      role: smallest('.cluster .node-role'),
      message: smallest('.cluster .message-label'),
      messages: document.querySelectorAll('.cluster .message-label').length,
    };
  });
}

/**
 * Seek to the first millisecond from `from` on where at least `count` labelled messages are in
 * flight (`what`: '.message' for messages, labelled or not).
 */
async function seekToMessages(page: Page, from: number, count = 2, what = '.message-label'): Promise<void> {
  const until = Number(await page.getByRole('slider', { name: 'Timeline' }).getAttribute('max'));
  for (let at = from; at < Math.min(from + 2000, until); at += 10) {
    await seek(page, at);
    if ((await page.locator(`.cluster ${what}`).count()) >= count) return;
  }
  throw new Error('no messages in flight');
}

/** A link to `changes` on the protocol's default scenario. */
function linkTo(protocol: ProtocolName, changes: Record<string, unknown>): string {
  const parsed = parseScenario({ ...defaultScenario(protocol), ...changes });
  if (!parsed.ok) throw new Error(parsed.error);
  return `${base()}#${encodeShareFragment(parsed.scenario)}`;
}

/** A page at `viewport`, touch below 1366 px wide (the tablets and phones a class uses). */
const openAt = (url: string, viewport: { width: number; height: number }) => openPage(browser(), url, { viewport, hasTouch: viewport.width < 1366 });

const raftLesson = LESSONS.find((l) => l.id === 'raft-election')!;

describe('presenter mode at 1366×768', () => {
  test('the button, the key and the link; names and roles ≥ 18 px, message labels ≥ 14 px; panels one click away; axe', async () => {
    const { page, errors } = await openPage(browser(), base());
    await chooseLesson(page, t(raftLesson.titleKey));
    const toggle = page.getByRole('button', { name: 'Presenter mode' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await page.waitForFunction(() => location.hash.includes('&present=1'));
    // The side panels fold away; the lesson stays.
    expect(await page.getByRole('complementary', { name: 'Inspector and event log' }).isVisible()).toBe(false);
    expect(await page.getByRole('region', { name: 'Lesson' }).isVisible()).toBe(true);
    await seekToMessages(page, raftLesson.steps[1].at);
    const sizes = await clusterTextSizes(page);
    console.log('presenter 1366x768 text px', JSON.stringify(sizes));
    expect(sizes.name).toBeGreaterThanOrEqual(18);
    expect(sizes.role).toBeGreaterThanOrEqual(18);
    expect(sizes.message).toBeGreaterThanOrEqual(14);
    const cluster = await page.locator('.cluster').boundingBox();
    expect(cluster!.width).toBeGreaterThan(1366 * 0.55);
    // With the partition tool open too (the issue measured 6.5 px roles there), sizes hold.
    await page.getByRole('button', { name: 'Partition tool' }).click();
    const withTool = await clusterTextSizes(page);
    console.log('presenter + partition tool text px', JSON.stringify(withTool));
    expect(withTool.name).toBeGreaterThanOrEqual(18);
    expect(withTool.role).toBeGreaterThanOrEqual(18);
    await page.getByRole('button', { name: 'Partition tool' }).click();
    expect(await seriousViolations(page), 'presenter mode').toEqual([]);
    await keepScreenshot(page, 'classroom-presenter-1366.png');

    // Each folded panel is one click away.
    await page.getByRole('button', { name: 'Inspector and event log' }).click();
    await page.getByRole('heading', { name: 'Event log' }).waitFor();
    expect(await seriousViolations(page), 'presenter mode, drawer open').toEqual([]);
    await keepScreenshot(page, 'classroom-presenter-drawer.png');
    await page.getByRole('button', { name: 'Inspector and event log' }).click();
    await page.getByRole('button', { name: 'Scenario and invariants' }).click();
    await page.getByRole('heading', { name: 'Invariants' }).waitFor();
    await page.getByRole('button', { name: 'Scenario and invariants' }).click();

    // `p` leaves and enters presenter mode.
    await page.locator('body').focus();
    await page.keyboard.press('p');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.press('p');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');

    // The link opens in presenter mode, at the same step.
    await page.getByRole('button', { name: 'Next step' }).click();
    await page.waitForFunction(() => location.hash.includes('&step=2'));
    const fresh = await openPage(browser(), page.url());
    expect(await fresh.page.getByRole('button', { name: 'Presenter mode' }).getAttribute('aria-pressed')).toBe('true');
    expect(await fresh.page.getByRole('region', { name: 'Lesson' }).textContent()).toContain('Step 2 of');
    await fresh.page.context().close();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('the ordinary layout at 1366×768 with a lesson and the partition tool open: names ≥ 16 px, roles ≥ 12 px, labels ≥ 13 px', async () => {
    const { page } = await openPage(browser(), base());
    await chooseLesson(page, t(raftLesson.titleKey));
    await page.getByRole('button', { name: 'Partition tool' }).click();
    await seekToMessages(page, raftLesson.steps[1].at, 1);
    const sizes = await clusterTextSizes(page);
    console.log('ordinary 1366x768 text px', JSON.stringify(sizes));
    expect(sizes.name).toBeGreaterThanOrEqual(16);
    expect(sizes.role).toBeGreaterThanOrEqual(12); // long role words ("precommitted") may use 0.75rem
    expect(sizes.message).toBeGreaterThanOrEqual(13);
    await keepScreenshot(page, 'classroom-ordinary-1366.png');
    await page.context().close();
  });

  test('browser zoom at 150 % makes the cluster text larger, never smaller', async () => {
    const measure = async (zoom: number) => {
      // 150 % zoom of a 1366×768 screen: a viewport of 911×512 CSS px at 1.5 device px each.
      const { page } = await openPage(browser(), base(), {
        viewport: { width: Math.round(1366 / zoom), height: Math.round(768 / zoom) },
        deviceScaleFactor: zoom,
      });
      await chooseLesson(page, t(raftLesson.titleKey));
      await page.getByRole('button', { name: 'Presenter mode' }).click();
      // Larger text leaves room for fewer labels (placement thins them): one is enough to measure.
      await seekToMessages(page, raftLesson.steps[1].at, 1);
      const sizes = await clusterTextSizes(page);
      await keepScreenshot(page, `classroom-presenter-zoom-${Math.round(zoom * 100)}.png`);
      await page.context().close();
      // Device pixels: what the eye sees.
      return { name: sizes.name * zoom, role: sizes.role * zoom, message: sizes.message * zoom };
    };
    const normal = await measure(1);
    const zoomed = await measure(1.5);
    console.log('presenter device px at 100 % and 150 %', JSON.stringify({ normal, zoomed }));
    expect(zoomed.name).toBeGreaterThan(normal.name);
    expect(zoomed.role).toBeGreaterThan(normal.role);
    expect(zoomed.message).toBeGreaterThan(normal.message);
  });
});

describe('phone 390×844 (touch)', () => {
  test('the cluster comes first and fills the width; playback pinned at the bottom; panels as tabs; axe', async () => {
    const { page, errors } = await openPage(browser(), base(), { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const cluster = (await page.locator('.cluster').boundingBox())!;
    console.log('phone cluster box', JSON.stringify(cluster));
    expect(cluster.width).toBeGreaterThanOrEqual(390 * 0.8);
    expect(cluster.height).toBeGreaterThan(250);
    expect(cluster.y).toBeLessThan(844 / 2);
    const play = (await page.getByRole('button', { name: 'Play', exact: true }).boundingBox())!;
    expect(play.y + play.height).toBeLessThanOrEqual(844);
    for (const name of ['Import', 'Export', 'Copy link', 'Presenter mode']) {
      const box = (await page.getByRole('button', { name, exact: true }).boundingBox())!;
      expect(box.x + box.width, name).toBeLessThanOrEqual(390);
    }
    expect(await seriousViolations(page), 'phone').toEqual([]);
    await keepScreenshot(page, 'classroom-phone.png');
    await page.getByRole('button', { name: 'Inspector and event log' }).tap();
    await page.getByRole('heading', { name: 'Event log' }).waitFor();
    // Still reachable after scrolling to the panel: the bar is pinned.
    await page.getByRole('heading', { name: 'Event log' }).scrollIntoViewIfNeeded();
    const playAfter = (await page.getByRole('button', { name: 'Play', exact: true }).boundingBox())!;
    expect(playAfter.y + playAfter.height).toBeLessThanOrEqual(844);
    expect(await seriousViolations(page), 'phone, inspector tab').toEqual([]);
    await keepScreenshot(page, 'classroom-phone-inspector.png', { fullPage: true });

    await chooseLesson(page, t(raftLesson.titleKey));
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await seriousViolations(page), 'phone, lesson').toEqual([]);
    await keepScreenshot(page, 'classroom-phone-lesson.png');
    // A node tapped on the phone gets its actions under the cluster.
    await page.getByRole('button', { name: 'Inspector and event log' }).tap();
    await page.locator('[data-node="2"]').tap();
    await page.getByRole('group', { name: 'Actions of S2' }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('the key opens inside the screen', async () => {
    const { page, errors } = await openPage(browser(), base(), { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.getByText('Key', { exact: true }).tap();
    const key = (await page.locator('.legend-key[open] ul').boundingBox())!;
    expect(key.x).toBeGreaterThanOrEqual(0);
    expect(key.x + key.width).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('touch tablet 1024×768', () => {
  test('a lesson at 1024×768, in English and in Chinese: its buttons inside the panel, nothing wider than it after a tap, its question inside its box', async () => {
    const lesson = LESSONS.find((l) => l.id === 'raft-election')!;
    for (const locale of ['en', 'zh-CN']) {
      const { page, errors } = await openPage(browser(), base(), { viewport: { width: 1024, height: 768 }, hasTouch: true, locale });
      await page.locator('.lesson-picker select').selectOption(lesson.id);
      const panel = page.locator('.lesson-panel');
      await panel.waitFor();
      const next = panel.locator('.lesson-nav button.primary');
      for (let step = 0; step < lesson.steps.length - 1; step++) {
        const [box, button] = [(await panel.boundingBox())!, (await next.boundingBox())!];
        expect(button.x + button.width, `${locale} step ${step + 1}: Next inside the panel`).toBeLessThanOrEqual(box.x + box.width);
        await next.tap();
        const sideways = await panel.evaluate((e) => ({ scrollLeft: e.scrollLeft, wider: e.scrollWidth - e.clientWidth }));
        expect(sideways, `${locale} after step ${step + 1}`).toEqual({ scrollLeft: 0, wider: 0 });
        const legend = panel.locator('.lesson-question legend');
        if ((await legend.count()) > 0) {
          const [fieldset, text] = [(await panel.locator('.lesson-question').boundingBox())!, (await legend.boundingBox())!];
          expect(text.y, `${locale} step ${step + 2}: the question under its box's top border`).toBeGreaterThan(fieldset.y);
        }
      }
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  test('links, messages in flight and timeline markers are at least 24×24 px; axe', async () => {
    const { page, errors } = await openPage(browser(), base(), { viewport: { width: 1024, height: 768 }, hasTouch: true });
    await chooseLesson(page, t('lessons.raft-leader-crash.title'));
    await page.getByRole('switch', { name: 'Show the whole run' }).check();
    // Messages, labelled or not: at this size a label that would cover a node's name is left out.
    await seekToMessages(page, 1200, 2, '.message');
    const targets = await page.evaluate(() => {
      const scale = document.querySelector<SVGSVGElement>('.cluster-base')!.getScreenCTM()!.a;
      const link = Math.min(...[...document.querySelectorAll('.link-hit')].map((l) => parseFloat(getComputedStyle(l).strokeWidth) * scale));
      const boxes = (selector: string) => [...document.querySelectorAll(selector)].map((e) => e.getBoundingClientRect()).map((r) => Math.min(r.width, r.height));
      return { link, messages: boxes('.cluster .message-hit'), markers: boxes('.timeline .marker') };
    });
    console.log('tablet targets px', JSON.stringify({ link: targets.link, message: Math.min(...targets.messages), marker: Math.min(...targets.markers) }));
    expect(targets.messages.length).toBeGreaterThan(0);
    expect(targets.markers.length).toBeGreaterThan(0);
    expect(targets.link).toBeGreaterThanOrEqual(24);
    for (const size of targets.messages) expect(size).toBeGreaterThanOrEqual(24);
    for (const size of targets.markers) expect(size).toBeGreaterThanOrEqual(24);
    expect(await seriousViolations(page), 'tablet').toEqual([]);
    await keepScreenshot(page, 'classroom-tablet.png');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('the Cluster/Diagram/Both switch covers no node of a 9-node cluster, here and at 1366×768', async () => {
    const url = linkTo('3pc', { nodes: 9 });
    for (const viewport of [{ width: 1024, height: 768 }, { width: 1366, height: 768 }]) {
      const { page, errors } = await openAt(url, viewport);
      for (const view of ['Cluster', 'Both']) {
        await page.getByRole('radio', { name: view, exact: true }).click();
        await page.locator('[data-node="9"] .node-body').waitFor();
        const covered = await page.evaluate(() => {
          const a = document.querySelector('.stage-view-switch')!.getBoundingClientRect();
          return [...document.querySelectorAll('[data-node] .node-body')]
            .map((circle) => circle.getBoundingClientRect())
            .filter((b) => b.left < a.right && a.left < b.right && b.top < a.bottom && a.top < b.bottom).length;
        });
        expect(covered, `${viewport.width}×${viewport.height} ${view}`).toBe(0);
      }
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  test("nine nodes in the both view: each node's caption clear of the other nodes and captions, the diagram's lane names apart", async () => {
    const url = linkTo('raft', { nodes: 9 });
    for (const viewport of [{ width: 1366, height: 768 }, { width: 390, height: 844 }]) {
      const where = `${viewport.width}×${viewport.height}`;
      const { page, errors } = await openAt(url, viewport);
      await page.getByRole('radio', { name: 'Both', exact: true }).click();
      await page.locator('[data-node="9"] .node-caption').waitFor();
      await page.locator('.d-lane-name').nth(8).waitFor();
      const found = await page.evaluate(() => {
        const meets = (box: DOMRect, c: DOMRect) => {
          const r = c.width / 2;
          const cx = c.left + r;
          const cy = c.top + r;
          const nx = Math.min(Math.max(cx, box.left), box.right);
          const ny = Math.min(Math.max(cy, box.top), box.bottom);
          return (nx - cx) ** 2 + (ny - cy) ** 2 < r * r;
        };
        const apart = (a: DOMRect, b: DOMRect) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        const circles = [...document.querySelectorAll('[data-node] .node-body')].map((c) => c.getBoundingClientRect());
        const captions = [...document.querySelectorAll('[data-node] .node-caption')].map((text) => ({
          node: Number(text.closest('[data-node]')!.getAttribute('data-node')),
          box: text.getBoundingClientRect(),
        }));
        const cluster = document.querySelector('.cluster')!.getBoundingClientRect();
        const hidden: string[] = [];
        for (const { node, box } of captions) {
          circles.forEach((c, i) => i + 1 !== node && meets(box, c) && hidden.push(`S${node}'s caption on S${i + 1}`));
          for (const other of captions) if (other.node > node && !apart(box, other.box)) hidden.push(`S${node}'s caption on S${other.node}'s`);
          if (box.left < cluster.left || box.right > cluster.right || box.top < cluster.top || box.bottom > cluster.bottom) hidden.push(`S${node}'s caption off the cluster`);
        }
        const lanes = [...document.querySelectorAll('.d-lane-name')].map((n) => n.getBoundingClientRect());
        lanes.forEach((a, i) => lanes.slice(i + 1).forEach((b, j) => !apart(a, b) && hidden.push(`lane names ${i + 1} and ${i + j + 2} overlap`)));
        return { hidden, captions: captions.length, lanes: lanes.length };
      });
      expect(found.captions, where).toBe(9);
      expect(found.lanes, where).toBe(9);
      expect(found.hidden, where).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });
});

describe('always-visible state', () => {
  test('the event log draws its lines one under the other, with no blank band between them, in English and in Chinese', async () => {
    for (const locale of ['en', 'zh-CN']) {
      const { page, errors } = await openPage(browser(), base(), { locale });
      await page.locator('.lesson-picker select').selectOption('3pc-partition');
      await page.locator('.lesson-panel').waitFor();
      for (let i = 0; i < 2; i++) await page.locator('.lesson-nav button.primary').click();
      await page.getByRole('switch', { name: locale === 'en' ? 'Show the whole run' : '显示整个运行' }).check();
      await page.locator('.log-lines li').nth(8).waitFor();
      // From one line's text to the next: the lines' padding (2 + 2 px), no blank band.
      const gaps = await page.evaluate(() => {
        const texts = [...document.querySelectorAll('.log-lines li .log-text')].map((text) => text.getBoundingClientRect());
        return texts.slice(1).map((box, i) => Math.round(box.top - texts[i].bottom));
      });
      expect(gaps.length, locale).toBeGreaterThan(8);
      expect(gaps.filter((gap) => gap > 4), locale).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  test("Raft's log strip covers no node nor its caption, and the partition's caption none either: 7 nodes at 1366×768 and 1024×768", async () => {
    const actions: Action[] = [];
    for (let i = 1; i <= 12; i++) actions.push({ at: 300 + i * 100, do: 'request', node: 1 + (i % 7), value: `v${i}` });
    actions.push({ at: 1000, do: 'crash', node: 2 }, { at: 1500, do: 'partition', groups: [[1, 2, 3], [4, 5, 6, 7]] });
    const url = linkTo('raft', { nodes: 7, until: 3000, actions });
    for (const viewport of [{ width: 1366, height: 768 }, { width: 1024, height: 768 }]) {
      const where = `${viewport.width}×${viewport.height}`;
      const { page, errors } = await openAt(url, viewport);
      await page.getByRole('radio', { name: 'Cluster', exact: true }).click();
      await seek(page, 2600);
      await page.locator('.network-caption').waitFor();
      const covered = await page.evaluate(() => {
        const apart = (a: DOMRect, b: DOMRect) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        const overlays = [...document.querySelectorAll('.raft-log-strip, .network-caption')].map((e) => ({ name: e.className, box: e.getBoundingClientRect() }));
        const out: string[] = [];
        for (const node of document.querySelectorAll('[data-node]')) {
          const id = node.getAttribute('data-node');
          for (const part of node.querySelectorAll('.node-body, .node-caption')) {
            for (const { name, box } of overlays) if (!apart(part.getBoundingClientRect(), box)) out.push(`${name} over S${id}'s ${part.getAttribute('class')}`);
          }
        }
        return { out, strips: document.querySelectorAll('.raft-log-strip .strip-row').length };
      });
      expect(covered.strips, where).toBe(7);
      expect(covered.out, where).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  test('a log strip per Raft node; each Paxos acceptor shows its accepted (ballot, value)', async () => {
    const { page, errors } = await openPage(browser(), base());
    const repair = LESSONS.find((l) => l.id === 'raft-log-repair')!;
    await chooseLesson(page, t(repair.titleKey));
    for (let i = 1; i < repair.steps.length; i++) await page.getByRole('button', { name: 'Next step' }).click();
    const strip = page.getByRole('group', { name: /^Logs/ });
    const rows = await strip.getByRole('img').evaluateAll((r) => r.map((e) => e.getAttribute('aria-label')));
    expect(rows).toHaveLength(5);
    expect(rows.some((r) => /entries, committed up to [1-9]/.test(r ?? ''))).toBe(true);
    expect(await page.locator('.strip-cell.committed').count()).toBeGreaterThan(0);
    await keepScreenshot(page, 'classroom-raft-log-strip.png');

    const single = LESSONS.find((l) => l.id === 'paxos-single')!;
    await chooseLesson(page, t(single.titleKey));
    for (let i = 1; i < single.steps.length; i++) await page.getByRole('button', { name: 'Next step' }).click();
    const accepted = await page.locator('.node-detail').allTextContents();
    expect(accepted.filter((text) => text === 'accepted (1.1, v=A)').length).toBeGreaterThanOrEqual(3);
    expect(await page.locator('[data-node="2"]').getAttribute('aria-label')).toContain('accepted (1.1, v=A)');
    await keepScreenshot(page, 'classroom-paxos-accepted.png');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the network drawn', () => {
  test('a partition as shaded groups with a caption; a one-way cut with an arrowhead', async () => {
    const scenario = { ...defaultScenario('raft'), actions: [{ at: 100, do: 'partition', groups: [[1, 3, 4], [2, 5]] }, { at: 300, do: 'heal' }, { at: 300, do: 'cut', from: 2, to: 4 }] };
    const parsed = parseScenario(scenario);
    if (!parsed.ok) throw new Error(parsed.error);
    const { page, errors } = await openPage(browser(), `${base()}#${encodeShareFragment(parsed.scenario, 200)}`);
    expect(await page.locator('.partition-group').evaluateAll((groups) => groups.map((g) => g.getAttribute('data-group')))).toEqual(['1,3,4', '2,5']);
    await page.getByText('Partitioned: {S1, S3, S4} | {S2, S5}').waitFor();
    await keepScreenshot(page, 'classroom-partition.png');
    await seek(page, 400);
    expect(await page.locator('.partition-group').count()).toBe(0);
    expect(await page.locator('[data-link="2-4"] .link-line').getAttribute('marker-end')).toBe('url(#cut-arrow)');
    expect(await page.locator('[data-link="4-2"] .link-line').getAttribute('marker-end')).toBeNull();
    await page.getByText('S2 → S4 cut one way (S4 → S2 still works)').waitFor();
    await keepScreenshot(page, 'classroom-one-way-cut.png');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('a selected violation', () => {
  test('is scrolled into view with the chain of events that led there (3PC partition)', async () => {
    const { page, errors } = await openPage(browser(), base());
    await chooseLesson(page, '3PC: a partition splits the decision');
    await page.getByRole('switch', { name: 'Show the whole run' }).check();
    await page.getByRole('button', { name: /^Violation of Atomicity/ }).first().click();
    const chain = page.getByText(/S2 never received PreCommit from S1/);
    await chain.waitFor();
    expect(await chain.isVisible()).toBe(true);
    const box = (await chain.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(768);
    await page.getByText(/timed out uncertain on T1/).first().waitFor();
    await page.getByText(/S1 decides commit for T1/).first().waitFor();
    await keepScreenshot(page, 'classroom-violation-chain.png');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('keyboard', () => {
  const isPlaying = (page: Page) => page.getByRole('button', { name: 'Pause', exact: true }).isVisible();

  test('Space plays after choosing a lesson, after clicking a node, after Crash; never presses a focused Crash/Restart', async () => {
    const { page, errors } = await openPage(browser(), base());
    await chooseLesson(page, t(raftLesson.titleKey));
    await page.keyboard.press('Space');
    expect(await isPlaying(page)).toBe(true);
    await page.keyboard.press('k');
    expect(await isPlaying(page)).toBe(false);
    await page.getByRole('button', { name: 'Close the lesson' }).click();

    await seek(page, 500);
    await page.locator('[data-node="5"]').click();
    await page.getByRole('heading', { name: 'S5', exact: true }).waitFor();
    await page.keyboard.press('Space');
    expect(await isPlaying(page)).toBe(true);
    expect(await page.locator('[data-node="5"]').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Space');
    expect(await isPlaying(page)).toBe(false);

    // Space on a focused Crash button plays; it does not crash.
    const at = await clockMs(page);
    await page.getByRole('button', { name: 'Crash S5' }).focus();
    await page.keyboard.press('Space');
    expect(await isPlaying(page)).toBe(true);
    await page.keyboard.press('Space');
    expect(await page.locator('[data-node="5"]').getAttribute('aria-label')).not.toMatch(/crashed/);

    // Crash by click: focus leaves the flipped button; Space then plays, never restarts.
    await seek(page, at);
    await page.getByRole('button', { name: 'Crash S5' }).click();
    await page.getByRole('button', { name: 'Restart S5' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-node') === '5');
    expect(await page.evaluate(() => document.activeElement?.textContent)).not.toMatch(/Restart/);
    await page.getByRole('button', { name: 'Restart S5' }).focus();
    await page.keyboard.press('Space');
    expect(await isPlaying(page)).toBe(true);
    await page.keyboard.press('Space');
    expect(await page.locator('[data-node="5"]').getAttribute('aria-label')).toMatch(/crashed/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('arrows step events on the timeline; PageDown/PageUp and . move lesson steps', async () => {
    const { page } = await openPage(browser(), base());
    await seek(page, 300);
    const slider = page.getByRole('slider', { name: 'Timeline' });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    const next = await clockMs(page);
    // A step goes to the next event, not 1 ms further.
    expect(next).toBeGreaterThan(300);
    await page.keyboard.press('ArrowRight');
    const after = await clockMs(page);
    expect(after).toBeGreaterThan(next);
    await page.keyboard.press('ArrowLeft');
    expect(await clockMs(page)).toBe(next);

    await chooseLesson(page, t(raftLesson.titleKey));
    const region = page.getByRole('region', { name: 'Lesson' });
    await page.keyboard.press('PageDown');
    expect(await region.textContent()).toContain(`Step 2 of ${raftLesson.steps.length}`);
    await page.keyboard.press('.');
    expect(await region.textContent()).toContain(`Step 3 of ${raftLesson.steps.length}`);
    await page.keyboard.press('PageUp');
    expect(await region.textContent()).toContain(`Step 2 of ${raftLesson.steps.length}`);
    expect(await clockMs(page)).toBe(raftLesson.steps[1].at);
    await page.context().close();
  });

  test('a skip link to Play; the event log is one Tab stop with arrows; a selected node’s actions within three Tabs', async () => {
    const { page } = await openPage(browser(), base());
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the playback controls');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Play');

    await seek(page, 1500);
    // The side panels follow the playhead a render behind the clock (panelTime): wait for the
    // log to reach it (its last line is the playhead's) before counting its Tab stops.
    await page.waitForFunction(() => Number(document.querySelector('.log-lines li:last-child .log-time')?.textContent) > 1000);
    const stops = await page.evaluate(() => [...document.querySelectorAll('.log-lines button')].filter((b) => (b as HTMLElement).tabIndex === 0).length);
    expect(stops).toBe(1);
    await page.locator('.log-lines button[tabindex="0"]').focus();
    const before = await page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-row'));
    await page.keyboard.press('ArrowUp');
    const after = await page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-row'));
    expect(Number(after)).toBe(Number(before) - 1);

    await page.locator('[data-node="3"]').focus();
    await page.keyboard.press('Enter');
    // The node's actions come with the panels' next render: counting Tabs before they exist
    // would count the nodes after S3 instead.
    await page.getByRole('button', { name: 'Crash S3' }).waitFor();
    let reached = '';
    for (let i = 0; i < 3 && !/^Crash S3$/.test(reached); i++) {
      await page.keyboard.press('Tab');
      reached = (await page.evaluate(() => document.activeElement?.textContent?.trim())) ?? '';
    }
    expect(reached).toBe('Crash S3');
    await page.context().close();
  });
});
