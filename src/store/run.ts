// The run record: a scenario computed once, end to end, and kept as immutable data for the
// timeline, the message animation, the markers and the event log. Node states at any playhead
// come from a Playhead (the same Simulation, sought with its checkpoints).
// Contract: nothing here knows a protocol's rules; labels come from protocol.describe().

import type { Simulation } from '../engine/simulation';
import type { MessageDescription, MessageRecord, Protocol, TimerInfo, TraceEntry, Violation } from '../engine/types';
import type { Scenario } from '../scenario/format';
import { createSimulation } from '../scenario/simulate';

export interface RunRecord {
  readonly scenario: Scenario;
  readonly protocol: Protocol;
  readonly messages: readonly MessageRecord[];
  readonly trace: readonly TraceEntry[];
  readonly violations: readonly Violation[];
  /** Sorted, distinct times at which something happened (for stepping). */
  readonly eventTimes: readonly number[];
  /** The longest time any message spent on a link (bounds the in-flight search). */
  readonly longestFlightMs: number;
  /** Distinct message types, in order of first appearance. */
  readonly messageTypes: readonly string[];
  readonly traceHash: string;
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

const descriptions = new WeakMap<object, MessageDescription>();

/** describe(), guarded (a protocol still landing must not crash the view) and cached per payload. */
export function describeMessage(protocol: Protocol, payload: unknown): MessageDescription {
  if (typeof payload === 'object' && payload !== null) {
    const cached = descriptions.get(payload);
    if (cached) return cached;
  }
  let description: MessageDescription;
  try {
    const d = protocol.describe(payload);
    description = { type: String(d?.type ?? 'message'), label: String(d?.label ?? d?.type ?? 'message') };
  } catch {
    const type = typeof payload === 'object' && payload !== null && 'type' in payload ? String((payload as { type: unknown }).type) : 'message';
    description = { type, label: type };
  }
  if (typeof payload === 'object' && payload !== null) descriptions.set(payload, description);
  return description;
}

export interface ComputedRun {
  record: RunRecord;
  /** The simulation after the run; the Playhead seeks it. */
  simulation: Simulation;
}

export function computeRun(scenario: Scenario): ComputedRun {
  const simulation = createSimulation(scenario);
  simulation.runUntil(scenario.until);
  const { messages, trace, violations } = simulation;
  const times: number[] = [0];
  for (const entry of trace) if (entry.at !== times[times.length - 1]) times.push(entry.at);
  let longestFlightMs = 0;
  const types: string[] = [];
  const seenTypes = new Set<string>();
  for (const message of messages) {
    const flight = message.endAt - message.sentAt;
    if (flight > longestFlightMs) longestFlightMs = flight;
    const { type } = describeMessage(simulation.protocol, message.payload);
    if (!seenTypes.has(type)) {
      seenTypes.add(type);
      types.push(type);
    }
  }
  const record: RunRecord = {
    scenario,
    protocol: simulation.protocol,
    messages,
    trace,
    violations,
    eventTimes: times,
    longestFlightMs,
    messageTypes: types,
    traceHash: simulation.traceHash(),
  };
  return { record, simulation };
}

/** The state of every node at an integer time, from the simulation's checkpoints and replay. */
export function snapshotAt(simulation: Simulation, time: number, previous: Snapshot | null): Snapshot {
  simulation.seek(time);
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
  let views: Snapshot['views'];
  try {
    views = simulation.views();
  } catch {
    views = Array.from({ length: n }, (_, i) => ({ id: i + 1, up: simulation.isUp(i + 1) }));
  }
  return { time, eventCount: simulation.eventCount, views, timers, cut };
}

/** Index of the last element <= value in a sorted array, or -1. */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
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

/** Messages on a link at time t (sentAt <= t < endAt), oldest first. */
export function messagesInFlight(run: RunRecord, t: number): MessageRecord[] {
  const messages = run.messages;
  // Messages are numbered in send order, so sentAt never decreases with the id.
  let lo = 0;
  let hi = messages.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (messages[mid].sentAt <= t) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const out: MessageRecord[] = [];
  const earliest = t - run.longestFlightMs;
  for (let i = last; i >= 0 && messages[i].sentAt >= earliest; i--) {
    const m = messages[i];
    if (m.endAt > t) out.push(m);
  }
  return out.reverse();
}

/** Index of the last trace entry with at <= t, or -1. */
export function traceIndexAt(trace: readonly TraceEntry[], t: number): number {
  let lo = 0;
  let hi = trace.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (trace[mid].at <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
