// Undo, redo and the action list in the store, with real runs: every change of the scenario is
// undoable (and redoable) back to the identical scenario, playhead and trace; the history is
// bounded; a fork says how many later actions it replaced; one action is deleted or moved alone,
// and an invalid move changes nothing.

import { describe, expect, test } from 'vitest';
import { createAppStore } from '../fixtures/app-store';
import { HISTORY_LIMIT } from '../../src/store/history-slice';
import { onScript } from '../../src/store/lesson-slice';
import { lessonById } from '../../src/lessons/library';
import { lessonScenarioAt } from '../../src/lessons/check';
import { parseScenario, defaultScenario } from '../../src/scenario/validate';
import type { Scenario } from '../../src/scenario/format';

function raft(extra: Record<string, unknown> = {}): Scenario {
  const parsed = parseScenario({ ...defaultScenario('raft'), until: 3000, ...extra });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.scenario;
}

describe('history slice', () => {
  test('an act is undone and redone: identical scenario, playhead and trace', () => {
    const store = createAppStore({ scenario: raft() });
    store.getState().setTime(500);
    const before = store.getState();
    expect(before.past).toEqual([]);
    expect(store.getState().act({ do: 'crash', node: 2 })).toBe(true);
    const after = store.getState();
    expect(after.scenario.actions).toEqual([{ at: 500, do: 'crash', node: 2 }]);
    expect(after.run.traceHash).not.toBe(before.run.traceHash);
    expect(store.getState().undo()).toBe(true);
    expect(store.getState().scenario).toEqual(before.scenario);
    expect(store.getState().run.traceHash).toBe(before.run.traceHash);
    expect(store.getState().time).toBe(500);
    expect(store.getState().past).toEqual([]);
    expect(store.getState().undo()).toBe(false);
    expect(store.getState().redo()).toBe(true);
    expect(store.getState().scenario).toEqual(after.scenario);
    expect(store.getState().run.traceHash).toBe(after.run.traceHash);
    expect(store.getState().redo()).toBe(false);
  });

  test('settings, loads and protocol switches are changes; a new change clears redo', () => {
    const store = createAppStore({ scenario: raft() });
    const first = store.getState().scenario;
    expect(store.getState().updateScenario((s) => ({ ...s, seed: 7 }))).toBeNull();
    store.getState().setProtocol('paxos');
    expect(store.getState().scenario.protocol).toBe('paxos');
    store.getState().undo();
    expect(store.getState().scenario.seed).toBe(7);
    expect(store.getState().future).toHaveLength(1);
    store.getState().loadScenario(raft({ seed: 9 }));
    expect(store.getState().future).toEqual([]);
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().scenario).toEqual(first);
    // Loading the scenario already shown is no change.
    store.getState().loadScenario(first);
    expect(store.getState().past).toEqual([]);
  });

  test(`the history keeps the newest ${HISTORY_LIMIT} changes`, () => {
    const store = createAppStore({ scenario: raft({ until: 1000 }) });
    const seeds: number[] = [];
    for (let seed = 1; seed <= HISTORY_LIMIT + 5; seed++) {
      store.getState().updateScenario((s) => ({ ...s, seed }));
      seeds.push(seed);
    }
    expect(store.getState().past).toHaveLength(HISTORY_LIMIT);
    let undone = 0;
    while (store.getState().undo()) undone++;
    expect(undone).toBe(HISTORY_LIMIT);
    // The oldest states were forgotten: the first change is as far back as it goes.
    expect(store.getState().scenario.seed).toBe(5);
  });

  test('a fork says how many later actions it replaced; undo gives them back', () => {
    const store = createAppStore({ scenario: raft() });
    for (const [at, node] of [[400, 1], [800, 2], [1200, 3], [1600, 1]] as const) {
      store.getState().act({ do: 'crash', node }, at);
      expect(store.getState().forkReplaced).toBeNull();
    }
    const before = store.getState();
    store.getState().setTime(700);
    store.getState().act({ do: 'timeout', node: 4 });
    expect(store.getState().forkReplaced).toBe(3);
    expect(store.getState().scenario.actions.map((a) => a.at)).toEqual([400, 700]);
    store.getState().undo();
    expect(store.getState().forkReplaced).toBeNull();
    expect(store.getState().scenario).toEqual(before.scenario);
    expect(store.getState().run.traceHash).toBe(before.run.traceHash);
    expect(store.getState().time).toBe(700);
  });

  test('delete one action alone; move one in time; an invalid move changes nothing', () => {
    const scenario = raft({ actions: [{ at: 300, do: 'crash', node: 1 }, { at: 900, do: 'restart', node: 1 }, { at: 1500, do: 'timeout', node: 2 }] });
    const store = createAppStore({ scenario });
    expect(store.getState().deleteAction(1)).toBeNull();
    expect(store.getState().scenario.actions).toEqual([{ at: 300, do: 'crash', node: 1 }, { at: 1500, do: 'timeout', node: 2 }]);
    expect(store.getState().moveAction(0, 2000)).toBeNull();
    expect(store.getState().scenario.actions).toEqual([{ at: 1500, do: 'timeout', node: 2 }, { at: 2000, do: 'crash', node: 1 }]);
    const valid = store.getState();
    expect(store.getState().moveAction(0, 99999)).toMatch(/at/);
    expect(store.getState().moveAction(0, -5)).toMatch(/at/);
    expect(store.getState().scenario).toBe(valid.scenario);
    expect(store.getState().past).toHaveLength(2);
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().scenario).toEqual(scenario);
    expect(store.getState().deleteAction(7)).not.toBeNull();
  });

  test('a fork in a lesson, undone, gives back the identical scenario, trace hash and step', () => {
    const lesson = lessonById('raft-figure-8')!;
    const store = createAppStore();
    store.getState().startLesson('raft-figure-8', 1);
    const before = store.getState();
    expect(before.scenario).toEqual(lessonScenarioAt(lesson, 1));
    const total = before.scenario.actions.length;
    const later = before.scenario.actions.filter((a) => a.at > 50).length;
    expect(later).toBeGreaterThan(0);
    store.getState().setTime(50);
    store.getState().act({ do: 'crash', node: 3 });
    expect(store.getState().forkReplaced).toBe(later);
    expect(store.getState().scenario.actions).toHaveLength(total - later + 1);
    expect(onScript(store.getState())).toBe(false);
    store.getState().undo();
    const after = store.getState();
    expect(after.scenario).toEqual(before.scenario);
    expect(JSON.stringify(after.scenario)).toBe(JSON.stringify(before.scenario));
    expect(after.run.traceHash).toBe(before.run.traceHash);
    expect(after.lesson).toEqual(before.lesson);
    expect(onScript(after)).toBe(true);
    // A lesson step that loads another scenario (figure 8's last step switches a setting) is a change too.
    const last = lesson.steps.length - 1;
    store.getState().goToStep(last);
    expect(store.getState().scenario).toEqual(lessonScenarioAt(lesson, last));
    expect(store.getState().scenario).not.toEqual(before.scenario);
    store.getState().undo();
    expect(store.getState().lesson).toEqual(before.lesson);
    expect(store.getState().scenario).toEqual(before.scenario);
  });
});
