// The RunSource for the browser: the run is computed in a worker (run-server.ts) and arrives in
// growths; snapshots come at once from a BoundedSeeker when they are cheap, otherwise from the
// worker. Requests to the worker are coalesced: one in flight at a time, and only the latest
// time wanted is asked next; a reply older than an answer already given is dropped.
// Contract: see RunSource. The port may be a Worker or, in tests, a MessagePort.
// The seeker (and the engine it runs) may arrive after the page has started (`seeker` a
// promise): until then the worker answers every snapshot, and a stand-in shows the nodes.

import type { Scenario } from '../scenario/format';
import { standInSnapshot, type Snapshot } from '../store/run';
import type { BoundedSeeker, SeekerBounds } from './bounded-seeker';
import type { RunBudget } from './budget-stop';
import type { FromWorker, RunPort, ToWorker } from './protocol';
import type { RunListener, RunSource } from './run-source';

/** Makes the page's seeker for a run (bounded-seeker.ts's, with the bounds given or its defaults). */
export type SeekerFactory = (scenario: Scenario, bounds: SeekerBounds | undefined, budget: RunBudget | undefined) => BoundedSeeker;

export interface WorkerSourceOptions {
  budget?: RunBudget;
  seekerBounds?: SeekerBounds;
  /** The page's seekers, or their module still loading (the page then starts without one). */
  seeker: SeekerFactory | Promise<SeekerFactory>;
  /** Called by dispose() (a Worker's terminate). */
  close?: () => void;
}

/**
 * A run with more actions than this gets the page's seeker in a task after the one that starts
 * it: building its Simulation (10 000 actions: ~20 ms on a slow machine, the engine's code still
 * cold) would lengthen the task that starts the run and builds the page's store. Meanwhile
 * snapshots wait for it (the store waits at a stand-in); once built, it answers the latest one.
 */
export const SEEKER_AT_ONCE_ACTIONS_MAX = 2000;

/** Keep the previous snapshot's parts where nothing changed, so that views do not re-render. */
function reuseUnchanged(next: Snapshot, previous: Snapshot | null): Snapshot {
  if (previous === null) return next;
  if (previous.eventCount === next.eventCount) return previous.time === next.time ? previous : { ...previous, time: next.time };
  const sameCut = previous.cut.length === next.cut.length && previous.cut.every((value, i) => value === next.cut[i]);
  return sameCut ? { ...next, cut: previous.cut } : next;
}

/** A worker source; fail() ends the current run from outside (the worker itself crashed). */
export interface ConnectedRunSource extends RunSource {
  fail(error: string): void;
}

