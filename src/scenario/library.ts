// The built-in scenarios and lessons: small, guided runs a teacher can project. Each is a
// scenario (JSON, as a file or a link would hold it) with a title and one paragraph to read.
// They are validated like any other input (parseScenario), and a test checks they all parse.

import type { Action } from '../engine/types';
import type { ProtocolName } from '../protocols/registry';
import type { Scenario } from './format';
import { parseScenario } from './validate';

export interface Lesson {
  id: string;
  protocol: ProtocolName;
  title: string;
  /** What to watch for, in a sentence or two. */
  summary: string;
  /** Scenario JSON without `version` (added on load). */
  scenario: Omit<Partial<Scenario>, 'version' | 'protocol'> & { protocol: ProtocolName };
}

/**
 * Raft §9.6: S1 leads term 1; S5 is cut off from 300 to 2000 ms, long enough to time out
 * several times, and misses one entry. The lesson pair (and the PreVote tests) run it with
 * and without PreVote.
 */
export const RAFT_REJOIN_ACTIONS: Action[] = [
  { at: 10, do: 'timeout', node: 1 },
  { at: 100, do: 'request', node: 1, value: 'a' },
  { at: 300, do: 'partition', groups: [[5], [1, 2, 3, 4]] },
  { at: 1000, do: 'request', node: 1, value: 'missed' },
  { at: 2000, do: 'heal' },
  { at: 2500, do: 'request', node: 2, value: 'b' },
];

/**
 * Raft Figure 8 step by step, with the paper's terms (10 ms links; elections only when a
 * `timeout` action asks). Ends as (d): S1 crashes with the term-2 entry on a majority but
 * nothing of term 4 replicated; S5 is elected and overwrites it. The Raft tests reuse it.
 */
export const FIGURE_8_ACTIONS: Action[] = [
  // Index 1 (term 1) committed everywhere by S2, leader of term 1.
  { at: 10, do: 'timeout', node: 2 },
  { at: 100, do: 'request', node: 2, value: 'x=1' },
  // (a) S1 leader of term 2 replicates index 2 to S2 only.
  { at: 300, do: 'timeout', node: 1 },
  { at: 400, do: 'partition', groups: [[1, 2], [3, 4, 5]] },
  { at: 410, do: 'request', node: 1, value: 'x=2' },
  // (b) S1 crashes; S5 is elected for term 3 by S3, S4 and itself and takes index 2 alone.
  { at: 500, do: 'crash', node: 1 },
  { at: 510, do: 'timeout', node: 5 },
  { at: 600, do: 'partition', groups: [[5], [1, 2, 3, 4]] },
  { at: 610, do: 'request', node: 5, value: 'x=3' },
  // (c) S5 crashes; S1 restarts, is elected for term 4 (S2, S3) and copies index 2 to S3.
  { at: 700, do: 'crash', node: 5 },
  { at: 710, do: 'heal' },
  { at: 710, do: 'restart', node: 1 },
  { at: 715, do: 'cut', from: 1, to: 4 },
  { at: 720, do: 'timeout', node: 1 }, // term 3: S3 already voted for S5
  { at: 800, do: 'timeout', node: 1 }, // term 4
  // (d) S1 crashes; S5 restarts and campaigns (term 4: S2, S3 voted already; then term 5).
  { at: 1000, do: 'crash', node: 1 },
  { at: 1010, do: 'restart', node: 5 },
  { at: 1020, do: 'timeout', node: 5 },
  { at: 1100, do: 'timeout', node: 5 },
  { at: 1300, do: 'request', node: 5, value: 'x=5' },
];

