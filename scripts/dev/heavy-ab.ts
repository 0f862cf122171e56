// Dev aid: bench:ui's ui-heavy-run figures for several builds, alternating builds each round (the
// machine is noisy: compare A/B side by side). Each build directory is served as it is.
//   cp -r dist /tmp/dist-a; ...; DISTS=/tmp/dist-a,/tmp/dist-b ROUNDS=3 npx tsx scripts/dev/heavy-ab.ts raft 2pc 3pc
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { launchChromium } from '../../test/e2e/browser';
import { WATCH_LONG_TASKS } from '../../test/e2e/long-tasks';
import { encodeShareFragment } from '../../src/scenario/link';
import { heaviestScenario } from '../../test/fixtures/heavy-scenarios';

type Protocol = 'raft' | 'paxos' | '2pc' | '3pc';
const protocols = (process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['raft', '2pc', '3pc']) as Protocol[];
const dists = (process.env.DISTS ?? 'dist').split(',').map((d) => resolve(d));
const rounds = Number(process.env.ROUNDS ?? 3);
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

async function serve(dist: string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    let file = join(dist, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) file = join(dist, 'index.html');
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`, server };
}

const frameWhen = (selector: string, present: boolean) => `new Promise((done) => {
  const look = () => ((document.querySelector(${JSON.stringify(selector)}) !== null) === ${present} ? done(performance.now()) : requestAnimationFrame(look));
  look();
})`;

const servers = await Promise.all(dists.map(serve));
const browser = await launchChromium();
const rows: string[] = [];
try {
  for (let round = 0; round < rounds; round++) {
    for (const protocol of protocols) {
      for (let d = 0; d < dists.length; d++) {
        const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
        const page = await context.newPage();
        page.setDefaultTimeout(300_000);
        await page.addInitScript(WATCH_LONG_TASKS);
        await page.goto(servers[d].url + '#' + encodeShareFragment(heaviestScenario(protocol)), { waitUntil: 'commit' });
        const first = (await page.evaluate(frameWhen('[data-node="1"]', true))) as number;
        const full = (await page.evaluate(frameWhen('progress[aria-label="Computing the run"]', false))) as number;
        const watch = (await page.evaluate('window.__watch')) as { longestTaskMs: number; entries: [number, number][] };
        const after = watch.entries.filter(([start]) => start >= first);
        const line = `${protocol.padEnd(5)} ${dists[d].split('/').pop()!.padEnd(10)} first ${first.toFixed(0).padStart(5)} full ${full.toFixed(0).padStart(6)} longest ${watch.longestTaskMs.toFixed(0).padStart(4)} afterFirst ${Math.max(0, ...after.map(([, x]) => x)).toFixed(0).padStart(4)}  [${after.map(([s, x]) => `${(s - first).toFixed(0)}+${x.toFixed(0)}`).join(' ')}]`;
        console.log(line);
        rows.push(line);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  for (const { server } of servers) server.close();
}
