// Lesson authoring aid: print a scenario's run at given times (node views in one line each),
// its notes and violations. Usage: npx tsx scripts/dev/peek.ts '<scenario json>' t1 t2 ...
import { parseScenario } from '../../src/scenario/validate';
import { createSimulation } from '../../src/scenario/simulate';
import { englishNote } from '../../src/i18n/note';
import '../../src/i18n/run-words-now';

const [json, ...times] = process.argv.slice(2);
const parsed = parseScenario({ version: 1, ...JSON.parse(json) });
if (!parsed.ok) throw new Error(parsed.error);
const sim = createSimulation(parsed.scenario, { checkpointEvery: 0 });
const brief = (v: Record<string, unknown>) =>
  Object.entries(v)
    .filter(([k]) => !['nextIndex', 'matchIndex', 'recentRequests', 'lastRequest', 'votesGranted', 'log'].includes(k) || (k === 'log' && Array.isArray(v.log)))
    .map(([k, val]) => `${k}=${k === 'log' ? (val as { term: number; value: string }[]).map((e) => `${e.term}:${e.value}`).join(',') : JSON.stringify(val)}`)
    .join(' ');
for (const t of times.map(Number)) {
  sim.runUntil(t);
  console.log(`--- t=${t}`);
  for (const v of sim.views()) console.log('  ' + brief(v));
}
const verbose = process.env.NOTES !== '0';
if (verbose) for (const e of sim.trace) if (e.kind === 'note' || e.kind === 'action') console.log(`${e.at} ${e.node ?? ''} ${e.note ? englishNote(e.note) : ''}`);
for (const v of sim.violations) console.log(`VIOLATION ${v.at} ${v.invariant}: ${englishNote(v.detail)}`);
