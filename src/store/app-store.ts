// The session store: one vanilla zustand store per app instance (created by the provider).
// It holds the scenario, the run record, the playhead, playback and selection. Actions ask a
// RunSource for the run and for node snapshots (in a worker in the browser, in this thread in
// tests); they hold no protocol rules. The record arrives in growths and is published anew as it
// grows; while the run is computing, the playhead stays within the computed part (a seek beyond
// it waits at its edge and follows it). Engine objects live in the source, never in state.

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Action } from '../engine/types';
import { t } from '../i18n/translate';
import type { Scenario } from '../scenario/format';
import { parseScenario, problemText } from '../scenario/validate';
import { starterScenario } from '../scenario/starters';
import { protocols, type ProtocolName } from '../protocols/registry';
import { RecordAccumulator, type RecordGrowth } from '../worker/record-growth';
import type { GrowthQueue } from './growth-queue';
import type { RunListener, RunSource } from '../worker/run-source';
import { nextEventTime, previousEventTime, type RunRecord, type Snapshot } from './run';
import { lessonSlice, type LessonProgress, type LessonState } from './lesson-slice';
import { viewSlice, type ViewState } from './view-slice';
import { historySlice, type HistoryState } from './history-slice';
import type { Language } from '../i18n/translate';

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

export interface AppState extends LessonState, ViewState, HistoryState {
  scenario: Scenario;
  run: RunRecord;
  /** The playhead in simulated ms; fractional while playing, for smooth motion. */
  time: number;
  /** Node states at floor(time) (while an answer from the worker is pending, the latest one). */
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
  /**
   * The views have shown their first frame (called once, after the first commit). Until then a
   * store created with `holdRunUntilShown` keeps the growing run to itself: a publication while
   * React renders the first frame (a transition) would make React finish it as one blocking render.
   */
  viewsShown(): void;
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
  /** Where runs are computed: in the browser a worker (browser-source.ts); in tests, often this thread (in-thread-source.ts). */
  source: RunSource;
  /** Open in presenter mode (a link's `&present=1`). */
  presenter?: boolean;
  /** The language the page speaks (already applied; see src/i18n/language.ts). */
  language?: Language;
  /** Publish the growing run only once the views have shown their first frame (viewsShown). */
  holdRunUntilShown?: boolean;
}

/** Where a seek that could not be served yet wants the playhead, once the run gets there. */
type PendingMove = { kind: 'time'; time: number } | { kind: 'step'; direction: 1 | -1 };

