// Placeholder until 3PC lands (issue: 2PC and 3PC).
import { echo } from '../echo';
import type { Protocol } from '../../engine/types';
export const threePhaseCommit: Protocol = { ...(echo as Protocol), name: '3pc', title: 'Three-Phase Commit' };
