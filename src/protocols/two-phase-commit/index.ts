// Placeholder until 2PC lands (issue: 2PC and 3PC).
import { echo } from '../echo';
import type { Protocol } from '../../engine/types';
export const twoPhaseCommit: Protocol = { ...(echo as Protocol), name: '2pc', title: 'Two-Phase Commit' };
