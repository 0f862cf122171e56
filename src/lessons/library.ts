// The lesson library: every protocol's lessons, in the order the picker lists them (see
// lesson-index.ts), and their words. A chunk of its own: the page loads it when a lesson opens.
import type { Lesson } from './types';
import { addWords } from '../i18n/translate';
import { lessonsRaft } from '../i18n/en/lessons-raft';
import { lessonsPaxos } from '../i18n/en/lessons-paxos';
import { lessonsCommit } from '../i18n/en/lessons-commit';
import { lessonsRaft as lessonsRaftZh } from '../i18n/zh-CN/lessons-raft';
import { lessonsPaxos as lessonsPaxosZh } from '../i18n/zh-CN/lessons-paxos';
import { lessonsCommit as lessonsCommitZh } from '../i18n/zh-CN/lessons-commit';
import { registerLessons } from './registry';
import { RAFT_LESSONS } from './raft';
import { PAXOS_LESSONS } from './paxos';
import { TWO_PHASE_COMMIT_LESSONS } from './two-phase-commit';
import { THREE_PHASE_COMMIT_LESSONS } from './three-phase-commit';

export const LESSONS: readonly Lesson[] = [...RAFT_LESSONS, ...PAXOS_LESSONS, ...TWO_PHASE_COMMIT_LESSONS, ...THREE_PHASE_COMMIT_LESSONS];

export { lessonById } from './registry';

/** Everything the lessons say, beyond their titles. */
export const LESSON_WORDS: Readonly<Record<string, string>> = { ...lessonsRaft, ...lessonsPaxos, ...lessonsCommit };

/** The same in Simplified Chinese: in this chunk too, so a lesson opens in either language at once. */
export const LESSON_WORDS_ZH: Readonly<Record<string, string>> = { ...lessonsRaftZh, ...lessonsPaxosZh, ...lessonsCommitZh };

addWords(LESSON_WORDS);
addWords(LESSON_WORDS_ZH, 'zh-CN');
registerLessons(LESSONS);
