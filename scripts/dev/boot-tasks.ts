// Dev aid: the page's long stretches of main-thread work while it opens, from a CDP CPU profile.
// Splits the samples into busy stretches (no idle sample) and prints each stretch over 50 ms with
// its heaviest functions (self time), mapped to sources when built with --sourcemap.
//   npx vite build --sourcemap && npx tsx scripts/dev/boot-tasks.ts [normal|slow|millisecond|worst]   (AFTER_MS=300)
import { readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
import { startPreview } from '../../test/e2e/preview-server';
import { launchChromium } from '../../test/e2e/browser';
import { encodeShareFragment } from '../../src/scenario/link';
import { defaultScenario, parseScenario } from '../../src/scenario/validate';
import { MILLISECOND_TIMERS, SLOW_DUPLICATING } from '../../test/fixtures/heavy-scenarios';
import type { Scenario } from '../../src/scenario/format';

const which = process.argv[2] ?? 'normal';
/** The heaviest loadable Raft link (issue 16): 9 nodes, 600 s, 10 000 requests, every message duplicated. */
function worstRaft(): Scenario {
  const until = 600_000;
  const actions = Array.from({ length: 10_000 }, (_, i) => ({ at: Math.floor(((i + 0.5) * until) / 10_000), do: 'request' as const, node: (i % 9) + 1, value: `v${i}` }));
  const parsed = parseScenario({ version: 1, protocol: 'raft', seed: 1, nodes: 9, until, network: { duplicateRatio: 1 }, actions });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.scenario;
}
const link = which === 'slow' ? SLOW_DUPLICATING : which === 'millisecond' ? MILLISECOND_TIMERS : which === 'worst' ? worstRaft() : defaultScenario('raft');
interface Frame { functionName: string; url: string; lineNumber: number; columnNumber: number }
const maps = new Map<string, SourceMapConsumer | null>();
function where(frame: Frame): string {
  const file = frame.url.split('/').pop() ?? '';
  let mapped = '';
  if (file.endsWith('.js')) {
    if (!maps.has(file)) {
      try {
        maps.set(file, new SourceMapConsumer(JSON.parse(readFileSync(`dist/assets/${file}.map`, 'utf8'))));
      } catch {
        maps.set(file, null);
      }
    }
    const at = maps.get(file)?.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
    if (at?.source) mapped = ` ${at.source.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '')}:${at.line}`;
  }
  return `${frame.functionName || '(anon)'}${mapped || ' ' + file}`;
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
