// The event log's sentences, from the run record: "S2 → S4 AppendEntries(term 3, 2 entries)",
// in the language the page speaks (or the one asked for). Notes and action outcomes are keys
// with parameters (engine/types.ts Note), rendered by src/i18n/note.ts; the frames around
// messages and timers are keys of src/i18n/en/trace.ts.

import { describeMessage, type RunRecord } from '../store/run';
import { TRACE_KINDS } from '../engine/trace-log';
import { renderNote } from '../i18n/note';
import { timerName } from '../i18n/timer-name';
import { currentLanguage, t, type Language } from '../i18n/translate';

export interface TraceLine {
  at: number;
  kind: string;
  text: string;
  /** Nodes the line is about (for the node filter). */
  nodes: number[];
  /** The message type, for deliver and lost lines. */
  type: string | null;
}

/** How a lost message was lost, as words ("dropped by the network"). */
export function fateWords(fate: string, language: Language = currentLanguage()): string {
  return t(`trace.fate.${fate || 'lost'}`, { lng: language });
}

export function traceLine(run: RunRecord, index: number, language: Language = currentLanguage()): TraceLine {
  const trace = run.trace;
  const at = trace.at[index];
  const kind = TRACE_KINDS[trace.kind[index]];
  const node = trace.node[index];
  const ref = trace.ref[index];
  const word = trace.wordOf(index);
  if ((kind === 'deliver' || kind === 'lost') && ref >= 0 && ref < run.messages.count) {
    const from = run.messages.from[ref];
    const to = run.messages.to[ref];
    const { type, label } = describeMessage(run.protocol, run.messages.payloads.get(ref), language);
    const key = kind === 'lost' ? 'trace.lost' : 'trace.deliver';
    return { at, kind, text: t(key, { from, to, label, fate: fateWords(word, language), lng: language }), nodes: [from, to], type };
  }
  const nodes = node ? [node] : [];
  if (kind === 'timer') return { at, kind, text: t('trace.timer', { node, timer: timerName(word || 'timer', language), lng: language }), nodes, type: null };
  const text = word ? renderNote({ key: word, params: trace.paramsOf(index) }, language) : t(`trace.kind.${kind}`, { lng: language });
  return { at, kind, text, nodes, type: null };
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
    if (!isMessage || describeMessage(run.protocol, run.messages.payloads.get(ref)).type !== type) return false;
  }
  return true;
}
