// Timer names that come and go (2PC/3PC name a timer per transaction): the engine frees a name's
// id when no timer holds it and gives it to the next new name, so its table stays as small as
// the set of running timers. Reused ids must never make a stale queue entry fire another timer:
// the run equals one where no id is ever reused, by trace (timer names included) and hash,
// across crashes, clears, re-arms and seeks.

import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../src/engine/random';
import { Simulation } from '../../src/engine/simulation';
import type { Protocol, RunConfig } from '../../src/engine/types';
import { quietNetwork } from './fixtures';

interface Churn {
  fired: string[];
  next: number;
}

/** Each firing arms a fresh name, sometimes re-armed or cleared at once: names churn, ids get reused. */
const churn: Protocol<Churn, never> = {
  name: 'churn',
  title: 'Churn (test only)',
  params: [],
  invariants: [],
  init: () => ({ fired: [], next: 0 }),
  recover: (state) => ({ fired: state.fired.slice(), next: state.next }),
  start(ctx, state) {
    for (let i = 0; i < 3; i++) ctx.setTimer(`n${ctx.self}:${state.next++}`, ctx.random.intBetween(1, 9));
  },
  onMessage() {},
  onTimer(ctx, state, timer) {
    state.fired.push(timer);
    const k = state.next;
    state.next += 2;
    ctx.setTimer(`n${ctx.self}:${k}`, ctx.random.intBetween(1, 20));
    const roll = ctx.random.intBetween(0, 3);
    if (roll === 0) {
      // Armed and cleared: its queue entry is stale, and its id free for the next name.
      ctx.setTimer(`n${ctx.self}:${k + 1}`, ctx.random.intBetween(1, 20));
      ctx.clearTimer(`n${ctx.self}:${k + 1}`);
    } else if (roll === 1) ctx.setTimer(`n${ctx.self}:${k}`, ctx.random.intBetween(1, 40));
    else if (roll === 2) {
      ctx.clearTimer(`n${ctx.self}:${k}`);
      ctx.setTimer(`n${ctx.self}:${k + 1}`, ctx.random.intBetween(1, 20));
    }
  },
  onRequest() {},
  onTimeout() {},
  view: (state) => ({ fired: state.fired.length, last: state.fired[state.fired.length - 1] ?? null }),
  describe: () => ({ type: 'none', label: { key: 'label.typed', params: { type: 'none', t: '' } } }),
};

const config: RunConfig = {
  seed: 3,
  nodes: 3,
  until: 3000,
  network: quietNetwork,
  params: {},
  actions: [
    { at: 700, do: 'crash', node: 2 },
    { at: 1100, do: 'restart', node: 2 },
    { at: 1900, do: 'crash', node: 1 },
    { at: 1950, do: 'restart', node: 1 },
  ],
};

const look = (sim: Simulation) => ({
  hash: sim.traceHash(),
  trace: sim.trace,
  views: sim.views(),
  timers: [1, 2, 3].map((id) => sim.timersOf(id)),
});

describe('timer names that come and go', () => {
  it('ids are reused, and the run and its seeks equal fresh runs, timer names included', () => {
    const sim = new Simulation(churn, config, { checkpointEvery: 100 });
    sim.runToEnd();
    // Thousands of names were used; the table holds about as many as run at once.
    const names = (sim as unknown as { timerNames: { names: unknown[] } }).timerNames.names;
    expect(sim.eventCount).toBeGreaterThan(1000);
    expect(names.length).toBeLessThan(60);

    const random = RandomStream.derive(1, 'timer-names');
    for (let i = 0; i < 25; i++) {
      const t = random.intBetween(0, config.until);
      sim.seek(t);
      const fresh = new Simulation(churn, config, { checkpointEvery: 0 });
      fresh.runUntil(t);
      expect(look(sim), `t=${t}`).toEqual(look(fresh));
      sim.runUntil(Math.min(config.until, t + 300));
      fresh.runUntil(Math.min(config.until, t + 300));
      expect(look(sim), `t=${t} then on`).toEqual(look(fresh));
    }
  });
});