/** Least time between two publications of a growing record (each one re-renders the views). */
const PUBLISH_MS = 250;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export function createAppStore(options: AppStoreOptions): AppStore {
  const source = options.source;
  let runId = 0;
  let accumulator: RecordAccumulator;
  /** True while build() starts a run: a synchronous source's growth lands before the store exists. */
  let building = false;
  let pending: PendingMove | null = null;
  /** Whether the snapshot awaited from the source should also move the side panels. */
  let panelsWaiting = false;
  let api: { set: StoreApi<AppState>['setState']; get: () => AppState } | null = null;
  // The record is applied as each growth arrives, published (a render) at most every PUBLISH_MS.
  let lastPublish = 0;
  /** Growths wait unpublished until the first frame (see viewsShown). */
  let holding = options.holdRunUntilShown ?? false;
  // ... and the worker computes no further than the growths already posted (RunSource.hold).
  if (holding) source.hold?.(true);
  let publishTimer: ReturnType<typeof setTimeout> | null = null;
  const cancelPublish = () => {
    if (publishTimer !== null) clearTimeout(publishTimer);
    publishTimer = null;
  };
  const publish = () => {
    cancelPublish();
    if (api === null) return;
    lastPublish = performance.now();
    api.set({ run: accumulator.record() });
    followPending();
  };

  // A worker's growths are applied in time slices, in tasks of their own (see growth-queue.ts).
  // The queue's module loads with the first growth; its then() callbacks keep the calls in order.
  let growthQueue: Promise<GrowthQueue> | null = null;
  const growths = () => (growthQueue ??= import('./growth-queue').then(({ GrowthQueue }) => new GrowthQueue()));
  const applied = (growth: RecordGrowth) => {
    if (api === null || holding) return;
    const sinceMs = performance.now() - lastPublish;
    // The first growth (the first frame), the last one and any after a pause show at once.
    if (growth.done || api.get().run.computedUntil < 0 || sinceMs >= PUBLISH_MS) publish();
    else publishTimer ??= setTimeout(publish, PUBLISH_MS - sinceMs);
  };

  /** A snapshot answered while the run was held, shown with the first growth (see viewsShown). */
  let heldSnapshot: Snapshot | null = null;
  const showSnapshot = (snapshot: Snapshot) => {
    if (api === null) return;
    const { playing } = api.get();
    if (panelsWaiting && !playing) api.set({ snapshot, panelTime: snapshot.time, panelSnapshot: snapshot });
    else api.set({ snapshot });
    if (snapshot.time === Math.floor(api.get().time)) panelsWaiting = false;
  };

  const listener: RunListener = {
    growth: (id, growth) => {
      // While building, start() has not returned the new run's id yet: its growth is the new run's,
      // from a synchronous source (in this thread), applied at once.
      if (building) {
        accumulator.apply(growth);
        return;
      }
      if (id !== runId) return;
      const into = accumulator;
      return growths()
        .then((queue) => queue.push(into, growth))
        .then(() => applied(growth));
    },
    snapshot: (id, snapshot) => {
      if (id !== runId || api === null) return;
      // Before the first frame is up, like the growths: set while React renders that frame (a
      // transition), it would make React render the whole page again at once (see viewsShown).
      if (holding) {
        heldSnapshot = snapshot;
        return;
      }
      showSnapshot(snapshot);
    },
    failed: (id, error) => {
      const store = api;
      if (id !== runId || store === null) return;
      // After the growths that came before the failure (a new run clears the queue: never, then).
      void growths()
        .then((queue) => queue.after())
        .then(() => {
          accumulator.end();
          cancelPublish();
          pending = null;
          store.set({ run: accumulator.record(), error: t('controls.error.runFailed', { error: String(error) }) });
        });
    },
  };

  /** The run may be shown up to here now: all of it once done, the computed part before. */
  const reachable = (run: RunRecord) => (run.done ? run.computedUntil : Math.max(0, run.computedUntil));

  const build = (scenario: Scenario, time: number) => {
    accumulator = new RecordAccumulator(scenario, protocols[scenario.protocol]);
    void growthQueue?.then((queue) => queue.clear());
    cancelPublish();
    pending = null;
    heldSnapshot = null;
    building = true;
    try {
      runId = source.start(scenario, listener);
    } finally {
      building = false;
    }
    const run = accumulator.record();
    // A load goes to its time when the node states there come at once (always in this thread;
    // in the browser when they are cheap); otherwise it waits for them at a stand-in.
    let t = clamp(time, 0, run.done ? run.computedUntil : scenario.until);
    let snapshot = source.snapshot(Math.floor(t));
    panelsWaiting = snapshot === null;
    if (snapshot === null) {
      snapshot = source.placeholder();
      pending = { kind: 'time', time: t };
      t = snapshot.time;
    }
    return { scenario, run, time: t, snapshot, panelTime: snapshot.time, panelSnapshot: snapshot };
  };

  const initialScenario = options.scenario ?? starterScenario('raft');
  const initial = build(initialScenario, options.time ?? 0);

  /** Move the playhead within the computed run; beyond it, wait at its edge (see followPending). */
  const seekTo = (time: number, frame = false) => {
    if (api === null) return;
    const { scenario, run, snapshot } = api.get();
    let t = clamp(time, 0, scenario.until);
    const limit = reachable(run);
    if (t > limit) {
      if (!frame && !run.done) pending = { kind: 'time', time: t };
      // A frame holds a playhead that a load put ahead of the computed part; a seek goes back to it.
      t = frame ? Math.max(limit, Math.min(t, api.get().time)) : limit;
    } else if (!frame) pending = null;
    const next = source.snapshot(Math.floor(t));
    if (next === null) {
      // The worker answers later (listener.snapshot); the nodes keep the previous states meanwhile.
      if (!frame) panelsWaiting = true;
      api.set({ time: t });
      return;
    }
    if (!frame) panelsWaiting = false;
    if (next === snapshot && frame) api.set({ time: t });
    else if (frame) api.set({ time: t, snapshot: next });
    else api.set({ time: t, snapshot: next, panelTime: next.time, panelSnapshot: next });
  };

  /** After a growth: move a waiting playhead as far as the run now allows. */
  const followPending = () => {
    if (api === null || pending === null) return;
    const move = pending;
    const { run, time } = api.get();
    if (move.kind === 'time') {
      const reached = move.time <= reachable(run) || run.done;
      seekTo(Math.min(move.time, reachable(run)));
      if (reached) pending = null;
      else pending = move;
      return;
    }
    if (move.direction === 1) {
      const next = nextEventTime(run, time);
      if (next !== null && next <= reachable(run)) {
        pending = null;
        seekTo(next);
      } else if (run.done) {
        pending = null;
        seekTo(reachable(run));
      }
    } else if (run.done || reachable(run) >= time) {
      pending = null;
      seekTo(previousEventTime(run, time) ?? 0);
    }
  };

  return createStore<AppState>()((set, get) => {
    api = { set, get };

    const load = (scenario: Scenario, time: number, extra: Partial<AppState> = {}) => {
      get().remember(scenario); // every change of the scenario can be undone
      set({
        ...build(scenario, time),
        selectedMessage: null,
        selectedLink: null,
        selectedViolation: null,
        ...extra,
      });
      // A synchronous source may have answered the whole run already; a worker's growths follow.
      followPending();
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
        // The panels show the node states the view has (their own time, while one is pending).
        const { snapshot, panelTime, panelSnapshot } = get();
        if (panelTime !== snapshot.time || panelSnapshot !== snapshot) set({ panelTime: snapshot.time, panelSnapshot: snapshot });
      },
      play: () => {
        const { time, run } = get();
        pending = null;
        if (run.done && time >= run.computedUntil) seekTo(0);
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
        if (next !== null && next <= reachable(run)) seekTo(next);
        else if (run.done) seekTo(reachable(run));
        // The next event is not computed yet: go there when it is.
        else pending = { kind: 'step', direction: 1 };
      },
      stepBack: () => {
        const { run, time } = get();
        set({ playing: false });
        if (!run.done && reachable(run) < time) {
          pending = { kind: 'step', direction: -1 };
          return;
        }
        seekTo(previousEventTime(run, time) ?? 0);
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
          set({ error: t('controls.error.actionRejected', { error: problemText(parsed.problem) }) });
          return false;
        }
        // Message ids before the fork are unchanged, so the selection stays meaningful.
        const { selectedNode, selectedLink, selectedMessage } = get();
        load(parsed.scenario, when, { playing: false, selectedNode, selectedLink, selectedMessage });
        get().noteFork(scenario.actions.length - kept.length);
        return true;
      },
      actOnMessage: (kind, message, byMs = 100) => {
        const { run, time } = get();
        if (message < 0 || message >= run.messages.count) {
          set({ error: t('controls.error.noSuchMessage', { message }) });
          return false;
        }
        const record = run.messages.get(message);
        const earliest = record.sentAt + 1;
        const latest = record.fate === 'delivered' || record.fate === 'in-flight' ? record.deliverAt : record.endAt - 1;
        if (earliest > latest) {
          set({ error: t('controls.error.neverInFlight', { message }) });
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
        if (!parsed.ok) return problemText(parsed.problem);
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
      viewsShown: () => {
        if (!holding) return;
        holding = false;
        source.hold?.(false);
        const snapshot = heldSnapshot;
        heldSnapshot = null;
        if (snapshot !== null) showSnapshot(snapshot);
        publish();
      },
      ...lessonSlice(set, get, { lesson: options.lesson, showWholeRun: options.showWholeRun }),
      ...viewSlice(set, get, { presenter: options.presenter, language: options.language }),
      ...historySlice(set, get),
    };
  });
}
