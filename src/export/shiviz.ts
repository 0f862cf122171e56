// The run as a ShiViz log (https://bestchai.bitbucket.io/shiviz/): the first line is the regular
// expression that parses each event, the second the (empty) delimiter of multiple executions,
// then one line per process event: host, vector clock JSON, simulated time, text. Each node's
// boot event (time 0) opens its lane, as in src/engine/vector-clocks.ts. Contract: pure.

import { vectorClocks } from '../engine/vector-clocks';
import { clockRecord, hostName, runEvents, type ExportableRun } from './run-events';

/** ShiViz reads the named groups host, clock and event; time is kept as an extra field. */
export const SHIVIZ_REGEX = String.raw`(?<host>S\d+) (?<clock>\{[^}]*\}) (?<time>\d+) (?<event>.*)`;

export function shivizLog(run: ExportableRun, until = Infinity): string {
  const vc = vectorClocks(run.trace, run.messages, run.nodes);
  const lines = [SHIVIZ_REGEX, ''];
  for (let node = 1; node <= run.nodes; node++) {
    const clock = new Array<number>(run.nodes).fill(0);
    clock[node - 1] = 1;
    lines.push(`${hostName(node)} ${JSON.stringify(clockRecord(clock))} 0 boot`);
  }
  for (const event of runEvents(run, until, vc)) {
    if (event.clock === null) continue;
    lines.push(`${hostName(event.node)} ${JSON.stringify(event.clock)} ${event.at} ${event.text}`);
  }
  return lines.join('\n') + '\n';
}

export interface ParsedShivizEvent {
  host: string;
  clock: Record<string, number>;
  time: number;
  event: string;
}

/** Parse a log written by shivizLog with its own first-line regular expression (as ShiViz does). */
export function parseShivizLog(text: string): ParsedShivizEvent[] {
  const [regexLine, , ...rest] = text.split('\n');
  const pattern = new RegExp(regexLine);
  const out: ParsedShivizEvent[] = [];
  for (const line of rest) {
    if (line === '') continue;
    const match = pattern.exec(line);
    if (!match?.groups) throw new Error(`shiviz: line does not match: ${line.slice(0, 80)}`);
    const { host, clock, time, event } = match.groups;
    out.push({ host, clock: JSON.parse(clock) as Record<string, number>, time: Number(time), event });
  }
  return out;
}
