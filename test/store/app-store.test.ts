// The session store: acting forks the timeline, seeking equals a fresh run, links round-trip.

import { describe, expect, test } from 'vitest';
import { createAppStore } from '../fixtures/app-store';
import { fragmentOf, initialOptionsFromLocation } from '../../src/store/url-sync';
import { messagesInFlight, nextEventTime, previousEventTime } from '../../src/store/run';
import { createSimulation } from '../../src/scenario/simulate';
import { defaultScenario, parseScenario } from '../../src/scenario/validate';
import { starterScenario } from '../../src/scenario/starters';
import type { Scenario } from '../../src/scenario/format';

function scenario(extra: Partial<Scenario> = {}): Scenario {
  const parsed = parseScenario({ ...defaultScenario('raft'), until: 3000, ...extra });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.scenario;
}

describe('acting at the playhead', () => {
  test('an act becomes an action at the playhead and the playhead stays there', () => {
    const store = createAppStore({ scenario: scenario() });
    store.getState().setTime(1200);
    expect(store.getState().act({ do: 'crash', node: 2 })).toBe(true);
    const state = store.getState();
    expect(state.scenario.actions).toEqual([{ at: 1200, do: 'crash', node: 2 }]);
    expect(state.time).toBe(1200);
    expect(state.snapshot.views[1].up).toBe(false);
  });

  test('acting in the past forks the timeline: later actions are replaced, earlier and same-time ones kept', () => {
    const store = createAppStore({ scenario: scenario() });
    const s = () => store.getState();
    s().setTime(500);
    s().act({ do: 'timeout', node: 1 });
    s().setTime(2000);
    s().act({ do: 'crash', node: 3 });
    s().setTime(500);
    s().act({ do: 'crash', node: 4 });
    expect(s().scenario.actions).toEqual([
      { at: 500, do: 'timeout', node: 1 },
      { at: 500, do: 'crash', node: 4 },
    ]);
    // The fork's run is the run of the new scenario.
    s().setTime(2500);
    expect(s().snapshot.views[2].up).toBe(true);
    expect(s().snapshot.views[3].up).toBe(false);
  });

  test('a rejected act changes nothing and explains why', () => {
    const store = createAppStore({ scenario: scenario() });
    const before = store.getState().scenario;
    expect(store.getState().act({ do: 'crash', node: 9 })).toBe(false);
    expect(store.getState().scenario).toBe(before);
    expect(store.getState().error).toMatch(/node 9 does not exist/);
  });

  test('dropping a message in flight records its fate as dropped by the user', () => {
    const store = createAppStore({ scenario: scenario() });
    store.getState().setTime(1000);
    const [id] = messagesInFlight(store.getState().run, 1000);
    expect(id).toBeDefined();
    expect(store.getState().actOnMessage('drop', id)).toBe(true);
    const { run, scenario: sc } = store.getState();
    expect(sc.actions[sc.actions.length - 1]).toMatchObject({ do: 'drop', message: id });
    expect(run.messages.get(id).fate).toBe('user-dropped');
  });

  test('duplicating and delaying a message in flight', () => {
    const store = createAppStore({ scenario: scenario() });
    store.getState().setTime(1000);
    const [id] = messagesInFlight(store.getState().run, 1000);
    const before = store.getState().run.messages.get(id);
    store.getState().actOnMessage('delay', id, 500);
    expect(store.getState().run.messages.get(id).deliverAt).toBe(before.deliverAt + 500);
    store.getState().actOnMessage('duplicate', id);
    const { run } = store.getState();
    let copies = 0;
    for (let m = 0; m < run.messages.count; m++) if (run.messages.duplicateOf[m] === id) copies++;
    expect(copies).toBe(1);
  });
});

