// The history part of the session store: every change of the scenario (an act, a fork, a
// setting, a load, a protocol switch, a lesson step that loads another scenario) leaves the
// scenario it replaced, with its playhead and lesson progress, on a bounded undo stack; undo and
// redo load them back. Runs are pure functions of the scenario, so restoring the scenario
// restores the run exactly. It also deletes one action alone or moves it in time (validated;
// both are changes like any other), and remembers how many later actions a fork replaced so
// that the page can say so with undo one click away.

import type { Scenario } from '../scenario/format';
import { parseScenario, problemText } from '../scenario/validate';
import type { LessonProgress } from './lesson-slice';

/** How many changes undo can go back (the oldest are forgotten). */
export const HISTORY_LIMIT = 100;

export interface HistoryEntry {
  scenario: Scenario;
  /** The playhead to go back to. */
  time: number;
  lesson: LessonProgress | null;
}

export interface HistoryState {
  /** Older states, the newest last. */
  past: readonly HistoryEntry[];
  /** States undone, the next one to redo last. */
  future: readonly HistoryEntry[];
  /** The last act forked the timeline and replaced this many later actions (null: it did not). */
  forkReplaced: number | null;
  /** Called by the store before it loads `next`: the current state goes on the history. */
  remember(next: Scenario): void;
  /** Called by the store after an act: how many later actions the fork replaced. */
  noteFork(replaced: number): void;
  dismissFork(): void;
  undo(): boolean;
  redo(): boolean;
  /** Delete the action at `index` alone. Returns the validator's message, or null when done. */
  deleteAction(index: number): string | null;
  /** Move the action at `index` to `at` ms. Returns the validator's message, or null when done. */
  moveAction(index: number, at: number): string | null;
}

/** What the history slice needs from the rest of the store. */
interface Host {
  scenario: Scenario;
  time: number;
  lesson: LessonProgress | null;
  loadScenario(scenario: Scenario, time?: number): void;
}

type Set = (partial: Partial<HistoryState> & { lesson?: LessonProgress | null }) => void;
type Get = () => HistoryState & Host;

const same = (a: Scenario, b: Scenario) => JSON.stringify(a) === JSON.stringify(b);

export function historySlice(set: Set, get: Get): HistoryState {
  /** True while undo/redo loads a remembered state: that load is not a new change. */
  let restoring = false;

  const current = (): HistoryEntry => {
    const { scenario, time, lesson } = get();
    return { scenario, time: Math.floor(time), lesson };
  };

  const restore = (entry: HistoryEntry, past: HistoryEntry[], future: HistoryEntry[]) => {
    restoring = true;
    try {
      get().loadScenario(entry.scenario, entry.time);
    } finally {
      restoring = false;
    }
    set({ past, future, lesson: entry.lesson, forkReplaced: null });
  };

  /** Validate an edit of the actions and load it (it goes on the history through the load). */
  const applyActions = (actions: Scenario['actions']): string | null => {
    const { scenario, time } = get();
    const parsed = parseScenario({ ...scenario, actions });
    if (!parsed.ok) return problemText(parsed.problem);
    get().loadScenario(parsed.scenario, Math.min(Math.floor(time), parsed.scenario.until));
    return null;
  };

  return {
    past: [],
    future: [],
    forkReplaced: null,
    remember: (next) => {
      if (restoring || same(get().scenario, next)) return;
      const past = [...get().past, current()].slice(-HISTORY_LIMIT);
      set({ past, future: [], forkReplaced: null });
    },
    noteFork: (replaced) => set({ forkReplaced: replaced > 0 ? replaced : null }),
    dismissFork: () => set({ forkReplaced: null }),
    undo: () => {
      const past = [...get().past];
      const entry = past.pop();
      if (!entry) return false;
      restore(entry, past, [...get().future, current()]);
      return true;
    },
    redo: () => {
      const future = [...get().future];
      const entry = future.pop();
      if (!entry) return false;
      restore(entry, [...get().past, current()].slice(-HISTORY_LIMIT), future);
      return true;
    },
    deleteAction: (index) => {
      const { actions } = get().scenario;
      if (!Number.isInteger(index) || index < 0 || index >= actions.length) return `actions[${index}]: no such action`;
      return applyActions(actions.filter((_, i) => i !== index));
    },
    moveAction: (index, at) => {
      const { actions } = get().scenario;
      if (!Number.isInteger(index) || index < 0 || index >= actions.length) return `actions[${index}]: no such action`;
      const moved = actions.map((action, i) => (i === index ? { ...action, at } : action));
      // Listed by time, as the engine runs them (ties keep their order: sort is stable).
      return applyActions(moved.sort((a, b) => a.at - b.at));
    },
  };
}
