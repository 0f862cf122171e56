// Dev aid: what the main thread's long tasks are made of while the worker streams the heaviest run
// of a protocol, after the first frame (issue 16: none over 50 ms). Loads the built app in
// Chromium with a timeline trace and a CPU profile (same clock), waits for the whole run, and
// prints each task over LONG_MS (default 40) after the first frame: its trace events by
// duration, and the functions (self time, mapped to sources when built with --sourcemap).
//   npx vite build --sourcemap && npx tsx scripts/dev/heavy-tasks.ts raft [2pc 3pc ...]
//   DIST=/tmp/dist-a serves another build (A/B); PROFILE=0 skips the CPU profile.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { launchChromium } from '../../test/e2e/browser';
import { encodeShareFragment } from '../../src/scenario/link';
import { heaviestScenario } from '../../test/fixtures/heavy-scenarios';
import { sourceOf, type Frame } from './source-frames';
import { WATCH_LONG_TASKS } from '../../test/e2e/long-tasks';

type Protocol = 'raft' | 'paxos' | '2pc' | '3pc';
const protocols = (process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['raft']) as Protocol[];
const dist = resolve(process.env.DIST ?? 'dist');
const longMs = Number(process.env.LONG_MS ?? 40);
const profiling = process.env.PROFILE !== '0';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.map': 'application/json', '.woff2': 'font/woff2' };
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
  let file = join(dist, path);
  if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) file = join(dist, 'index.html');
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const address = server.address();
const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; args?: { name?: string; data?: { url?: string; functionName?: string; type?: string } } }
interface Profile { nodes: { id: number; callFrame: Frame; children?: number[] }[]; samples: number[]; timeDeltas: number[]; startTime: number }

/** Without a trace: the observer's long tasks, their functions from the profile (clock from __calib). */
function attributeWatched(profile: Profile, tasks: [number, number][], first: number, calibAt: number): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const sampleAt: number[] = [];
  let at = profile.startTime;
  for (const delta of profile.timeDeltas) sampleAt.push((at += delta));
  const calibSample = profile.samples.findIndex((id) => byId.get(id)!.callFrame.functionName === '__calib');
  if (calibSample < 0) return console.log('  (no __calib sample)');
  const toPage = (us: number) => (us - sampleAt[calibSample]) / 1000 + calibAt;
  const key = (f: Frame) => `${f.functionName || '(anon)'} ${sourceOf(f) ?? f.url.split('/').pop() + ':' + f.lineNumber}`;
  for (const [start, duration] of tasks) {
    const self = new Map<string, number>();
    const total = new Map<string, number>();
    for (let i = 0; i < profile.samples.length; i++) {
      const t = toPage(sampleAt[i]);
      if (t < start || t > start + duration) continue;
      const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      const node = byId.get(profile.samples[i])!;
      self.set(key(node.callFrame), (self.get(key(node.callFrame)) ?? 0) + ms);
      const seen = new Set<string>();
      for (let n: number | undefined = node.id; n !== undefined; n = parent.get(n)) {
        const k = key(byId.get(n)!.callFrame);
        if (!seen.has(k)) total.set(k, (total.get(k) ?? 0) + ms);
        seen.add(k);
      }
    }
    console.log(`  task at +${(start - first).toFixed(0)} ms: ${duration.toFixed(0)} ms`);
    for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log('     ', v.toFixed(1).padStart(7), k);
    console.log('      inclusive (src):');
    for (const [k, v] of [...total].filter(([k]) => k.includes('src/')).sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log('     ', v.toFixed(1).padStart(7), k);
  }
}

