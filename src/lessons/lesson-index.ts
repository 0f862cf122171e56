// The lessons the picker lists, in its order, without their steps: the page's first load carries
// only this and the titles; the library (steps, claims, narration) loads when a lesson opens.
// A unit test keeps this list equal to the library's ids and protocols.

import type { ProtocolName } from '../protocols/registry';

export interface LessonEntry {
  id: string;
  protocol: ProtocolName;
}

const entries = (protocol: ProtocolName, ids: string[]): LessonEntry[] => ids.map((id) => ({ id, protocol }));

export const LESSON_INDEX: readonly LessonEntry[] = [
  ...entries('raft', ['raft-election', 'raft-leader-crash', 'raft-partition', 'raft-log-repair', 'raft-figure-8', 'raft-rejoin', 'raft-rejoin-prevote']),
  ...entries('paxos', ['paxos-single', 'paxos-dueling', 'paxos-livelock', 'paxos-p2c', 'paxos-acceptor-crash']),
  ...entries('2pc', ['2pc-commit', '2pc-no-vote', '2pc-blocking', '2pc-cooperative']),
  ...entries('3pc', ['3pc-commit', '3pc-coordinator-crash', '3pc-partition', '3pc-quorum']),
];

export const lessonTitleKey = (id: string): string => `lessons.${id}.title`;