export const LESSONS: readonly Lesson[] = [
  {
    id: 'raft-election',
    protocol: 'raft',
    title: 'Raft: a leader is elected',
    summary: 'Five followers wait; the first election timeout starts an election with RequestVote. A majority of votes makes a leader, which then sends AppendEntries heartbeats.',
    scenario: { protocol: 'raft', seed: 1, nodes: 5, until: 3000, actions: [{ at: 600, do: 'request', node: 1, value: 'x=1' }] },
  },
  {
    id: 'raft-leader-crash',
    protocol: 'raft',
    title: 'Raft: the leader crashes',
    summary: 'A leader is elected and replicates two values; then it crashes. The followers time out, elect a new leader in a higher term, and the crashed node rejoins as a follower when it restarts.',
    scenario: {
      protocol: 'raft',
      seed: 7,
      nodes: 5,
      until: 6000,
      actions: [
        { at: 700, do: 'request', node: 1, value: 'x=1' },
        { at: 900, do: 'request', node: 2, value: 'y=2' },
        { at: 1500, do: 'timeout', node: 3 },
        { at: 2500, do: 'crash', node: 3 },
        { at: 4500, do: 'restart', node: 3 },
      ],
    },
  },
  {
    id: 'raft-partition',
    protocol: 'raft',
    title: 'Raft: a minority partition',
    summary: 'The cluster splits 2 | 3. The majority side elects a leader and commits; the minority cannot. After the heal, the old leader steps down and its uncommitted entries are replaced.',
    scenario: {
      protocol: 'raft',
      seed: 3,
      nodes: 5,
      until: 8000,
      actions: [
        { at: 1500, do: 'partition', groups: [[1, 2], [3, 4, 5]] },
        { at: 2000, do: 'request', node: 1, value: 'a=1' },
        { at: 2000, do: 'request', node: 4, value: 'b=2' },
        { at: 5000, do: 'heal' },
      ],
    },
  },
  {
    id: 'raft-rejoin',
    protocol: 'raft',
    title: 'Raft: a rejoining node disrupts the leader (no PreVote)',
    summary: 'S5 is cut off and times out again and again, raising its term. When the network heals, its higher term makes the healthy leader step down, and the cluster holds a needless election.',
    scenario: raftRejoin(false),
  },
  {
    id: 'raft-rejoin-prevote',
    protocol: 'raft',
    title: 'Raft: PreVote keeps the rejoining node from disrupting',
    summary: 'The same run with PreVote: cut off, S5 only asks "would you vote for me?" and never raises its term, so after the heal it simply follows the leader it finds.',
    scenario: raftRejoin(true),
  },
  {
    id: 'raft-figure-8',
    protocol: 'raft',
    title: 'Raft: Figure 8, why old-term entries are not committed by counting',
    summary: 'S1, leader of term 4, gets the term-2 entry x=2 onto a majority but must not commit it: S5 is elected later and overwrites it with its term-3 entry. Turn on the teaching toggle "unsafeCommitOldTerms" to see the invariants catch the unsafe rule.',
    scenario: {
      protocol: 'raft',
      seed: 1,
      nodes: 5,
      until: 2000,
      network: { latencyMsMin: 10, latencyMsMax: 10, dropRatio: 0, duplicateRatio: 0 },
      // Elections only when a timeout action asks; no no-op, as in the paper's figure.
      params: { electionTimeoutMsMin: 5000, electionTimeoutMsMax: 5000, leaderNoop: false },
      actions: FIGURE_8_ACTIONS,
    },
  },
  {
    id: 'paxos-single',
    protocol: 'paxos',
    title: 'Paxos: one proposer, one value chosen',
    summary: 'S1 proposes a value: Prepare and Promise (phase 1), then Accept and Accepted (phase 2). Once a majority accepts, every learner learns the value.',
    scenario: { protocol: 'paxos', seed: 1, nodes: 5, until: 3000, actions: [{ at: 100, do: 'request', node: 1, value: 'v=A' }] },
  },
  {
    id: 'paxos-dueling',
    protocol: 'paxos',
    title: 'Paxos: dueling proposers',
    summary: 'Two proposers start at nearly the same time with different values. Higher ballots pre-empt lower ones; randomized back-off lets one win, and at most one value is ever chosen.',
    scenario: {
      protocol: 'paxos',
      seed: 5,
      nodes: 5,
      until: 5000,
      actions: [
        { at: 100, do: 'request', node: 1, value: 'v=A' },
        { at: 105, do: 'request', node: 5, value: 'v=B' },
      ],
    },
  },
  {
    id: 'paxos-livelock',
    protocol: 'paxos',
    title: 'Paxos: livelock without back-off',
    summary: 'Five proposers start at once and retry immediately (back-off off): each new Prepare pre-empts the others\' ballots and nothing is chosen for seconds. Turn "backoff" on and a value is chosen within a few round trips.',
    scenario: {
      protocol: 'paxos',
      seed: 1,
      nodes: 5,
      until: 6000,
      params: { backoff: false },
      actions: [1, 2, 3, 4, 5].map((node) => ({ at: 0, do: 'request' as const, node, value: `v${node}` })),
    },
  },
  {
    id: '2pc-commit',
    protocol: '2pc',
    title: '2PC: a transaction commits',
    summary: 'The coordinator S1 sends Prepare; every participant votes yes and logs it; S1 logs Commit and tells everyone.',
    scenario: { protocol: '2pc', seed: 1, nodes: 4, until: 3000, actions: [{ at: 100, do: 'request', node: 1, value: 'T1' }] },
  },
  {
    id: '2pc-blocking',
    protocol: '2pc',
    title: '2PC: the coordinator crashes and participants block',
    summary: 'The participants vote yes, then the coordinator crashes before sending the decision. Prepared participants cannot decide alone: they are blocked until it restarts.',
    scenario: {
      protocol: '2pc',
      seed: 1,
      nodes: 4,
      until: 6000,
      network: { latencyMsMin: 20, latencyMsMax: 40, dropRatio: 0, duplicateRatio: 0 },
      actions: [
        { at: 100, do: 'request', node: 1, value: 'T1' },
        { at: 150, do: 'crash', node: 1 },
        { at: 4000, do: 'restart', node: 1 },
      ],
    },
  },
  {
    id: '3pc-commit',
    protocol: '3pc',
    title: '3PC: CanCommit, PreCommit, DoCommit',
    summary: 'The three phases of Skeen\'s protocol without faults: everyone votes yes, is pre-committed, then commits.',
    scenario: { protocol: '3pc', seed: 1, nodes: 4, until: 3000, actions: [{ at: 100, do: 'request', node: 1, value: 'T1' }] },
  },
  {
    id: '3pc-partition',
    protocol: '3pc',
    title: '3PC: a partition splits the decision',
    summary: 'A partition separates pre-committed participants from uncertain ones. By the timeout rules one side commits and the other aborts: watch the Atomicity invariant break.',
    scenario: {
      protocol: '3pc',
      seed: 2,
      nodes: 5,
      until: 6000,
      actions: [
        { at: 100, do: 'request', node: 1, value: 'T1' },
        { at: 175, do: 'partition', groups: [[1, 2], [3, 4, 5]] },
      ],
    },
  },
  {
    id: '3pc-partition-quorum',
    protocol: '3pc',
    title: '3PC with quorum termination: the minority blocks instead',
    summary: 'The same partition with quorum-based termination: a side decides only with a majority of all nodes, so the minority waits (blocked) rather than deciding alone, and Atomicity holds.',
    scenario: {
      protocol: '3pc',
      seed: 2,
      nodes: 5,
      until: 6000,
      params: { termination: 'quorum' },
      actions: [
        { at: 100, do: 'request', node: 1, value: 'T1' },
        { at: 175, do: 'partition', groups: [[1, 2], [3, 4, 5]] },
      ],
    },
  },
];

function raftRejoin(preVote: boolean): Lesson['scenario'] {
  return { protocol: 'raft', seed: 7, nodes: 5, until: 3000, params: { preVote }, actions: RAFT_REJOIN_ACTIONS };
}

/** The lesson's scenario, validated; null if it does not parse (a protocol changed its params). */
export function lessonScenario(lesson: Lesson): Scenario | null {
  const result = parseScenario({ version: 1, ...lesson.scenario });
  return result.ok ? result.scenario : null;
}
