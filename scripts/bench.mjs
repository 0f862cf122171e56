// `npm run bench`: builds the bench (src/cli/bench.ts) into one ES module with esbuild, as the
// app's own build ships the engine (its modules joined into one scope, and its syntax minified:
// the app's build folds module constants such as `GUARD_FIELDS` into the code that reads them,
// where an unminified bundle reads each from the module's context and checks it at every use),
// then runs it with the arguments given. `npx tsx src/cli/bench.ts` still works: the same lines, through tsx's loader.

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}node_modules/.cache/consensus-lab-bench`;
await build({
  absWorkingDir: root,
  entryPoints: { bench: 'src/cli/bench.ts', 'explore-thread': 'src/cli/explore-thread.ts' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  minifySyntax: true,
  outdir,
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, [`${outdir}/bench.js`, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
