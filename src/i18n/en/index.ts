// The English catalog: every area's keys in one flat record.
import { lessonsCommon } from './lessons-common';
import { lessonsRaft } from './lessons-raft';
import { lessonsPaxos } from './lessons-paxos';
import { lessonsCommit } from './lessons-commit';

export const en: Readonly<Record<string, string>> = { ...lessonsCommon, ...lessonsRaft, ...lessonsPaxos, ...lessonsCommit };
