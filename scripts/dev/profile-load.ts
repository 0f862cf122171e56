// Dev aid: load the built app with the worst-case link of a protocol in Chromium and print the
// main thread's heaviest functions (self time) until the first frame, from a CDP CPU profile.
//   npx vite build --sourcemap && npx tsx scripts/dev/profile-load.ts raft
import { startPreview } from '../../test/e2e/preview-server';
import { launchChromium } from '../../test/e2e/browser';
import { encodeShareFragment } from '../../src/scenario/link';
import { heaviestScenario } from '../../test/fixtures/heavy-scenarios';
import { sourceOf, type Frame } from './source-frames';

const protocol = (process.argv[2] ?? 'raft') as 'raft' | 'paxos' | '2pc' | '3pc' | 'plain';
const fragment = encodeShareFragment(heaviestScenario(protocol === 'plain' ? 'raft' : protocol));
console.log('link chars', fragment.length);
/** Where a frame of the built app comes from (when built with --sourcemap). */
const original = (frame: Frame) => {
  const source = sourceOf(frame);
  return source ? ` (${source})` : '';
};
const server = await startPreview();
const browser = await launchChromium();
try {
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(server.baseUrl + (protocol === 'plain' ? '' : '#' + fragment), { waitUntil: 'commit' });
  await page.waitForSelector('[data-node="1"]', { timeout: 60_000 });
  await page.waitForTimeout(Number(process.env.AFTER_MS ?? 300));
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; hitCount: number }[]; samples: number[]; timeDeltas: number[] } };
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}${original(n.callFrame)}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(1).padStart(8), k);
  // Inclusive time per function (each sample counts once per distinct function on its stack).
  const parent = new Map<number, number>();
  for (const n of profile.nodes as unknown as { id: number; children?: number[] }[]) for (const c of n.children ?? []) parent.set(c, n.id);
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at)!;
      const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
      if (!seen.has(key)) total.set(key, (total.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      seen.add(key);
    }
  });
  console.log('-- inclusive');
  for (const [k, v] of [...total].filter(([k]) => /^[A-Z]/.test(k) || /layout|grow|apply|onmessage|publish|record/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(v.toFixed(1).padStart(8), k);
  const timing = await page.evaluate(() => JSON.stringify(performance.getEntriesByType('navigation').map((e) => (e as PerformanceNavigationTiming).domContentLoadedEventEnd)));
  console.log('domContentLoaded', timing);
} finally {
  await browser.close();
  await server.stop();
}
