// The three-phase-commit lessons. Each is a scenario and steps whose claims the unit suite checks against the run.
import type { Lesson } from './types';

export const THREE_PHASE_COMMIT_LESSONS: Lesson[] = [];
