// Happens-before for a finished (or partial) run: a vector clock per trace entry, a pure function
// of the TraceLog and the MessageLog. Contract: reads the logs, never changes them; the same logs
// give the same clocks. Node n's events are its trace entries (deliver, timer, action, note with
// node n) plus a boot event at time 0 (a node's start() may send before any entry exists).
// Lost entries and node-less actions (partition, heal, network, drop, ...) are no process's
// event: they get no clock, and a lost message has no receive event.
//
// Which entry sent a message is recorded by the engine (MessageLog.sentBy, a copy carrying its
// original's): exact even when the sender had several events in one millisecond. A message
// with no sending entry was sent by its sender's start() at boot.

import { ACTION_ENTRY, DELIVER_ENTRY, NOTE_ENTRY, TIMER_ENTRY, type TraceLog } from './trace-log';
import type { MessageLog } from './message-log';

/** No clock: the entry is no process's event. */
export const NO_EVENT = -1;
/** The message was sent by its sender's boot event (start() at time 0). */
export const BOOT_EVENT = -2;

export interface VectorClocks {
  /** Number of nodes (clock width). */
  readonly nodes: number;
  /** Entries covered (the trace's count when computed). */
  readonly count: number;
  /** clocks[i * nodes + (n - 1)]: entry i's knowledge of node n's events (0 when no clock). */
  readonly clocks: Int32Array;
  /** 1 when entry i is a process event (it has a clock). */
  readonly isEvent: Uint8Array;
  /** sendEntry[m]: the trace entry that sent message m, or BOOT_EVENT. */
  readonly sendEntry: Int32Array;
  /** receiveEntry[m]: the deliver entry of message m, or NO_EVENT (lost, or still in flight). */
  readonly receiveEntry: Int32Array;
}

function isProcessEntry(kind: number, node: number): boolean {
  if (node === 0) return false;
  return kind === DELIVER_ENTRY || kind === TIMER_ENTRY || kind === ACTION_ENTRY || kind === NOTE_ENTRY;
}

/** The sending entry of every message (MessageLog.sentBy), or BOOT_EVENT. */
function sendingEntries(trace: TraceLog, messages: MessageLog): Int32Array {
  const sendEntry = new Int32Array(messages.count).fill(BOOT_EVENT);
  for (let m = 0; m < messages.count; m++) {
    const s = messages.sentBy[m];
    // An entry past the trace (logs cut at different points) is treated as unknown: boot.
    if (s >= 0 && s < trace.count) sendEntry[m] = s;
  }
  return sendEntry;
}

/** Vector clocks of every trace entry of the run (see the file's contract). */
export function vectorClocks(trace: TraceLog, messages: MessageLog, nodes: number): VectorClocks {
  const count = trace.count;
  const receiveEntry = new Int32Array(messages.count).fill(NO_EVENT);
  for (let i = 0; i < count; i++) {
    if (trace.kind[i] !== DELIVER_ENTRY) continue;
    const m = trace.ref[i];
    if (m >= 0 && m < messages.count) receiveEntry[m] = i;
  }
  const sendEntry = sendingEntries(trace, messages);
  const clocks = new Int32Array(count * nodes);
  const isEvent = new Uint8Array(count);
  // Each node's running clock; the boot event is its first event.
  const current = new Int32Array(nodes * nodes);
  for (let n = 0; n < nodes; n++) current[n * nodes + n] = 1;
  const boot = (n: number, out: Int32Array, at: number) => {
    for (let k = 0; k < nodes; k++) out[at + k] = k === n - 1 ? 1 : 0;
  };
  const sendClock = new Int32Array(nodes);
  for (let i = 0; i < count; i++) {
    const node = trace.node[i];
    const kind = trace.kind[i];
    if (!isProcessEntry(kind, node) || node > nodes) continue;
    const row = (node - 1) * nodes;
    if (kind === DELIVER_ENTRY) {
      const m = trace.ref[i];
      const s = m >= 0 && m < messages.count ? sendEntry[m] : NO_EVENT;
      if (s === BOOT_EVENT) boot(messages.from[m], sendClock, 0);
      else if (s >= 0) sendClock.set(clocks.subarray(s * nodes, s * nodes + nodes));
      else sendClock.fill(0);
      for (let k = 0; k < nodes; k++) if (sendClock[k] > current[row + k]) current[row + k] = sendClock[k];
    }
    current[row + node - 1]++;
    clocks.set(current.subarray(row, row + nodes), i * nodes);
    isEvent[i] = 1;
  }
  return { nodes, count, clocks, isEvent, sendEntry, receiveEntry };
}

/** The clock of entry i (a copy), or null when it is no process's event. */
export function clockOf(vc: VectorClocks, i: number): number[] | null {
  if (i < 0 || i >= vc.count || vc.isEvent[i] === 0) return null;
  return Array.from(vc.clocks.subarray(i * vc.nodes, (i + 1) * vc.nodes));
}

/**
 * a → b (a happened before b), for two process events of the same run. a's own component
 * decides: b knows a iff b's clock counts at least as many of a's node's events as a's does.
 */
export function happenedBefore(vc: VectorClocks, trace: TraceLog, a: number, b: number): boolean {
  if (a === b || vc.isEvent[a] === 0 || vc.isEvent[b] === 0) return false;
  const k = trace.node[a] - 1;
  return vc.clocks[a * vc.nodes + k] <= vc.clocks[b * vc.nodes + k];
}

/** Neither happened before the other. */
export function concurrent(vc: VectorClocks, trace: TraceLog, a: number, b: number): boolean {
  return a !== b && !happenedBefore(vc, trace, a, b) && !happenedBefore(vc, trace, b, a);
}