describe('seeking', () => {
  test('the snapshot at t equals a fresh run to t, seeking backward and forward', () => {
    const sc = scenario({ actions: [{ at: 800, do: 'crash', node: 1 }, { at: 1600, do: 'restart', node: 1 }] });
    const store = createAppStore({ scenario: sc });
    for (const t of [2900, 700, 1700, 0, 1234, 3000, 50]) {
      store.getState().setTime(t);
      const fresh = createSimulation(sc);
      fresh.runUntil(t);
      expect(store.getState().snapshot.views).toEqual(fresh.views());
      expect(store.getState().snapshot.timers).toEqual(Array.from({ length: sc.nodes }, (_, i) => fresh.timersOf(i + 1)));
    }
  });

  test('the run record does not change while seeking', () => {
    const store = createAppStore({ scenario: scenario() });
    const { run } = store.getState();
    const count = run.messages.count;
    const fates = Array.from(run.messages.fate);
    store.getState().setTime(100);
    store.getState().setTime(2500);
    store.getState().setTime(10);
    expect(store.getState().run).toBe(run);
    expect(run.messages.count).toBe(count);
    expect(Array.from(run.messages.fate)).toEqual(fates);
  });

  test('step forward goes to the next event time, step back to the previous one', () => {
    const store = createAppStore({ scenario: scenario() });
    const s = () => store.getState();
    s().setTime(1000);
    const next = nextEventTime(s().run, 1000)!;
    s().stepForward();
    expect(s().time).toBe(next);
    expect(next).toBeGreaterThan(1000);
    const previous = previousEventTime(s().run, next)!;
    s().stepBack();
    expect(s().time).toBe(previous);
    expect(previous).toBeLessThan(next);
  });

  test('messages in flight are exactly those with sentAt <= t < endAt', () => {
    const store = createAppStore({ scenario: scenario({ network: { latencyMsMin: 5, latencyMsMax: 80, dropRatio: 0.1, duplicateRatio: 0.1 } }) });
    const { run } = store.getState();
    for (const t of [0, 333, 1000, 2222.5, 2999]) {
      const expected: number[] = [];
      for (let id = 0; id < run.messages.count; id++) if (run.messages.sentAt[id] <= t && t < run.messages.endAt[id]) expected.push(id);
      expect(messagesInFlight(run, t)).toEqual(expected);
    }
  });
});

describe('share links', () => {
  test('a link rebuilds the same scenario, playhead and node states', () => {
    const store = createAppStore({ scenario: scenario() });
    store.getState().setTime(900);
    store.getState().act({ do: 'crash', node: 3 });
    store.getState().setTime(1500);
    const fragment = fragmentOf(store.getState());
    const options = initialOptionsFromLocation(fragment);
    expect(options.error).toBeUndefined();
    const copy = createAppStore(options);
    expect(copy.getState().scenario).toEqual(store.getState().scenario);
    expect(copy.getState().time).toBe(1500);
    expect(copy.getState().snapshot.views).toEqual(store.getState().snapshot.views);
    expect(copy.getState().run.traceHash).toBe(store.getState().run.traceHash);
  });

  test('a malformed or hostile link gives a readable error and the default scenario', () => {
    for (const hash of ['#s=1.!!!', '#garbage', '#s=2.abc', '#s=1.' + 'A'.repeat(50)]) {
      const options = initialOptionsFromLocation(hash);
      expect(options.error).toMatch(/could not be opened/);
      const store = createAppStore(options);
      expect(store.getState().error).toBe(options.error);
      expect(store.getState().scenario).toEqual(starterScenario('raft'));
    }
  });

  test('an empty fragment opens the default scenario without an error', () => {
    expect(initialOptionsFromLocation('')).toEqual({});
  });
});

describe('settings', () => {
  test('a valid edit recomputes the run; an invalid one is refused with the parser message', () => {
    const store = createAppStore({ scenario: scenario() });
    expect(store.getState().updateScenario((d) => ({ ...d, nodes: 7 }))).toBeNull();
    expect(store.getState().snapshot.views).toHaveLength(7);
    const error = store.getState().updateScenario((d) => ({ ...d, nodes: 12 }));
    expect(error).toMatch(/nodes/);
    expect(store.getState().scenario.nodes).toBe(7);
  });

  test('switching protocol loads its default scenario', () => {
    const store = createAppStore({ scenario: scenario() });
    store.getState().setProtocol('paxos');
    expect(store.getState().scenario).toEqual(starterScenario('paxos'));
    expect(store.getState().time).toBe(0);
  });
});
