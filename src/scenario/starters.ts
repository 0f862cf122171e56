// What opens when a protocol is picked: a short scenario whose first seconds of playback show
// the protocol's main path (an election or a first proposal at 10 ms, client requests after),
// instead of waiting through timers. Validated like any other input.

import type { Action } from '../engine/types';
import type { ProtocolName } from '../protocols/registry';
import type { Scenario } from './format';
import { parseScenario } from './validate';

const STARTERS: Record<ProtocolName, { until: number; actions: Action[] }> = {
  // S1's election timeout fires at 10 ms: RequestVote is on the wire within a second of Play.
  raft: {
    until: 3000,
    actions: [
      { at: 10, do: 'timeout', node: 1 },
      { at: 300, do: 'request', node: 1, value: 'x=1' },
      { at: 800, do: 'request', node: 3, value: 'y=2' },
    ],
  },
  paxos: { until: 2000, actions: [{ at: 10, do: 'request', node: 1, value: 'v=A' }] },
  '2pc': {
    until: 2000,
    actions: [
      { at: 10, do: 'request', node: 1, value: 'T1' },
      { at: 600, do: 'request', node: 1, value: 'T2' },
    ],
  },
  '3pc': {
    until: 2000,
    actions: [
      { at: 10, do: 'request', node: 1, value: 'T1' },
      { at: 700, do: 'request', node: 1, value: 'T2' },
    ],
  },
};

export function starterScenario(protocol: ProtocolName): Scenario {
  const result = parseScenario({ version: 1, protocol, ...STARTERS[protocol] });
  if (!result.ok) throw new Error(result.error); // cannot happen: a test parses every starter
  return result.scenario;
}
