// The JSON summary of a finished run, as `sim run` prints it (a public contract:
// DESIGN.md "Command line").

import type { BudgetStop } from '../engine/budget';
import type { Simulation } from '../engine/simulation';
import { FATES } from '../engine/message-log';
import type { Scenario } from './format';
import { englishNote } from '../i18n/note';

export interface RunSummary {
  protocol: string;
  seed: number;
  time: number;
  events: number;
  traceHash: string;
  messages: { sent: number; delivered: number; dropped: number; inFlight: number; lost: Record<string, number> };
  nodes: Record<string, unknown>[];
  violations: { at: number; invariant: string; detail: string }[];
  /** Null when the run went to its end; else where and why its budget ended it. */
  budget: BudgetStop | null;
}

export function summarize(scenario: Scenario, sim: Simulation): RunSummary {
  const log = sim.messageLog;
  const byFate = new Array<number>(FATES.length).fill(0);
  for (let id = 0; id < log.count; id++) byFate[log.fate[id]]++;
  const lost: Record<string, number> = {};
  let dropped = 0;
  FATES.forEach((fate, code) => {
    if (fate === 'in-flight' || fate === 'delivered') return;
    lost[fate] = byFate[code];
    dropped += byFate[code];
  });
  return {
    protocol: scenario.protocol,
    seed: scenario.seed,
    time: sim.now,
    events: sim.eventCount,
    traceHash: sim.traceHash(),
    messages: { sent: log.count, delivered: byFate[FATES.indexOf('delivered')], dropped, inFlight: byFate[0], lost },
    nodes: sim.views(),
    violations: sim.violations.map(({ at, invariant, detail }) => ({ at, invariant, detail: englishNote(detail) })),
    budget: sim.budgetStop === null ? null : { ...sim.budgetStop },
  };
}
