// Dev aid: where the peak heap of the heaviest loadable run (test/fixtures/heavy-scenarios.ts)
// comes from: JS heap and array buffers after each chunk, as the bench's worst lines compute
// them; `snap` writes a heap snapshot of the finished run.
//   npx esbuild scripts/dev/peak-probe.ts --bundle --platform=node --format=esm --outfile=/tmp/peak.mjs && node /tmp/peak.mjs 3pc [snap]
import { setFlagsFromString } from 'node:v8';
import type { ProtocolName } from '../../src/protocols/registry';
import { heaviestScenario } from '../../test/fixtures/heavy-scenarios';
import { runInNewContext } from 'node:vm';
import { RunComputation } from '../../src/worker/run-computation';
import { CHUNK_MS } from '../../src/worker/run-server';
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const name = (process.argv[2] ?? 'raft') as ProtocolName;
const scenario = heaviestScenario(name);
gc(); gc();
const m0 = process.memoryUsage();
const c = new RunComputation(scenario);
let peak = 0, at = 0, i = 0;
const rows: string[] = [];
while (!c.done) {
  const deadline = performance.now() + CHUNK_MS;
  c.chunk(() => performance.now() >= deadline);
  const m = process.memoryUsage();
  const used = (m.heapUsed - m0.heapUsed + m.arrayBuffers - m0.arrayBuffers) / 1e6;
  const ml = c.simulation.messageLog;
  if (used > peak) { peak = used; at = i; }
  if (i % 10 === 0 || used > 150) rows.push(`${i} t=${c.simulation.now} heap=${((m.heapUsed - m0.heapUsed) / 1e6).toFixed(0)} ab=${((m.arrayBuffers - m0.arrayBuffers) / 1e6).toFixed(0)} used=${used.toFixed(0)} msgs=${ml.count}/${ml.from.length} trace=${c.simulation.traceLog.count}/${c.simulation.traceLog.at.length}`);
  i++;
}
console.log(rows.filter((r, k) => k % 3 === 0 || +r.split('used=')[1].split(' ')[0] > 150).join('\n'));
gc(); gc();
const m = process.memoryUsage();
console.log('peak', peak.toFixed(1), 'at chunk', at, 'of', i, 'held heap', ((m.heapUsed - m0.heapUsed) / 1e6).toFixed(1), 'ab', ((m.arrayBuffers - m0.arrayBuffers) / 1e6).toFixed(1));
if (process.argv[3] === 'snap') {
  const { writeHeapSnapshot } = await import('node:v8');
  console.log(writeHeapSnapshot('/tmp/run.heapsnapshot'), c.done);
}
