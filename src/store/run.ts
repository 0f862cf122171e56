// The run record: a scenario's run, kept as data for the timeline, the message animation, the
// markers and the event log. It may be partial: a RunSource computes it in chunks (in a worker
// in the browser) and the store publishes a new record as it grows, up to `computedUntil`.
// Node states at any playhead are Snapshots, taken from a Simulation sought with its checkpoints.
// Contract: nothing here knows a protocol's rules; labels come from protocol.describe().

import type { Simulation } from '../engine/simulation';
import type { MessageLog } from '../engine/message-log';
import type { TraceLog } from '../engine/trace-log';
import type { MessageRecord, Note, Protocol, TimerInfo, Violation } from '../engine/types';
import { renderNote } from '../i18n/note';
import { currentLanguage, type Language } from '../i18n/translate';
import type { Scenario } from '../scenario/format';
import { protocols } from '../protocols/registry';
import type { BudgetStop } from '../worker/budget-stop';

export interface RunRecord {
  readonly scenario: Scenario;
  readonly protocol: Protocol;
  /** Every message of the run (an independent copy: seeking never changes it). Read only. */
  readonly messages: MessageLog;
  /** The whole trace (an independent copy). Read only; `trace.at` is sorted. */
  readonly trace: TraceLog;
  readonly violations: readonly Violation[];
  /** The longest time any message spent on a link (bounds the in-flight search). */
  readonly longestFlightMs: number;
  /** Distinct message types, in order of first appearance. */
  readonly messageTypes: readonly string[];
  /** The trace hash of the whole run; '' until the run is done. */
  readonly traceHash: string;
  /**
   * Everything up to this simulated time is final (-1 before the first chunk). Equals
   * scenario.until when the run is done, or budgetStop.at when the budget stopped it.
   */
  readonly computedUntil: number;
  /** No more of the run will come (complete, stopped by the budget, or failed). */
  readonly done: boolean;
  /** Set when the engine's budget stopped the run early. */
  readonly budgetStop: BudgetStop | null;
}

/** Node states at one integer time. */
export interface Snapshot {
  readonly time: number;
  /** Events processed up to `time`: equal counts mean equal states within one run. */
  readonly eventCount: number;
  readonly views: readonly ({ id: number; up: boolean } & Record<string, unknown>)[];
  readonly timers: readonly (readonly TimerInfo[])[];
  /** cut[(from-1)*n + (to-1)] is true when the directed link from→to is cut. */
  readonly cut: readonly boolean[];
}

/** A message for people: its type (colour, legend) and its label rendered in one language. */
export interface MessageLabel {
  readonly type: string;
  readonly label: string;
}

/** Per payload: the protocol's description (a Note) and its label per language, rendered once. */
interface Described {
  readonly type: string;
  readonly note: Note;
  readonly labels: Partial<Record<Language, string>>;
}

const descriptions = new WeakMap<object, Described>();

function describe(protocol: Protocol, payload: unknown): Described {
  try {
    const d = protocol.describe(payload);
    const type = String(d?.type ?? 'message');
    const label: unknown = d?.label;
    // A protocol still landing may hand back a string or nothing: show that, or the type.
    const note: Note =
      typeof label === 'object' && label !== null && typeof (label as Note).key === 'string'
        ? (label as Note)
        : { key: RAW, params: { text: typeof label === 'string' ? label : type } };
    return { type, note, labels: {} };
  } catch {
    const type = typeof payload === 'object' && payload !== null && 'type' in payload ? String((payload as { type: unknown }).type) : 'message';
    return { type, note: { key: RAW, params: { text: type } }, labels: {} };
  }
}

// Not a catalog key: the text a misbehaving describe() gave, shown unchanged in every language.
const RAW = '';

/**
 * describe(), guarded (a protocol still landing must not crash the view), with the label rendered
 * in `language` (default: the page's language now; the exports ask for English). Cached per
 * payload and per language, so a language switch never shows labels of the language before.
 */
export function describeMessage(protocol: Protocol, payload: unknown, language: Language = currentLanguage()): MessageLabel {
  const cacheable = typeof payload === 'object' && payload !== null;
  let described = cacheable ? descriptions.get(payload) : undefined;
  if (!described) {
    described = describe(protocol, payload);
    if (cacheable) descriptions.set(payload, described);
  }
  let label = described.labels[language];
  if (label === undefined) {
    const note = described.note;
    label = note.key === RAW ? String(note.params?.text ?? described.type) : renderNote(note, language);
    // Before the run words load, t() answers with the key itself: render again next time.
    if (label !== note.key) described.labels[language] = label;
  }
  return { type: described.type, label };
}