export function connectRunSource(port: RunPort, options: WorkerSourceOptions): ConnectedRunSource {
  let runId = 0;
  let listener: RunListener | null = null;
  let scenario: Scenario | null = null;
  let makeSeeker = typeof options.seeker === 'function' ? options.seeker : null;
  let seeker: BoundedSeeker | null = null;
  /** The current run's seeker is being built in a task of its own (see SEEKER_AT_ONCE_ACTIONS_MAX). */
  let seekerSoon = false;
  /** The last snapshot given out for the current run (the base for the next one). */
  let last: Snapshot | null = null;
  /** A request posted and not answered yet, and the answer count when it was posted. */
  let inFlight = false;
  let answersAtPost = 0;
  let answers = 0;
  let wanted: number | null = null;
  /** While held (see RunSource.hold), the growths received and not acknowledged yet. */
  let held = false;
  let owed = 0;

  const send = (message: ToWorker) => port.postMessage(message);
  const seekerFor = (run: Scenario) => makeSeeker?.(run, options.seekerBounds, options.budget) ?? null;
  if (typeof options.seeker !== 'function') {
    void options.seeker.then((factory) => {
      makeSeeker = factory;
      if (scenario !== null && seeker === null && !seekerSoon) seeker = seekerFor(scenario);
    });
  }

  /** Builds the run's seeker after the task that started it, then answers the snapshot wanted meanwhile. */
  const seekerLater = (run: Scenario) => {
    seekerSoon = true;
    const id = runId;
    setTimeout(() => {
      if (id !== runId || !seekerSoon) return;
      seekerSoon = false;
      try {
        seeker = seekerFor(run);
        seeker?.prepare();
      } catch {
        seeker = null; // the worker answers (see snapshot)
      }
      if (wanted === null || listener === null) return;
      const answer = local(wanted);
      if (answer !== null) listener.snapshot(runId, answer);
      else if (!inFlight) ask(wanted);
    }, 0);
  };

  /** The seeker's snapshot at t, when it has one in bounds (null: the worker answers). */
  const local = (t: number): Snapshot | null => {
    let answer: Snapshot | null = null;
    try {
      if (seeker !== null) answer = seeker.snapshot(t, last);
    } catch {
      // The page's copy failed (a protocol bug): from now on the worker answers, and reports it.
      seeker = null;
    }
    if (answer === null) return null;
    answers++;
    wanted = null;
    last = answer;
    return answer;
  };

  const ask = (time: number) => {
    inFlight = true;
    answersAtPost = answers;
    send({ kind: 'snapshot', runId, time });
  };

  port.onmessage = (event: MessageEvent) => {
    const message = event.data as FromWorker;
    if (message.runId !== runId || listener === null) return;
    if (message.kind === 'growth') {
      const id = runId;
      const applied = listener.growth(id, message.growth);
      // Once applied, the worker may compute one more (later, while held).
      if (!message.growth.done)
        void Promise.resolve(applied).then(() => {
          if (id !== runId) return;
          if (held) owed++;
          else send({ kind: 'ack', runId });
        });
    }
    else if (message.kind === 'failed') listener.failed(runId, message.error);
    else {
      inFlight = false;
      const fresh = answersAtPost === answers;
      const time = message.snapshot.time;
      if (fresh) {
        answers++;
        last = reuseUnchanged(message.snapshot, last);
        if (wanted === time) wanted = null;
        listener.snapshot(runId, last);
      }
      if (wanted !== null) ask(wanted);
    }
  };

  return {
    start(run: Scenario, next: RunListener): number {
      if (runId > 0) send({ kind: 'cancel', runId });
      runId++;
      listener = next;
      scenario = run;
      seeker = null;
      seekerSoon = false;
      if (run.actions.length <= SEEKER_AT_ONCE_ACTIONS_MAX) seeker = seekerFor(run);
      else if (makeSeeker !== null) seekerLater(run);
      last = null;
      inFlight = false;
      wanted = null;
      owed = 0;
      send({ kind: 'start', runId, scenario: run, budget: options.budget });
      return runId;
    },
    snapshot(t: number): Snapshot | null {
      const answer = local(t);
      if (answer !== null) return answer;
      wanted = t;
      // A seeker about to be built answers it (seekerLater); otherwise the worker does.
      if (!seekerSoon && !inFlight) ask(t);
      return null;
    },
    placeholder(): Snapshot {
      if (last !== null) return last;
      if (scenario === null) throw new Error('RunSource: no run started');
      // A fresh Simulation at time 0 cannot fail where the run itself would not. Without one
      // (not loaded yet, or it failed), the nodes as they begin, until the worker's answer.
      return seeker !== null ? (last = seeker.current(null)) : standInSnapshot(scenario);
    },
    hold(hold: boolean): void {
      held = hold;
      if (held) return;
      for (; owed > 0; owed--) send({ kind: 'ack', runId });
    },
    fail(error: string): void {
      if (runId > 0 && listener !== null) listener.failed(runId, error);
    },
    dispose(): void {
      if (runId > 0) send({ kind: 'cancel', runId });
      listener = null;
      port.onmessage = null;
      options.close?.();
    },
  };
}
