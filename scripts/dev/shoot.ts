// Screenshots for looking at the app as a person would: serves dist/ with vite preview, opens
// each named shot (viewport, link fragment, optional clicks) in Debian's Chromium and writes
// test-artifacts/shots/<name>.png. Usage: npm run build && npx tsx scripts/dev/shoot.ts [filter]
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../../test/e2e/browser';
import { startPreview } from '../../test/e2e/preview-server';
import { LESSONS } from '../../src/lessons/library';
import { lessonScenarioAt } from '../../src/lessons/check';
import { encodeShareFragment } from '../../src/scenario/link';
import { defaultScenario } from '../../src/scenario/validate';

interface Shot {
  name: string;
  width: number;
  height: number;
  hash: string;
  dark?: boolean;
  touch?: boolean;
  /** The browser's language (default en-US); zh-CN shows the page in Chinese on its first visit. */
  locale?: string;
  /** Open the explorer and search with its defaults until the counterexample is shown. */
  explore?: boolean;
  /** Select this node (the inspector shows it). */
  node?: number;
}

const shots: Shot[] = [];
for (const lesson of LESSONS) {
  lesson.steps.forEach((step, i) => {
    if (i !== 0 && i !== lesson.steps.length - 1 && i !== Math.floor(lesson.steps.length / 2)) return;
    const scenario = lessonScenarioAt(lesson, i)!;
    shots.push({ name: `lesson-${lesson.id}-s${i + 1}`, width: 1366, height: 768, hash: `#${encodeShareFragment(scenario, step.at)}&lesson=${lesson.id}&step=${i + 1}` });
  });
}
shots.push({ name: 'default-1366', width: 1366, height: 768, hash: '' });
shots.push({ name: 'default-dark', width: 1366, height: 768, hash: '', dark: true });
{
  const lesson = LESSONS[0];
  const scenario = lessonScenarioAt(lesson, 0)!;
  const hash = `#${encodeShareFragment(scenario, lesson.steps[0].at)}&lesson=${lesson.id}&step=1`;
  shots.push({ name: 'presenter-1366', width: 1366, height: 768, hash: hash + '&present=1' });
  shots.push({ name: 'phone-lesson', width: 390, height: 844, hash, touch: true });
  shots.push({ name: 'tablet-lesson', width: 1024, height: 768, hash, touch: true });
  // In Chinese: the header with the language switch at projector size, a lesson, a phone.
  shots.push({ name: 'default-1366-zh', width: 1366, height: 768, hash: '', locale: 'zh-CN' });
  shots.push({ name: 'lesson-zh', width: 1366, height: 768, hash, locale: 'zh-CN' });
  shots.push({ name: 'phone-zh', width: 390, height: 844, hash, touch: true, locale: 'zh-CN' });
}
{
  const hash = `#${encodeShareFragment(defaultScenario('3pc'))}`;
  shots.push({ name: 'explorer-1366', width: 1366, height: 768, hash, explore: true });
  shots.push({ name: 'explorer-phone', width: 390, height: 844, hash, touch: true, explore: true });
}

{
  // The 2PC inspector: the coordinator's tallies and log, in both languages.
  const lesson = LESSONS.find((l) => l.id === '2pc-no-vote')!;
  const last = lesson.steps.length - 1;
  const hash = `#${encodeShareFragment(lessonScenarioAt(lesson, last)!, lesson.steps[last].at)}`;
  shots.push({ name: 'inspector-2pc', width: 1366, height: 768, hash, node: 1 });
  shots.push({ name: 'inspector-2pc-zh', width: 1366, height: 768, hash, node: 1, locale: 'zh-CN' });
  shots.push({ name: 'inspector-2pc-phone-zh', width: 390, height: 844, hash, node: 1, touch: true, locale: 'zh-CN' });
}

const filter = process.argv[2] ?? '';
const out = resolve(import.meta.dirname, '../../test-artifacts/shots');
mkdirSync(out, { recursive: true });
const server = await startPreview();
const browser = await launchChromium();
try {
  for (const shot of shots.filter((s) => s.name.includes(filter))) {
    const context = await browser.newContext({ viewport: { width: shot.width, height: shot.height }, hasTouch: shot.touch, colorScheme: shot.dark ? 'dark' : 'light', locale: shot.locale ?? 'en-US' });
    const page = await context.newPage();
    await page.goto(server.baseUrl + shot.hash);
    // The timeline by its class: its name depends on the language.
    await page.locator('input.scrubber').waitFor();
    if (shot.explore) {
      await page.getByRole('button', { name: 'Explorer', exact: true }).click();
      await page.getByRole('button', { name: 'Find a failure' }).click();
      await page.getByRole('button', { name: 'Open the counterexample' }).waitFor({ timeout: 20_000 });
    }
    if (shot.node !== undefined) await page.locator(`.cluster [data-node="${shot.node}"]`).click();
    await page.waitForTimeout(Number(process.env.SHOT_WAIT_MS ?? 300));
    await page.screenshot({ path: resolve(out, `${shot.name}.png`) });
    await context.close();
    console.log(shot.name);
  }
} finally {
  await browser.close();
  await server.stop();
}
