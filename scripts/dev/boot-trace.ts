// Dev aid: what the page's longest start-up task is made of. Loads the built app (a normal link,
// or a heavy one) in Chromium with a devtools timeline trace and prints, for each main-thread task
// over 50 ms before the first node is drawn, its top-level events by duration.
//   npm run -s build && npx tsx scripts/dev/boot-trace.ts [normal|slow|millisecond]
import { startPreview } from '../../test/e2e/preview-server';
import { launchChromium } from '../../test/e2e/browser';
import { encodeShareFragment } from '../../src/scenario/link';
import { defaultScenario } from '../../src/scenario/validate';
import { MILLISECOND_TIMERS, SLOW_DUPLICATING } from '../../test/fixtures/heavy-scenarios';
import type { Scenario } from '../../src/scenario/format';

const which = process.argv[2] ?? 'normal';
const link = which === 'slow' ? SLOW_DUPLICATING : which === 'millisecond' ? MILLISECOND_TIMERS : defaultScenario('raft');
const server = await startPreview();
const browser = await launchChromium();
interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; args?: { data?: { url?: string; functionName?: string } } }
try {
  for (let round = 0; round < Number(process.env.ROUNDS ?? 2); round++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'] });
    await page.goto(server.baseUrl + '#' + encodeShareFragment(link as Scenario), { waitUntil: 'commit' });
    await page.waitForSelector('[data-node="1"]', { timeout: 60_000 });
    await page.waitForTimeout(300);
    const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
    const main = events.find((e) => e.name === 'thread_name' && (e as unknown as { args: { name: string } }).args.name === 'CrRendererMain');
    const onMain = events.filter((e) => main && e.tid === main.tid && e.pid === main.pid && e.ph === 'X' && e.dur !== undefined);
    const tasks = onMain.filter((e) => e.name === 'RunTask' && e.dur! > 50_000);
    for (const task of tasks) {
      const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur!);
      const sum = new Map<string, number>();
      for (const e of inside) {
        const key = e.name + (e.args?.data?.url ? ' ' + e.args.data.url.split('/').pop() : '') + (e.args?.data?.functionName ? ' ' + e.args.data.functionName : '');
        sum.set(key, (sum.get(key) ?? 0) + e.dur! / 1000);
      }
      console.log(`${which} round ${round}: task ${(task.dur! / 1000).toFixed(0)} ms`);
      for (const [k, v] of [...sum].sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log('   ', v.toFixed(1).padStart(7), k);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
