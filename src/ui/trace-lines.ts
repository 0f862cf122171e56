// The event log's sentences, from the run record: "S2 → S4 AppendEntries(term 3, 2 entries)".

import { describeMessage, type RunRecord } from '../store/run';
import { TRACE_KINDS } from '../engine/trace-log';

const FATE_TEXT: Record<string, string> = {
  dropped: 'dropped by the network',
  cut: 'lost: link cut',
  crashed: 'lost: receiver down',
  'user-dropped': 'dropped by you',
};

export interface TraceLine {
  at: number;
  kind: string;
  text: string;
  /** Nodes the line is about (for the node filter). */
  nodes: number[];
  /** The message type, for deliver and lost lines. */
  type: string | null;
}

export function traceLine(run: RunRecord, index: number): TraceLine {
  const trace = run.trace;
  const at = trace.at[index];
  const kind = TRACE_KINDS[trace.kind[index]];
  const node = trace.node[index];
  const ref = trace.ref[index];
  const textIndex = trace.textIndex[index];
  const text = textIndex >= 0 ? trace.texts[textIndex] : '';
  if ((kind === 'deliver' || kind === 'lost') && ref >= 0 && ref < run.messages.count) {
    const from = run.messages.from[ref];
    const to = run.messages.to[ref];
    const { type, label } = describeMessage(run.protocol, run.messages.payloads[ref]);
    const head = `S${from} → S${to} ${label}`;
    return { at, kind, text: kind === 'lost' ? `${head} — ${FATE_TEXT[text] ?? 'lost'}` : head, nodes: [from, to], type };
  }
  if (kind === 'timer') return { at, kind, text: `S${node} ${text || 'timer'} timer fired`, nodes: node ? [node] : [], type: null };
  return { at, kind, text: text || kind, nodes: node ? [node] : [], type: null };
}

/** Does trace entry `index` pass the filter? Reads the columns directly (no allocation). */
export function matchesFilter(run: RunRecord, index: number, node: number | null, type: string | null): boolean {
  const trace = run.trace;
  const kind = trace.kind[index];
  const ref = trace.ref[index];
  const isMessage = (TRACE_KINDS[kind] === 'deliver' || TRACE_KINDS[kind] === 'lost') && ref >= 0 && ref < run.messages.count;
  if (node !== null) {
    const involved = isMessage ? run.messages.from[ref] === node || run.messages.to[ref] === node : trace.node[index] === node;
    if (!involved) return false;
  }
  if (type !== null) {
    if (type === '') return !isMessage; // "no messages": timers, actions, notes
    if (!isMessage || describeMessage(run.protocol, run.messages.payloads[ref]).type !== type) return false;
  }
  return true;
}
