// The session store: one vanilla zustand store per app instance (created by the provider).
// It holds the scenario, the run record, the playhead, playback and selection. Actions call the
// engine (computeRun, seek); they hold no protocol rules. The mutable Simulation lives in this
// closure, never in state: state only carries immutable records and snapshots.

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Simulation } from '../engine/simulation';
import type { Action } from '../engine/types';
import type { Scenario } from '../scenario/format';
import { parseScenario } from '../scenario/validate';
import { starterScenario } from '../scenario/starters';
import type { ProtocolName } from '../protocols/registry';
import { computeRun, nextEventTime, previousEventTime, snapshotAt, type RunRecord, type Snapshot } from './run';
import { lessonSlice, type LessonProgress, type LessonState } from './lesson-slice';
import { viewSlice, type ViewState } from './view-slice';

/** An action without its time: the store stamps it with the playhead. */
export type ActionInput = Action extends infer A ? (A extends Action ? Omit<A, 'at'> : never) : never;

/** Speed is a power of ten: -3 is 1/1000 of real time, 0 is real time. */
export const SPEED_LOG_MIN = -3;
export const SPEED_LOG_MAX = 0;
export const SPEED_LOG_DEFAULT = -1.7; // about 1/50: slow enough to follow one message

export interface LogFilter {
  node: number | null;
  type: string | null;
}

export interface AppState extends LessonState, ViewState {
  scenario: Scenario;
  run: RunRecord;
  /** The playhead in simulated ms; fractional while playing, for smooth motion. */
  time: number;
  /** Node states at floor(time). */
  snapshot: Snapshot;
  /**
   * The playhead and node states for the side panels (inspector, event log, invariants): equal to
   * floor(time) and snapshot when paused; refreshed a few times a second while playing, so that
   * the panels do not re-render on every animation frame.
   */
  panelTime: number;
  panelSnapshot: Snapshot;
  playing: boolean;
  speedLog: number;
  selectedNode: number | null;
  selectedMessage: number | null;
  selectedLink: { from: number; to: number } | null;
  selectedViolation: number | null;
  /** A readable problem (bad link, bad file, rejected act); shown in an alert. */
  error: string | null;
  /** A short status ("Link copied"). */
  notice: string | null;
  logFilter: LogFilter;

  /** Move the playhead. `frame`: an animation frame (the side panels may lag behind). */
  setTime(time: number, frame?: boolean): void;
  /** Bring the side panels up to the playhead (panelTime, panelSnapshot). */
  syncPanels(): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  stepForward(): void;
  stepBack(): void;
  setSpeedLog(value: number): void;
  /** Act at the playhead (or at `at`): the timeline forks there. Returns false if rejected. */
  act(action: ActionInput, at?: number): boolean;
  /**
   * Drop, duplicate or delay a message in flight. The engine runs actions before the handlers
   * of the same millisecond, so the act lands in [sentAt + 1, deliverAt]; the playhead follows.
   */
  actOnMessage(kind: 'drop' | 'duplicate' | 'delay', message: number, byMs?: number): boolean;
  /** Replace the scenario (validated) and recompute; the playhead goes to `time` (default 0). */
  loadScenario(scenario: Scenario, time?: number): void;
  /** Edit settings: the result is validated; on error nothing changes and the message is returned. */
  updateScenario(edit: (draft: Scenario) => Scenario): string | null;
  setProtocol(protocol: ProtocolName): void;
  selectNode(node: number | null): void;
  selectMessage(message: number | null): void;
  selectLink(link: { from: number; to: number } | null): void;
  /** Select a violation: seek to it and highlight its nodes. */
  selectViolation(index: number | null): void;
  setError(error: string | null): void;
  setNotice(notice: string | null): void;
  setLogFilter(filter: Partial<LogFilter>): void;
}

export type AppStore = StoreApi<AppState>;

