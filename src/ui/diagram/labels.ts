// The diagram's words for one message, one trace entry, one violation: hover labels and the
// labels written on the lanes. Contract: catalog keys only (src/i18n/en/diagram.ts); trace texts
// and message labels come from the run as the event log shows them.

import { FATES } from '../../engine/message-log';
import { TIMER_ENTRY } from '../../engine/trace-log';
import { renderNote } from '../../i18n/note';
import { timerName } from '../../i18n/timer-name';
import { t } from '../../i18n/translate';
import { describeMessage, type RunRecord } from '../../store/run';
import { traceLine } from '../trace-lines';

const LANE_LABEL_CHARS = 34;

export function fateText(fate: number): string {
  return t(`diagram.fate.${FATES[fate]}`);
}

export function messageLabel(run: RunRecord, id: number, cutoff = Infinity): string {
  const m = run.messages;
  const { label } = describeMessage(run.protocol, m.payloads.get(id));
  const parts = [t('diagram.message', { from: m.from[id], to: m.to[id], label, sent: m.sentAt[id] })];
  const fate = m.fate[id];
  if (m.endAt[id] > cutoff || fate === 0) parts.push(t('diagram.message.inFlight', { at: m.deliverAt[id] }));
  else if (fate === 1) parts.push(t('diagram.message.delivered', { at: m.endAt[id] }));
  else parts.push(t('diagram.message.lost', { at: m.endAt[id], fate: fateText(fate) }));
  if (m.duplicateOf[id] >= 0) parts.push(t('diagram.message.duplicate', { of: m.duplicateOf[id] }));
  return `#${id} ${parts.join(', ')}`;
}

export function entryLabel(run: RunRecord, index: number): string {
  const trace = run.trace;
  const text = trace.kind[index] === TIMER_ENTRY ? t('diagram.timer', { name: timerName(trace.wordOf(index)) }) : traceLine(run, index).text;
  return trace.node[index] ? t('diagram.event', { node: trace.node[index], at: trace.at[index], text }) : `${trace.at[index]} ms: ${text}`;
}

/** A short label written on a lane: the trace text without the node's own name in front. */
export function laneLabel(run: RunRecord, index: number): string {
  const node = run.trace.node[index];
  let text = traceLine(run, index).text.replace(new RegExp(`^S${node} `), '');
  if (text.length > LANE_LABEL_CHARS) text = text.slice(0, LANE_LABEL_CHARS - 1) + '…';
  return text;
}

/**
 * The word written at a network-wide action's line (partition, heal, network change); acts on one
 * message (drop, duplicate, delay) get none: their arrow shows them, hovering the line says more.
 */
export function networkLabel(run: RunRecord, index: number): string | null {
  const action = run.scenario.actions[run.trace.ref[index]];
  return action && (action.do === 'partition' || action.do === 'heal' || action.do === 'network') ? t(`diagram.net.${action.do}`) : null;
}

export function violationLabel(run: RunRecord, index: number): string {
  const v = run.violations[index];
  return t('diagram.violation', { invariant: v.invariant, at: v.at, detail: renderNote(v.detail) });
}

export function cutLabel(links: readonly [number, number][]): string {
  return t('diagram.cut', { links: links.map(([a, b]) => `S${a}→S${b}`).join(', ') });
}
