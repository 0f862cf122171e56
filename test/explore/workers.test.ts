// One implementation, however the runs are spread: the tally of outcomes in run order is
// explore()'s summary; `sim explore --workers 2` prints exactly what --workers 1 prints; the
// browser's explore server (in chunks, stoppable) reaches the same summary for a runs budget.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explore, ExploreTally, exploreRun } from '../../src/explore/explore';
import { exploreThreaded } from '../../src/cli/explore-threads';
import { serveExplore } from '../../src/worker/explore-server';
import { connectExploreClient } from '../../src/worker/explore-client';
import type { FromExplorer } from '../../src/worker/explore-protocol';
import { decodeShareFragment } from '../../src/scenario/link';

const options = { protocol: '3pc' as const, runs: 300, seed: 4, schedule: { nodes: 4, until: 3000 } };

describe('explore results do not depend on how runs are spread', () => {
  const single = explore(options);

  it('worker threads: 1 and 2 workers give the same summary as explore()', async () => {
    expect(single.violatingRuns).toBeGreaterThan(0);
    expect(await exploreThreaded({ ...options, workers: 2 })).toEqual(single);
    expect(await exploreThreaded({ ...options, workers: 3 })).toEqual(single);
  }, 60_000);

  it('the tally refuses an outcome out of run order', () => {
    const tally = new ExploreTally(options);
    expect(() => tally.add(exploreRun(options, 1))).toThrow(/run 1 added where 0 was due/);
  });

  it('the browser worker (served over a MessageChannel) reaches the same summary, and Stop ends a search early', async () => {
    const channel = new MessageChannel();
    const server = serveExplore(channel.port2 as never);
    const client = connectExploreClient(() => ({ port: channel.port1 as never, close: () => channel.port1.close() }));
    const search = (budget: { runs: number }, stopAfterFirst = false) =>
      new Promise<FromExplorer[]>((resolve) => {
        const seen: FromExplorer[] = [];
        client.start(options, budget, (message) => {
          seen.push(message);
          if (stopAfterFirst && message.kind === 'progress' && seen.length === 1) client.stop();
          if (message.kind === 'done' || message.kind === 'failed') resolve(seen);
        });
      });
    const messages = await search({ runs: options.runs });
    const done = messages.at(-1)!;
    expect(done.kind).toBe('done');
    if (done.kind !== 'done') return;
    expect(done.summary).toEqual(single);
    expect(done.stopped).toBe(false);
    const big = await search({ runs: 1_000_000 }, true);
    const last = big.at(-1)!;
    expect(last.kind === 'done' && last.stopped && last.summary.runs < 1_000_000).toBe(true);
    client.dispose();
    server.stop();
  }, 60_000);
});

describe('sim explore on the command line', () => {
  const root = join(__dirname, '..', '..');
  const sim = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'explore', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });

  it('--workers 2 prints what --workers 1 prints; --base-url gives a full link that decodes to the counterexample', () => {
    const args = ['--protocol', '3pc', '--runs', '200', '--seed', '4', '--base-url', 'https://lab.example/app/'];
    const one = sim(...args);
    const two = sim(...args, '--workers', '2');
    expect(one.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    const summary = JSON.parse(one.stdout);
    expect(summary.smallest.link.startsWith('https://lab.example/app/#s=')).toBe(true);
    const decoded = decodeShareFragment(new URL(summary.smallest.link).hash);
    expect(decoded.ok && decoded.scenario).toEqual(summary.smallest.scenario);
    expect(summary.smallest.narration.text).toMatch(/^With these \d actions?, S\d aborts t\d+ while S\d commits it\.$/);
  }, 60_000);

  it('rejects a bad worker count or base URL as bad input', () => {
    expect(sim('--protocol', '3pc', '--runs', '5', '--seed', '1', '--workers', '0').status).toBe(2);
    expect(sim('--protocol', '3pc', '--runs', '5', '--seed', '1', '--base-url', 'javascript:alert(1)').status).toBe(2);
  }, 60_000);
});