export interface AppStoreOptions {
  scenario?: Scenario;
  time?: number;
  error?: string | null;
  /** A lesson to open at (its scenario is `scenario`; see lesson-slice). */
  lesson?: LessonProgress | null;
  /** Show what the run does after the playhead too (remembered by the page). */
  showWholeRun?: boolean;
  /** Open in presenter mode (a link's `&present=1`). */
  presenter?: boolean;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export function createAppStore(options: AppStoreOptions = {}): AppStore {
  // The mutable engine object: kept here, out of reactive state.
  let simulation: Simulation;

  const build = (scenario: Scenario, time: number) => {
    const computed = computeRun(scenario);
    simulation = computed.simulation;
    const t = clamp(time, 0, scenario.until);
    const snapshot = snapshotAt(simulation, Math.floor(t), null);
    return { scenario, run: computed.record, time: t, snapshot, panelTime: Math.floor(t), panelSnapshot: snapshot };
  };

  const initialScenario = options.scenario ?? starterScenario('raft');
  const initial = build(initialScenario, options.time ?? 0);

  return createStore<AppState>()((set, get) => {
    const seekTo = (time: number, frame = false) => {
      const { scenario, snapshot } = get();
      const t = clamp(time, 0, scenario.until);
      const next = snapshotAt(simulation, Math.floor(t), snapshot);
      if (frame) set({ time: t, snapshot: next });
      else set({ time: t, snapshot: next, panelTime: Math.floor(t), panelSnapshot: next });
    };

    const load = (scenario: Scenario, time: number, extra: Partial<AppState> = {}) => {
      set({
        ...build(scenario, time),
        selectedMessage: null,
        selectedLink: null,
        selectedViolation: null,
        ...extra,
      });
    };

    return {
      ...initial,
      playing: false,
      speedLog: SPEED_LOG_DEFAULT,
      selectedNode: null,
      selectedMessage: null,
      selectedLink: null,
      selectedViolation: null,
      error: options.error ?? null,
      notice: null,
      logFilter: { node: null, type: null },

      setTime: (time, frame) => seekTo(time, frame),
      syncPanels: () => {
        const { time, snapshot, panelTime, panelSnapshot } = get();
        if (panelTime !== Math.floor(time) || panelSnapshot !== snapshot) set({ panelTime: Math.floor(time), panelSnapshot: snapshot });
      },
      play: () => {
        const { time, scenario } = get();
        if (time >= scenario.until) seekTo(0);
        set({ playing: true });
      },
      pause: () => {
        set({ playing: false });
        get().syncPanels();
      },
      togglePlay: () => (get().playing ? get().pause() : get().play()),
      stepForward: () => {
        const { run, time } = get();
        const next = nextEventTime(run, time);
        set({ playing: false });
        seekTo(next !== null && next <= run.scenario.until ? next : run.scenario.until);
      },
      stepBack: () => {
        const { run, time } = get();
        const previous = previousEventTime(run, time);
        set({ playing: false });
        seekTo(previous ?? 0);
      },
      setSpeedLog: (value) => set({ speedLog: clamp(value, SPEED_LOG_MIN, SPEED_LOG_MAX) }),

      act: (input, at) => {
        const { scenario, time } = get();
        const when = Math.round(at ?? Math.floor(time));
        // Acting in the past forks the timeline: later actions are replaced (DESIGN.md).
        const kept = scenario.actions.filter((a) => a.at <= when);
        const candidate = { ...scenario, actions: [...kept, { ...input, at: when } as Action] };
        const parsed = parseScenario(candidate);
        if (!parsed.ok) {
          set({ error: `That action cannot be applied: ${parsed.error}` });
          return false;
        }
        // Message ids before the fork are unchanged, so the selection stays meaningful.
        const { selectedNode, selectedLink, selectedMessage } = get();
        load(parsed.scenario, when, { playing: false, selectedNode, selectedLink, selectedMessage });
        return true;
      },
      actOnMessage: (kind, message, byMs = 100) => {
        const { run, time } = get();
        if (message < 0 || message >= run.messages.count) {
          set({ error: `Message #${message} does not exist in this run.` });
          return false;
        }
        const record = run.messages.get(message);
        const earliest = record.sentAt + 1;
        const latest = record.fate === 'delivered' || record.fate === 'in-flight' ? record.deliverAt : record.endAt - 1;
        if (earliest > latest) {
          set({ error: `Message #${message} is never in flight long enough to act on it.` });
          return false;
        }
        const at = Math.min(latest, Math.max(earliest, Math.floor(time)));
        const input: ActionInput = kind === 'delay' ? { do: 'delay', message, byMs } : { do: kind, message };
        const ok = get().act(input, at);
        if (ok) set({ selectedMessage: kind === 'drop' ? null : message });
        return ok;
      },
      loadScenario: (scenario, time = 0) => load(scenario, time, { playing: false, selectedNode: null }),
      updateScenario: (edit) => {
        const { scenario, time } = get();
        const parsed = parseScenario(edit(structuredClone(scenario)));
        if (!parsed.ok) return parsed.error;
        const selected = get().selectedNode;
        load(parsed.scenario, Math.min(time, parsed.scenario.until), {
          playing: false,
          selectedNode: selected !== null && selected <= parsed.scenario.nodes ? selected : null,
        });
        return null;
      },
      setProtocol: (protocol) => {
        if (protocol === get().scenario.protocol) return;
        load(starterScenario(protocol), 0, { playing: false, selectedNode: null, logFilter: { node: null, type: null }, lesson: null });
      },
      selectNode: (node) => set({ selectedNode: node, selectedMessage: null, selectedLink: null }),
      selectMessage: (message) => set({ selectedMessage: message, selectedLink: null }),
      selectLink: (link) => set({ selectedLink: link, selectedMessage: null }),
      selectViolation: (index) => {
        set({ selectedViolation: index, playing: false });
        if (index === null) return;
        const violation = get().run.violations[index];
        if (violation) seekTo(violation.at);
      },
      setError: (error) => set({ error }),
      setNotice: (notice) => set({ notice }),
      setLogFilter: (filter) => set({ logFilter: { ...get().logFilter, ...filter } }),
      ...lessonSlice(set, get, { lesson: options.lesson, showWholeRun: options.showWholeRun }),
      ...viewSlice(set, get, { presenter: options.presenter }),
    };
  });
}
