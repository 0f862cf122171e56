// The paxos lessons. Each is a scenario and steps whose claims the unit suite checks against the run.
import type { Lesson } from './types';

export const PAXOS_LESSONS: Lesson[] = [];
