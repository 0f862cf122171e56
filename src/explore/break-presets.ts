// What the Explorer's search needs to find a teaching toggle's bug, where its defaults (4 faults,
// 4 requests, 3 s, 2000 runs) do not: ticking the toggle sets these. Figure 8 takes a leader that
// comes back in a later term while an old-term entry sits on a majority, and no leader no-op
// (which commits old entries safely): about 1 run in 5 000 of the schedule below breaks Raft, so
// the budget is 10 000 runs (test/explore/break.test.ts runs it). Plain data, no UI.

import type { FaultMix } from './random-schedule';

export interface BreakPreset {
  faults: number;
  requests: number;
  untilMs: number;
  mix: FaultMix;
  /** Runs to search. */
  runs: number;
  /** Parameters set with the toggle. */
  params: Record<string, unknown>;
}

export const BREAK_PRESETS: Readonly<Record<string, BreakPreset>> = {
  unsafeCommitOldTerms: {
    faults: 10,
    requests: 12,
    untilMs: 4000,
    mix: { crash: 2, partition: 2, cut: 1, timeout: 1 },
    runs: 10_000,
    params: { leaderNoop: false },
  },
};