const browser = await launchChromium();
try {
  for (const protocol of protocols) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    page.setDefaultTimeout(300_000);
    await page.addInitScript(WATCH_LONG_TASKS);
    const cdp = await context.newCDPSession(page);
    if (profiling) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: Number(process.env.SAMPLE_US ?? 500) });
    }
    const tracing = process.env.TRACE !== '0';
    if (tracing) await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'blink.user_timing'] });
    if (profiling) await cdp.send('Profiler.start');
    await page.goto(baseUrl + '#' + encodeShareFragment(heaviestScenario(protocol)), { waitUntil: 'commit' });
    // As bench:ui: the first animation frame with a node drawn.
    const first = (await page.evaluate(`new Promise((done) => {
      const look = () => (document.querySelector('[data-node="1"]') ? done(performance.mark('first-frame-seen').startTime) : requestAnimationFrame(look));
      look();
    })`)) as number;
    await page.waitForSelector('progress[aria-label="Computing the run"]', { state: 'detached' });
    await page.waitForTimeout(200);
    // A busy function named __calib at a known performance.now(): where the profile's clock is.
    const calibAt = profiling ? ((await page.evaluate(`(function __calib() { const t = performance.now(); while (performance.now() < t + 8); return t; })()`)) as number) : 0;
    const watched = (await page.evaluate('window.__watch.entries')) as [number, number][];
    console.log(`   long tasks (observer) after the first frame: ${watched.filter(([s]) => s >= first).map(([s, d]) => `+${(s - first).toFixed(0)}:${d.toFixed(0)}`).join(' ')}`);
    const profile = profiling ? ((await cdp.send('Profiler.stop')) as { profile: Profile }).profile : null;
    if (!tracing) {
      if (profile) attributeWatched(profile, watched.filter(([s, d]) => s >= first && d > longMs), first, calibAt);
      await context.close();
      continue;
    }
    const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
    const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((f) => f.pid === e.pid && f.name === 'RunTask' && f.tid === e.tid && (f.dur ?? 0) > 10_000));
    const onMain = events.filter((e) => main && e.tid === main.tid && e.pid === main.pid && e.ph === 'X' && e.dur !== undefined);
    const firstNode = events.find((e) => e.name === 'first-frame-seen');
    const firstAt = firstNode?.ts ?? 0;
    const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ts >= firstAt - 100_000);
    const long = tasks.filter((e) => e.dur! > longMs * 1000);
    const durations = tasks.map((e) => e.dur! / 1000).sort((a, b) => b - a);
    console.log(`== ${protocol}: ${tasks.length} tasks from ~the first frame; longest ${durations.slice(0, 8).map((d) => d.toFixed(0)).join(' ')} ms`);
    // Sample times of the CPU profile (same clock as the trace).
    const sampleAt: number[] = [];
    if (profile) {
      let at = profile.startTime;
      for (const delta of profile.timeDeltas) sampleAt.push((at += delta));
    }
    const byId = new Map(profile?.nodes.map((n) => [n.id, n]) ?? []);
    const parent = new Map<number, number>();
    for (const n of profile?.nodes ?? []) for (const c of n.children ?? []) parent.set(c, n.id);
    for (const task of long) {
      const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur!);
      const sum = new Map<string, number>();
      for (const e of inside) {
        const key = e.name + (e.args?.data?.type ? ' ' + e.args.data.type : '') + (e.args?.data?.functionName ? ' ' + e.args.data.functionName : '');
        sum.set(key, (sum.get(key) ?? 0) + e.dur! / 1000);
      }
      console.log(`  task at +${((task.ts - firstAt) / 1000).toFixed(0)} ms: ${(task.dur! / 1000).toFixed(0)} ms`);
      for (const [k, v] of [...sum].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log('     ', v.toFixed(1).padStart(7), k);
      if (!profile) continue;
      const self = new Map<string, number>();
      const total = new Map<string, number>();
      for (let i = 0; i < profile.samples.length; i++) {
        if (sampleAt[i] < task.ts || sampleAt[i] > task.ts + task.dur!) continue;
        const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
        const node = byId.get(profile.samples[i])!;
        const key = (f: Frame) => `${f.functionName || '(anon)'} ${sourceOf(f) ?? f.url.split('/').pop() + ':' + f.lineNumber}`;
        self.set(key(node.callFrame), (self.get(key(node.callFrame)) ?? 0) + ms);
        const seen = new Set<string>();
        for (let at: number | undefined = node.id; at !== undefined; at = parent.get(at)) {
          const k = key(byId.get(at)!.callFrame);
          if (!seen.has(k)) total.set(k, (total.get(k) ?? 0) + ms);
          seen.add(k);
        }
      }
      console.log('      self:');
      for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log('     ', v.toFixed(1).padStart(7), k);
      console.log('      inclusive (src):');
      for (const [k, v] of [...total].filter(([k]) => k.includes('src/')).sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log('     ', v.toFixed(1).padStart(7), k);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
