// The English catalog: every area's keys in one flat record.
import { lessonsCommon } from './lessons-common';
import { lessonsRaft } from './lessons-raft';
import { lessonsPaxos } from './lessons-paxos';
import { lessonsCommit } from './lessons-commit';
import { lessonPanel } from './lesson-panel';
import { legend } from './legend';
import { app } from './app';
import { diagram } from './diagram';

export const en: Readonly<Record<string, string>> = { ...app, ...diagram, ...lessonPanel, ...legend, ...lessonsCommon, ...lessonsRaft, ...lessonsPaxos, ...lessonsCommit };
