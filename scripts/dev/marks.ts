// Dev aid: open the built app plain and with the worst-case link of a protocol (three times each)
// and print the navigation timing, performance marks, the first frame and every long task.
//   npx vite build && npx tsx scripts/dev/marks.ts 2pc
import { startPreview } from '../../test/e2e/preview-server';
import { launchChromium } from '../../test/e2e/browser';
import { encodeShareFragment } from '../../src/scenario/link';
import { heaviestScenario } from '../../test/fixtures/heavy-scenarios';
import { WATCH_LONG_TASKS } from '../../test/e2e/long-tasks';
const server = await startPreview();
const browser = await launchChromium();
for (const link of ['', '#' + encodeShareFragment(heaviestScenario((process.argv[2] ?? 'raft') as 'raft'))]) for (let i = 0; i < 3; i++) {
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await page.addInitScript(WATCH_LONG_TASKS);
  await page.goto(server.baseUrl + link, { waitUntil: 'commit' });
  const first = await page.evaluate(`new Promise((done) => { const look = () => (document.querySelector('[data-node="1"]') ? done(performance.now()) : requestAnimationFrame(look)); look(); })`);
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name}=${Math.round(m.startTime)}`).join(' '));
  const nav = await page.evaluate(() => { const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming; return `resp=${Math.round(n.responseEnd)} dcl=${Math.round(n.domContentLoadedEventEnd)}`; });
  await page.waitForTimeout(1500);
  const tasks = await page.evaluate(() => (window as unknown as { __watch: { entries: [number, number][] } }).__watch.entries.map(([a, b]) => `${Math.round(a)}+${Math.round(b)}`).join(' '));
  console.log(link ? 'heavy' : 'plain', nav, marks, 'first', Math.round(first as number), 'long:', tasks);
  await page.context().close();
}
await browser.close();
await server.stop();
