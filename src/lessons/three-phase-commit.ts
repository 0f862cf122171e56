// The Three-Phase Commit lessons (Skeen, "Nonblocking Commit Protocols", 1981; quorum-based
// termination after Skeen 1982). S1 coordinates. Each is a scenario and steps whose claims the
// unit suite checks against the run.

import type { Action } from '../engine/types';
import type { Lesson } from './types';
import { outcomeChoices } from './two-phase-commit';

/**
 * Seed 2, five nodes: every vote is in at 61 ms and S1 sends PreCommit; it reaches S3 (72 ms)
 * and S4 (73 ms), and the partition at 80 ms cuts the copies still on their way to S2 and S5.
 * So the pre-committed S3, S4 (with S1) and the uncertain S2, S5 are on opposite sides.
 */
const SPLIT_AFTER_PRECOMMIT: Action[] = [
  { at: 10, do: 'request', node: 1, value: 'T1' },
  { at: 80, do: 'partition', groups: [[1, 3, 4], [2, 5]] },
];

export const THREE_PHASE_COMMIT_LESSONS: Lesson[] = [
  {
    id: '3pc-commit',
    protocol: '3pc',
    titleKey: 'lessons.3pc-commit.title',
    scenario: { protocol: '3pc', seed: 1, nodes: 4, until: 700, actions: [{ at: 10, do: 'request', node: 1, value: 'T1' }] },
    steps: [
      {
        at: 30,
        key: 'lessons.3pc-commit.s1',
        highlight: { nodes: [2, 3, 4], messageTypes: ['VoteYes'] },
        claims: [{ transaction: 'T1', state: 'prepared', on: [2, 3, 4] }, { transaction: 'T1', state: 'working', on: [1] }],
      },
      {
        // Skeen 1981: the extra state p (precommitted) separates "everyone voted yes" from
        // "committed", so that no node is ever both uncertain and next to a committed node.
        at: 55,
        key: 'lessons.3pc-commit.s2',
        highlight: { nodes: [1], messageTypes: ['PreCommit'] },
        claims: [
          { transaction: 'T1', state: 'precommitted', on: [1] },
          { node: 1, votes: { T1: { '2': 'yes', '3': 'yes', '4': 'yes' } } },
          { transaction: 'T1', state: 'prepared', on: [2, 3, 4] },
          { committed: 'T1', on: [] },
        ],
      },
      {
        at: 90,
        key: 'lessons.3pc-commit.s3',
        highlight: { nodes: [2, 3, 4], messageTypes: ['Ack'] },
        claims: [{ transaction: 'T1', state: 'precommitted', on: [1, 2, 3, 4] }, { committed: 'T1', on: [] }],
        question: { key: 'lessons.3pc-commit.s3.q', choices: outcomeChoices('T1', [1]).slice(0, 2) },
      },
      {
        at: 110,
        key: 'lessons.3pc-commit.s4',
        highlight: { nodes: [1], messageTypes: ['DoCommit'] },
        claims: [{ committed: 'T1', on: [1] }, { transaction: 'T1', state: 'precommitted', on: [2, 3, 4] }],
      },
      {
        at: 140,
        key: 'lessons.3pc-commit.s5',
        highlight: { nodes: [2, 3, 4] },
        claims: [{ committed: 'T1', on: [1, 2, 3, 4] }, { violations: 0 }],
      },
    ],
  },
  {
    id: '3pc-coordinator-crash',
    protocol: '3pc',
    titleKey: 'lessons.3pc-coordinator-crash.title',
    scenario: {
      protocol: '3pc',
      seed: 1,
      nodes: 4,
      until: 1000,
      actions: [
        { at: 10, do: 'request', node: 1, value: 'T1' },
        { at: 50, do: 'request', node: 1, value: 'T2' },
        { at: 60, do: 'crash', node: 1 },
        { at: 800, do: 'restart', node: 1 },
      ],
    },
    steps: [
      {
        at: 60,
        key: 'lessons.3pc-coordinator-crash.s1',
        highlight: { nodes: [1], messageTypes: ['PreCommit', 'CanCommit'] },
        claims: [{ node: 1, up: false, transactions: { T1: 'precommitted', T2: 'working' } }, { transaction: 'T1', state: 'prepared', on: [2, 3, 4] }],
      },
      {
        at: 90,
        key: 'lessons.3pc-coordinator-crash.s2',
        highlight: { nodes: [2, 3, 4], messageTypes: ['VoteYes'] },
        claims: [
          { transaction: 'T1', state: 'precommitted', on: [1, 2, 3, 4] },
          { transaction: 'T2', state: 'prepared', on: [2, 3, 4] },
          { node: 1, up: false },
        ],
        question: {
          key: 'lessons.3pc-coordinator-crash.s2.q',
          choices: [
            {
              key: 'lessons.3pc-coordinator-crash.s2.q.split',
              holds: [
                { transaction: 'T1', state: 'committed', on: [2, 3, 4] },
                { transaction: 'T2', state: 'aborted', on: [2, 3, 4] },
              ],
            },
            { key: 'lessons.3pc-coordinator-crash.s2.q.commit', holds: [{ transaction: 'T1', state: 'committed', on: [2, 3, 4] }, { transaction: 'T2', state: 'committed', on: [2, 3, 4] }] },
            { key: 'lessons.3pc-coordinator-crash.s2.q.abort', holds: [{ transaction: 'T1', state: 'aborted', on: [2, 3, 4] }, { transaction: 'T2', state: 'aborted', on: [2, 3, 4] }] },
            { key: 'lessons.choice.blocked', holds: [{ blocked: 'T1', on: [2, 3, 4] }] },
          ],
        },
      },
      {
        // Skeen 1981, the timeout rules of the central-site protocol: a participant in w (no
        // PreCommit) aborts — no site can have committed, since commit needs every site in p
        // first; a participant in p commits — every site voted yes.
        at: 700,
        key: 'lessons.3pc-coordinator-crash.s3',
        highlight: { nodes: [2, 3, 4] },
        claims: [
          { committed: 'T1', on: [2, 3, 4] },
          { aborted: 'T2', on: [2, 3, 4] },
          { blocked: 'T1', on: [] },
          { blocked: 'T2', on: [] },
          { node: 1, up: false },
        ],
      },
      {
        at: 812,
        key: 'lessons.3pc-coordinator-crash.s4',
        highlight: { nodes: [1], messageTypes: ['DoCommit', 'Abort'] },
        claims: [{ committed: 'T1', on: [1, 2, 3, 4] }, { aborted: 'T2', on: [1, 2, 3, 4] }, { violations: 0 }],
      },
    ],
  },
  {
    id: '3pc-partition',
    protocol: '3pc',
    titleKey: 'lessons.3pc-partition.title',
    scenario: { protocol: '3pc', seed: 2, nodes: 5, until: 1200, actions: SPLIT_AFTER_PRECOMMIT },
    steps: [
      {
        at: 61,
        key: 'lessons.3pc-partition.s1',
        highlight: { nodes: [1], messageTypes: ['PreCommit'] },
        claims: [{ transaction: 'T1', state: 'precommitted', on: [1] }, { transaction: 'T1', state: 'prepared', on: [2, 3, 4, 5] }],
      },
      {
        at: 80,
        key: 'lessons.3pc-partition.s2',
        highlight: { nodes: [2, 5], links: [[1, 2], [1, 5]] },
        claims: [{ transaction: 'T1', state: 'precommitted', on: [1, 3, 4] }, { transaction: 'T1', state: 'prepared', on: [2, 5] }, { violations: 0 }],
        question: { key: 'lessons.3pc-partition.s2.q', choices: outcomeChoices('T1', [1]) },
      },
      {
        // Skeen 1981: the coordinator in p commits when an ack does not come — in the paper's
        // failure model a silent site has crashed. Under a partition it is alive.
        at: 400,
        key: 'lessons.3pc-partition.s3',
        highlight: { nodes: [1, 3, 4] },
        claims: [{ committed: 'T1', on: [1, 3, 4] }, { transaction: 'T1', state: 'prepared', on: [2, 5] }, { violations: 0 }],
        question: { key: 'lessons.3pc-partition.s3.q', choices: outcomeChoices('T1', [2]) },
      },
      {
        at: 640,
        key: 'lessons.3pc-partition.s4',
        highlight: { nodes: [2, 5] },
        claims: [{ aborted: 'T1', on: [2, 5] }, { committed: 'T1', on: [1, 3, 4] }, { violation: 'Atomicity' }],
      },
    ],
  },
  {
    id: '3pc-quorum',
    protocol: '3pc',
    titleKey: 'lessons.3pc-quorum.title',
    scenario: {
      protocol: '3pc',
      seed: 2,
      nodes: 5,
      until: 1300,
      params: { termination: 'quorum' },
      actions: [...SPLIT_AFTER_PRECOMMIT, { at: 1000, do: 'heal' }],
    },
    steps: [
      {
        at: 80,
        key: 'lessons.3pc-quorum.s1',
        highlight: { nodes: [2, 5], links: [[1, 2], [1, 5]] },
        claims: [{ transaction: 'T1', state: 'precommitted', on: [1, 3, 4] }, { transaction: 'T1', state: 'prepared', on: [2, 5] }],
        question: { key: 'lessons.3pc-quorum.s1.q', choices: outcomeChoices('T1', [1]) },
      },
      {
        // Skeen 1982 (quorum-based commit): commit only with a commit quorum — here a majority
        // of all nodes — known to be precommitted; abort only with a majority pre-aborted.
        at: 130,
        key: 'lessons.3pc-quorum.s2',
        highlight: { nodes: [1, 3, 4] },
        claims: [{ committed: 'T1', on: [1, 3, 4] }, { transaction: 'T1', state: 'prepared', on: [2, 5] }],
        question: { key: 'lessons.3pc-quorum.s2.q', choices: outcomeChoices('T1', [2, 5]) },
      },
      {
        at: 660,
        key: 'lessons.3pc-quorum.s3',
        highlight: { nodes: [2, 5], messageTypes: ['StateReply'] },
        claims: [
          { blocked: 'T1', on: [2, 5] },
          { transaction: 'T1', state: 'prepared', on: [2, 5] },
          { aborted: 'T1', on: [] },
          { violations: 0 },
        ],
      },
      {
        at: 1275,
        key: 'lessons.3pc-quorum.s4',
        highlight: { nodes: [2, 5], messageTypes: ['StateReply'] },
        claims: [{ committed: 'T1', on: [1, 2, 3, 4, 5] }, { blocked: 'T1', on: [] }, { violations: 0 }],
      },
    ],
  },
];
