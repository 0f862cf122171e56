// Dev aid: the long tasks (PerformanceObserver) of the built app opening a normal link and the two
// heavy links of issue 16, a few rounds each, with when the first node was drawn.
//   npm run -s build && npx tsx scripts/dev/long-tasks.ts   (ROUNDS=4)
import { startPreview } from '../../test/e2e/preview-server';
import { launchChromium } from '../../test/e2e/browser';
import { encodeShareFragment } from '../../src/scenario/link';
import { defaultScenario } from '../../src/scenario/validate';
import { MILLISECOND_TIMERS, SLOW_DUPLICATING } from '../../test/fixtures/heavy-scenarios';
import { WATCH_LONG_TASKS } from '../../test/e2e/long-tasks';
const server = await startPreview();
const browser = await launchChromium();
const rounds = Number(process.env.ROUNDS ?? 4);
try {
  for (const [name, link] of [['normal', defaultScenario('raft')], ['slow', SLOW_DUPLICATING], ['ms', MILLISECOND_TIMERS]] as const) {
    const out: string[] = [];
    for (let r = 0; r < rounds; r++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      await page.addInitScript(WATCH_LONG_TASKS);
      await page.goto(server.baseUrl + '#' + encodeShareFragment(link as never), { waitUntil: 'commit' });
      const opened = await page.evaluate(`new Promise((done) => { const look = () => (document.querySelector('[data-node="1"]') ? done(performance.now()) : requestAnimationFrame(look)); look(); })`) as number;
      await page.waitForTimeout(1500);
      const w = (await page.evaluate('window.__watch.entries')) as [number, number][];
      out.push(`opened ${opened.toFixed(0)} tasks ${w.map(([s, d]) => `${s.toFixed(0)}+${d.toFixed(0)}`).join(' ')}`);
      await context.close();
    }
    console.log(name + '\n  ' + out.join('\n  '));
  }
} finally { await browser.close(); await server.stop(); }
