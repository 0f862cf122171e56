// The lesson library: every protocol's lessons, in the order the picker lists them.
import type { Lesson } from './types';
import { RAFT_LESSONS } from './raft';
import { PAXOS_LESSONS } from './paxos';
import { TWO_PHASE_COMMIT_LESSONS } from './two-phase-commit';
import { THREE_PHASE_COMMIT_LESSONS } from './three-phase-commit';

export const LESSONS: readonly Lesson[] = [...RAFT_LESSONS, ...PAXOS_LESSONS, ...TWO_PHASE_COMMIT_LESSONS, ...THREE_PHASE_COMMIT_LESSONS];

export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((lesson) => lesson.id === id);
}
