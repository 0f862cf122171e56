// Dev aid: what the heaviest loadable run (test/fixtures/heavy-scenarios.ts) allocates, by function
// (sampling heap profiler, collected objects included), as a profile for a summary script or DevTools.
//   npx esbuild scripts/dev/alloc-worst.ts --bundle --platform=node --format=esm --outfile=/tmp/alloc.mjs && node /tmp/alloc.mjs raft /tmp/alloc.json
import type { ProtocolName } from '../../src/protocols/registry';
import { heaviestScenario } from '../../test/fixtures/heavy-scenarios';
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { RunComputation } from '../../src/worker/run-computation';
const name = (process.argv[2] ?? 'raft') as ProtocolName;
const scenario = heaviestScenario(name);
const s = new Session();
s.connect();
await s.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
const c = new RunComputation(scenario);
while (!c.done) {
  const deadline = performance.now() + 10;
  c.chunk(() => performance.now() >= deadline);
}
const { profile } = await s.post('HeapProfiler.stopSampling');
writeFileSync(process.argv[3] ?? '/tmp/alloc.json', JSON.stringify({ head: profile.head }));
