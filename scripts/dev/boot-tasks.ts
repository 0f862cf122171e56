// Dev aid: the page's long stretches of main-thread work while it opens, from a CDP CPU profile.
// Splits the samples into busy stretches (no idle sample) and prints each stretch over 50 ms with
// its heaviest functions (self time), mapped to sources when built with --sourcemap.
//   npx vite build --sourcemap && npx tsx scripts/dev/boot-tasks.ts [normal|slow|millisecond|worst]   (AFTER_MS=300)
import { sourceOf, type Frame } from './source-frames';
import { startPreview } from '../../test/e2e/preview-server';
import { launchChromium } from '../../test/e2e/browser';
import { encodeShareFragment } from '../../src/scenario/link';
import { defaultScenario } from '../../src/scenario/validate';
import { heaviestScenario, MILLISECOND_TIMERS, SLOW_DUPLICATING } from '../../test/fixtures/heavy-scenarios';
import type { Scenario } from '../../src/scenario/format';

const which = process.argv[2] ?? 'normal';
const link = which === 'slow' ? SLOW_DUPLICATING : which === 'millisecond' ? MILLISECOND_TIMERS : which === 'worst' ? heaviestScenario('raft') : defaultScenario('raft');
function where(frame: Frame): string {
  return `${frame.functionName || '(anon)'} ${sourceOf(frame) ?? frame.url.split('/').pop()}`;
}
const server = await startPreview();
const browser = await launchChromium();
try {
  for (let round = 0; round < Number(process.env.ROUNDS ?? 2); round++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await cdp.send('Profiler.start');
    await page.goto(server.baseUrl + '#' + encodeShareFragment(link as Scenario), { waitUntil: 'commit' });
    await page.waitForSelector('[data-node="1"]', { timeout: 60_000 });
    await page.waitForTimeout(Number(process.env.AFTER_MS ?? 300));
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: Frame; children?: number[] }[]; samples: number[]; timeDeltas: number[] } };
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    let stretch: { ms: number; self: Map<string, number> } = { ms: 0, self: new Map() };
    const stretches: (typeof stretch)[] = [];
    profile.samples.forEach((id, i) => {
      const frame = byId.get(id)!.callFrame;
      const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      if (frame.functionName === '(idle)') {
        if (stretch.ms > 50) stretches.push(stretch);
        stretch = { ms: 0, self: new Map() };
        return;
      }
      stretch.ms += ms;
      const key = where(frame);
      stretch.self.set(key, (stretch.self.get(key) ?? 0) + ms);
    });
    if (stretch.ms > 50) stretches.push(stretch);
    for (const s of stretches) {
      console.log(`${which} round ${round}: busy ${s.ms.toFixed(0)} ms`);
      for (const [k, v] of [...s.self].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log('   ', v.toFixed(1).padStart(7), k);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
