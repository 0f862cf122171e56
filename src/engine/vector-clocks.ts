// Happens-before for a finished (or partial) run: a vector clock per trace entry, a pure function
// of the TraceLog and the MessageLog. Contract: reads the logs, never changes them; the same logs
// give the same clocks. Node n's events are its trace entries (deliver, timer, action, note with
// node n) plus a boot event at time 0 (a node's start() may send before any entry exists).
// Lost entries and node-less actions (partition, heal, network, drop, ...) are no process's
// event: they get no clock, and a lost message has no receive event.
//
// The logs do not say which entry of a node sent a message, only its sender and send time. The
// sending entry is the latest entry of the sender at that time consistent with the order of the
// logs (message ids and trace entries both grow in execution order): exact when the sender had
// one event that millisecond, otherwise the latest one, which can only add causal edges, never
// miss one (its clock dominates the true sender's).

import { ACTION_ENTRY, DELIVER_ENTRY, LOST_ENTRY, NOTE_ENTRY, TIMER_ENTRY, type TraceLog } from './trace-log';
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

/** The sending entry of every message (see the file's comment), or BOOT_EVENT. */
function sendingEntries(trace: TraceLog, messages: MessageLog, nodes: number, endEntry: Int32Array): Int32Array {
  const count = trace.count;
  // Each node's event entries, ascending.
  const byNode: number[][] = Array.from({ length: nodes + 1 }, () => []);
  for (let i = 0; i < count; i++) if (isProcessEntry(trace.kind[i], trace.node[i])) byNode[trace.node[i]].push(i);
  const sendEntry = new Int32Array(messages.count).fill(BOOT_EVENT);
  // Walk messages from the last: each takes the latest candidate not after the next one's entry.
  let bound = count - 1;
  for (let m = messages.count - 1; m >= 0; m--) {
    if (messages.duplicateOf[m] >= 0) continue; // a copy carries its original's sender (below)
    const from = messages.from[m];
    const sentAt = messages.sentAt[m];
    // Recorded at the same millisecond after the send (a loss at send, a zero-latency delivery).
    const end = endEntry[m];
    const limit = end >= 0 && trace.at[end] === sentAt ? Math.min(bound, end - 1) : bound;
    const list = byNode[from] ?? [];
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid] <= limit && trace.at[list[mid]] <= sentAt) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found >= 0 && trace.at[list[found]] === sentAt) {
      sendEntry[m] = list[found];
      bound = list[found];
    } else if (found >= 0 && sentAt > 0) {
      // Not expected from the engine (a send happens inside a handler with its own entry):
      // fall back to the sender's latest earlier event, which still dominates.
      sendEntry[m] = list[found];
    }
  }
  for (let m = 0; m < messages.count; m++) {
    const original = messages.duplicateOf[m];
    if (original >= 0) sendEntry[m] = sendEntry[original];
  }
  return sendEntry;
}

/** Vector clocks of every trace entry of the run (see the file's contract). */
export function vectorClocks(trace: TraceLog, messages: MessageLog, nodes: number): VectorClocks {
  const count = trace.count;
  const endEntry = new Int32Array(messages.count).fill(NO_EVENT);
  const receiveEntry = new Int32Array(messages.count).fill(NO_EVENT);
  for (let i = 0; i < count; i++) {
    const kind = trace.kind[i];
    if (kind !== DELIVER_ENTRY && kind !== LOST_ENTRY) continue;
    const m = trace.ref[i];
    if (m < 0 || m >= messages.count) continue;
    endEntry[m] = i;
    if (kind === DELIVER_ENTRY) receiveEntry[m] = i;
  }
  const sendEntry = sendingEntries(trace, messages, nodes, endEntry);
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
