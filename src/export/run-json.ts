// The run's events and messages as JSON (for notebooks and other tools): the scenario, every trace
// entry up to a time with its vector clock, every message sent by then with its fate and the
// entries that sent and received it, and the violations. Contract: pure; a format with a version.

import { FATES } from '../engine/message-log';
import type { Violation } from '../engine/types';
import { BOOT_EVENT, vectorClocks } from '../engine/vector-clocks';
import { describeMessage } from '../store/run';
import { englishNote } from '../i18n/note';
import { runEvents, type ExportableRun } from './run-events';

export const RUN_JSON_VERSION = 1;

export function runJson(run: ExportableRun & { scenario: unknown; violations: readonly Violation[] }, until = Infinity): string {
  const vc = vectorClocks(run.trace, run.messages, run.nodes);
  const { messages } = run;
  const out = [];
  for (let id = 0; id < messages.count && messages.sentAt[id] <= until; id++) {
    const { type, label } = describeMessage(run.protocol, messages.payloads.get(id), 'en');
    const ended = messages.endAt[id] <= until;
    const send = vc.sendEntry[id];
    const receive = vc.receiveEntry[id];
    out.push({
      id,
      from: messages.from[id],
      to: messages.to[id],
      type,
      label,
      sentAt: messages.sentAt[id],
      deliverAt: messages.deliverAt[id],
      endAt: ended ? messages.endAt[id] : null,
      fate: ended ? FATES[messages.fate[id]] : 'in-flight',
      duplicateOf: messages.duplicateOf[id] >= 0 ? messages.duplicateOf[id] : null,
      sendEvent: send === BOOT_EVENT ? 'boot' : send,
      receiveEvent: receive >= 0 && ended ? receive : null,
    });
  }
  return JSON.stringify(
    {
      format: 'consensus-lab-run',
      version: RUN_JSON_VERSION,
      protocol: run.protocol.name,
      nodes: run.nodes,
      until: Number.isFinite(until) ? until : null,
      scenario: run.scenario,
      events: runEvents(run, until, vc),
      messages: out,
      // The detail in English, as the CLI prints it (the record keeps it as a key and parameters).
      violations: run.violations.filter((v) => v.at <= until).map((v) => ({ ...v, detail: englishNote(v.detail) })),
    },
    null,
    1,
  );
}
