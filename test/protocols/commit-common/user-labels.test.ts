// Transaction labels are user strings: `__proto__`, `constructor` and `toString` must be
// transactions like any other — in the protocol state, the invariants' memory, checkpoints
// (restored on seek), the view and the CLI's JSON.

import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../src/scenario/simulate';
import { summarize } from '../../../src/scenario/summary';
import { commitScenario, crash, EXACT, phasesOf, request, restart } from '../two-phase-commit/commit-helpers';

const LABELS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'x=1'];

for (const protocol of ['2pc', '3pc'] as const) {
  describe(`${protocol}: transactions named like Object.prototype's keys`, () => {
    const scenario = commitScenario(protocol, {
      nodes: 3,
      until: 3000,
      network: EXACT,
      actions: [
        ...LABELS.map((label, i) => request(100 + i * 200, label)),
        // A participant crashes and recovers: its phases are rebuilt from the log.
        crash(1200, 2),
        restart(1500, 2),
        request(2000, 'constructor'), // a second request for an existing transaction is refused
      ],
    });

    it('each one commits at every node', () => {
      const sim = createSimulation(scenario);
      sim.runToEnd();
      for (const label of LABELS) expect(phasesOf(sim, label), label).toEqual(['committed', 'committed', 'committed']);
      expect(sim.violations).toEqual([]);
      for (const view of sim.views()) expect(Object.keys(view.transactions as object).sort()).toEqual([...LABELS].sort());
      expect(({} as Record<string, unknown>).committed).toBeUndefined();
    });

    it('the CLI summary lists them as own keys', () => {
      const sim = createSimulation(scenario);
      sim.runToEnd();
      const json = JSON.parse(JSON.stringify(summarize(scenario, sim)));
      for (const node of json.nodes) {
        expect(Object.keys(node.transactions).sort()).toEqual([...LABELS].sort());
        expect(Object.getOwnPropertyDescriptor(node.transactions, '__proto__')?.value).toBe('committed');
      }
    });

    it('checkpoints keep them: seeking back and replaying gives the fresh run', () => {
      const fresh = createSimulation(scenario, { checkpointEvery: 0 });
      fresh.runToEnd();
      const seeking = createSimulation(scenario, { checkpointEvery: 5 });
      seeking.runToEnd();
      for (const t of [700, 1300, 2100, 300, 3000]) {
        seeking.seek(t);
        const reference = createSimulation(scenario, { checkpointEvery: 0 });
        reference.runUntil(t);
        expect(JSON.stringify(seeking.views()), `at ${t}`).toBe(JSON.stringify(reference.views()));
        expect(seeking.traceHash()).toBe(reference.traceHash());
      }
      expect(seeking.traceHash()).toBe(fresh.traceHash());
      for (const label of LABELS) expect(phasesOf(seeking, label)).toEqual(['committed', 'committed', 'committed']);
    });
  });
}
