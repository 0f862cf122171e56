// "crashed (was leader)": a crash resets Raft's volatile role to follower, so what a crashed node
// was comes from the millisecond before its crash, in a real run of the scenario.

import { describe, expect, test } from 'vitest';
import { createAppStore } from '../fixtures/app-store';
import { crashTimeOf, viewBeforeCrash } from '../../src/store/before-crash';
import { starterScenario } from '../../src/scenario/starters';

describe('the view before a crash', () => {
  test('a crashed Raft leader was the leader, although its view now says follower', () => {
    const store = createAppStore({ scenario: { ...starterScenario('raft'), until: 3000 } });
    store.getState().setTime(1500);
    const leader = store.getState().snapshot.views.find((v) => v.role === 'leader');
    expect(leader).toBeDefined();
    store.getState().act({ do: 'crash', node: leader!.id });
    store.getState().setTime(1600);
    const { run, snapshot } = store.getState();
    const now = snapshot.views[leader!.id - 1];
    expect(now.up).toBe(false);
    expect(now.role).toBe('follower'); // why the inspector used to say "was follower"
    expect(crashTimeOf(run, leader!.id, 1600)).toBe(1500);
    expect(viewBeforeCrash(run, leader!.id, 1600)?.role).toBe('leader');
    // Up nodes, and times before the crash, have no "before".
    expect(viewBeforeCrash(run, leader!.id, 1400)).toBeNull();
    const other = leader!.id === 1 ? 2 : 1;
    expect(viewBeforeCrash(run, other, 1600)).toBeNull();
  });

  test('a restart ends the crash', () => {
    const store = createAppStore({ scenario: { ...starterScenario('raft'), until: 3000 } });
    store.getState().setTime(500);
    store.getState().act({ do: 'crash', node: 2 });
    store.getState().setTime(900);
    store.getState().act({ do: 'restart', node: 2 });
    expect(crashTimeOf(store.getState().run, 2, 700)).toBe(500);
    expect(crashTimeOf(store.getState().run, 2, 1000)).toBeNull();
  });
});