/**
 * What describe() says of a payload, as a Note not rendered: the cached description when there
 * is one, else a fresh one not kept. For estimates over every message of a run (the event log's
 * line widths), which would otherwise render and cache a label per message.
 */
export function messageNote(protocol: Protocol, payload: unknown): { readonly type: string; readonly note: Note } {
  const cached = typeof payload === 'object' && payload !== null ? descriptions.get(payload) : undefined;
  return cached ?? describe(protocol, payload);
}

/**
 * The nodes as they begin (each protocol's init, all up, no timer, no cut link), before the
 * engine has run anything: what the page shows until the first true snapshot comes, when the
 * engine is not loaded on the page yet. No state of the run (start() has not run): eventCount
 * -1, which no true snapshot has.
 */
export function standInSnapshot(scenario: Scenario): Snapshot {
  const protocol = protocols[scenario.protocol];
  const n = scenario.nodes;
  const views: Snapshot['views'][number][] = [];
  for (let id = 1; id <= n; id++) {
    let view: Record<string, unknown> = {};
    try {
      view = protocol.view(protocol.init(id, n, scenario.params), true);
    } catch {
      // A protocol still landing: the node without its fields.
    }
    views.push({ id, up: true, ...view });
  }
  return { time: 0, eventCount: -1, views, timers: Array.from({ length: n }, () => []), cut: new Array<boolean>(n * n).fill(false) };
}

/** The state of every node at an integer time, from the simulation's checkpoints and replay. */
export function snapshotAt(simulation: Simulation, time: number, previous: Snapshot | null): Snapshot {
  simulation.seek(time);
  return snapshotOf(simulation, time, previous);
}

/** The snapshot of a simulation that has just run to `time` (see snapshotAt). */
export function snapshotOf(simulation: Simulation, time: number, previous: Snapshot | null): Snapshot {
  // Within one run the event count determines the state: same count, same nodes.
  if (previous && previous.eventCount === simulation.eventCount) {
    return previous.time === time ? previous : { ...previous, time };
  }
  const n = simulation.nodeCount;
  const timers: TimerInfo[][] = [];
  const cut: boolean[] = new Array(n * n).fill(false);
  for (let from = 1; from <= n; from++) {
    timers.push(simulation.timersOf(from));
    for (let to = 1; to <= n; to++) if (from !== to && simulation.isCut(from, to)) cut[(from - 1) * n + (to - 1)] = true;
  }
  // Keep the previous cut array when nothing changed, so that the links do not re-render.
  const sameCut = previous !== null && previous.cut.length === cut.length && previous.cut.every((value, i) => value === cut[i]);
  let views: Snapshot['views'];
  try {
    views = simulation.views();
  } catch {
    views = Array.from({ length: n }, (_, i) => ({ id: i + 1, up: simulation.isUp(i + 1) }));
  }
  return { time, eventCount: simulation.eventCount, views, timers, cut: sameCut ? previous.cut : cut };
}

/** Index of the last element <= value in a sorted array (or typed array prefix of `length`), or -1. */
export function lastAtOrBefore(sorted: ArrayLike<number>, value: number, length = sorted.length): number {
  let lo = 0;
  let hi = length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The first event time after t, or null. */
export function nextEventTime(run: RunRecord, t: number): number | null {
  const { at, count } = run.trace;
  const i = lastAtOrBefore(at, Math.floor(t), count);
  return i + 1 < count ? at[i + 1] : null;
}

/** The last event time before t, or null. */
export function previousEventTime(run: RunRecord, t: number): number | null {
  const { at, count } = run.trace;
  const i = lastAtOrBefore(at, Math.ceil(t) - 1, count);
  return i >= 0 ? at[i] : null;
}

/** Ids of the messages on a link at time t (sentAt <= t < endAt), oldest first. */
export function messagesInFlight(run: RunRecord, t: number): number[] {
  const { sentAt, endAt, count } = run.messages;
  // Messages are numbered in send order, so sentAt never decreases with the id.
  const last = lastAtOrBefore(sentAt, t, count);
  const out: number[] = [];
  const earliest = t - run.longestFlightMs;
  for (let id = last; id >= 0 && sentAt[id] >= earliest; id--) if (endAt[id] > t) out.push(id);
  return out.reverse();
}

/** Index of the last trace entry with at <= t, or -1. */
export function traceIndexAt(run: RunRecord, t: number): number {
  return lastAtOrBefore(run.trace.at, t, run.trace.count);
}

export type { MessageRecord };
