// The run as a list of events for the exports (ShiViz log, JSON): each trace entry up to a time,
// with its node, text and vector clock. Contract: a pure function of the run's logs; English
// words come from the message labels (protocol.describe) and the trace's notes rendered in
// English by src/i18n/note.ts, as in the CLI. Timer names and fates stay the protocol's own.

import type { MessageLog } from '../engine/message-log';
import { DELIVER_ENTRY, LOST_ENTRY, TIMER_ENTRY, TRACE_KINDS, type TraceLog } from '../engine/trace-log';
import type { Protocol } from '../engine/types';
import { clockOf, vectorClocks, type VectorClocks } from '../engine/vector-clocks';
import { describeMessage } from '../store/run';
import { englishNote } from '../i18n/note';

/** What an export reads of a run (a RunRecord has all of it; the CLI builds it from a Simulation). */
export interface ExportableRun {
  readonly protocol: Protocol;
  readonly nodes: number;
  readonly messages: MessageLog;
  readonly trace: TraceLog;
}

export interface ExportedEvent {
  /** Index in the trace. */
  index: number;
  at: number;
  kind: string;
  /** 0 when no node is involved. */
  node: number;
  message?: number;
  text: string;
  /** Vector clock by node id ("S1": 3); null for entries that are no process's event (losses, network actions). */
  clock: Record<string, number> | null;
}

export const hostName = (node: number) => `S${node}`;

/** One line of text for trace entry i, without line breaks. */
export function entryText(run: ExportableRun, i: number): string {
  const { trace, messages } = run;
  const kind = trace.kind[i];
  const ref = trace.ref[i];
  const text = trace.wordOf(i);
  let out: string;
  if ((kind === DELIVER_ENTRY || kind === LOST_ENTRY) && ref >= 0 && ref < messages.count) {
    const label = describeMessage(run.protocol, messages.payloads.get(ref), 'en').label;
    const head = `${hostName(messages.from[ref])} → ${hostName(messages.to[ref])} ${label} #${ref}`;
    out = kind === DELIVER_ENTRY ? `receive ${head}` : `lost (${text}) ${head}`;
  } else if (kind === TIMER_ENTRY) out = `timer ${text}`;
  else out = text ? englishNote({ key: text, params: trace.paramsOf(i) }) : TRACE_KINDS[kind];
  return out.replace(/[\r\n]+/g, ' ');
}

/** Clock as ShiViz wants it: only the nodes it knows of (zero entries left out). */
export function clockRecord(clock: readonly number[]): Record<string, number> {
  const out: Record<string, number> = {};
  clock.forEach((value, k) => {
    if (value > 0) out[hostName(k + 1)] = value;
  });
  return out;
}

/** The entries at or before `until` (default: all), with their clocks. */
export function runEvents(run: ExportableRun, until = Infinity, vc: VectorClocks = vectorClocks(run.trace, run.messages, run.nodes)): ExportedEvent[] {
  const out: ExportedEvent[] = [];
  const { trace } = run;
  for (let i = 0; i < trace.count && trace.at[i] <= until; i++) {
    const kind = trace.kind[i];
    const event: ExportedEvent = { index: i, at: trace.at[i], kind: TRACE_KINDS[kind], node: trace.node[i], text: entryText(run, i), clock: null };
    if ((kind === DELIVER_ENTRY || kind === LOST_ENTRY) && trace.ref[i] >= 0) event.message = trace.ref[i];
    const clock = clockOf(vc, i);
    if (clock) event.clock = clockRecord(clock);
    out.push(event);
  }
  return out;
}
