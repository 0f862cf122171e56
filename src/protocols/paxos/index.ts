// Placeholder until Paxos lands (issue: Paxos).
import { echo } from '../echo';
import type { Protocol } from '../../engine/types';
export const paxos: Protocol = { ...(echo as Protocol), name: 'paxos', title: 'Paxos' };
