// Placeholder until Raft lands (issue: Raft).
import { echo } from '../echo';
import type { Protocol } from '../../engine/types';
export const raft: Protocol = { ...(echo as Protocol), name: 'raft', title: 'Raft' };
