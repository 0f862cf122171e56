// The Two-Phase Commit lessons (Gray, "Notes on Data Base Operating Systems"; Lamport's
// TwoPhase/TCommit specs). S1 coordinates, S2..S4 participate. Each is a scenario and steps
// whose claims the unit suite checks against the run.

import type { Choice, Claim, Lesson } from './types';

/** Commit / Abort / It waits: what these participants will do, as claims at the next step (3PC's lessons share it). */
export function outcomeChoices(t: string, nodes: readonly number[]): Choice[] {
  const all = (claim: (node: number) => Claim) => nodes.map(claim);
  return [
    { key: 'lessons.choice.commit', holds: all((node) => ({ node, transactions: { [t]: 'committed' } })) },
    { key: 'lessons.choice.abort', holds: all((node) => ({ node, transactions: { [t]: 'aborted' } })) },
    { key: 'lessons.choice.blocked', holds: [{ blocked: t, on: nodes }] },
  ];
}

/** S1 decides commit, but the links to S2 and S4 are cut: only S3 hears it; then S1 crashes. */
const COMMIT_REACHES_ONLY_S3 = [
  { at: 10, do: 'request' as const, node: 1, value: 'T1' },
  { at: 50, do: 'cut' as const, from: 1, to: 2 },
  { at: 50, do: 'cut' as const, from: 1, to: 4 },
  { at: 90, do: 'crash' as const, node: 1 },
];

export const TWO_PHASE_COMMIT_LESSONS: Lesson[] = [
  {
    id: '2pc-commit',
    protocol: '2pc',
    titleKey: 'lessons.2pc-commit.title',
    scenario: { protocol: '2pc', seed: 1, nodes: 4, until: 600, actions: [{ at: 10, do: 'request', node: 1, value: 'T1' }] },
    steps: [
      {
        at: 10,
        key: 'lessons.2pc-commit.s1',
        highlight: { nodes: [1], messageTypes: ['Prepare'] },
        claims: [{ node: 1, role: 'coordinator', transactions: { T1: 'working' } }, { transaction: 'T1', state: 'working', on: [1] }],
      },
      {
        // Gray: a participant forces its yes vote to its log before sending it; from then on it
        // is prepared and may neither commit nor abort on its own.
        at: 30,
        key: 'lessons.2pc-commit.s2',
        highlight: { nodes: [2, 3, 4], messageTypes: ['VoteYes'] },
        claims: [{ transaction: 'T1', state: 'prepared', on: [2, 3, 4] }, { transaction: 'T1', state: 'working', on: [1] }],
        question: { key: 'lessons.2pc-commit.s2.q', choices: outcomeChoices('T1', [1]).slice(0, 2) },
      },
      {
        at: 55,
        key: 'lessons.2pc-commit.s3',
        highlight: { nodes: [1], messageTypes: ['Commit'] },
        claims: [
          { committed: 'T1', on: [1] },
          { node: 1, votes: { T1: { '2': 'yes', '3': 'yes', '4': 'yes' } } },
          { transaction: 'T1', state: 'prepared', on: [2, 3, 4] },
        ],
      },
      {
        at: 110,
        key: 'lessons.2pc-commit.s4',
        highlight: { nodes: [2, 3, 4] },
        claims: [{ committed: 'T1', on: [1, 2, 3, 4] }, { node: 1, logLength: 3 }, { violations: 0 }],
      },
    ],
  },
  {
    id: '2pc-no-vote',
    protocol: '2pc',
    titleKey: 'lessons.2pc-no-vote.title',
    scenario: {
      protocol: '2pc',
      seed: 1,
      nodes: 4,
      until: 600,
      params: { votes: { '3': 'no' } },
      actions: [{ at: 10, do: 'request', node: 1, value: 'T1' }],
    },
    steps: [
      {
        at: 20,
        key: 'lessons.2pc-no-vote.s1',
        highlight: { nodes: [3], messageTypes: ['Prepare', 'VoteNo'] },
        claims: [{ aborted: 'T1', on: [3] }, { transaction: 'T1', state: 'working', on: [1] }],
      },
      {
        at: 46,
        key: 'lessons.2pc-no-vote.s2',
        highlight: { nodes: [1, 2, 4], messageTypes: ['Abort'] },
        claims: [
          { aborted: 'T1', on: [1, 3] },
          { node: 1, votes: { T1: { '3': 'no' } } },
          { transaction: 'T1', state: 'prepared', on: [2, 4] },
        ],
        question: { key: 'lessons.2pc-no-vote.s2.q', choices: outcomeChoices('T1', [4]) },
      },
      {
        at: 90,
        key: 'lessons.2pc-no-vote.s3',
        highlight: { nodes: [1, 2, 3, 4] },
        claims: [{ aborted: 'T1', on: [1, 2, 3, 4] }, { committed: 'T1', on: [] }, { violations: 0 }],
      },
    ],
  },
  {
    id: '2pc-blocking',
    protocol: '2pc',
    titleKey: 'lessons.2pc-blocking.title',
    scenario: {
      protocol: '2pc',
      seed: 1,
      nodes: 4,
      until: 1200,
      actions: [
        { at: 10, do: 'request', node: 1, value: 'T1' },
        { at: 40, do: 'crash', node: 1 },
        { at: 1100, do: 'restart', node: 1 },
      ],
    },
    steps: [
      {
        at: 30,
        key: 'lessons.2pc-blocking.s1',
        highlight: { nodes: [2, 3, 4], messageTypes: ['VoteYes'] },
        claims: [{ transaction: 'T1', state: 'prepared', on: [2, 3, 4] }, { transaction: 'T1', state: 'working', on: [1] }],
      },
      {
        at: 40,
        key: 'lessons.2pc-blocking.s2',
        highlight: { nodes: [1], messageTypes: ['VoteYes'] },
        claims: [{ node: 1, up: false, transactions: { T1: 'working' }, votes: {} }, { transaction: 'T1', state: 'prepared', on: [2, 3, 4] }],
        question: { key: 'lessons.2pc-blocking.s2.q', choices: outcomeChoices('T1', [2, 3, 4]) },
      },
      {
        // Gray; Skeen 1981 §1: a prepared participant that cannot reach the coordinator may
        // neither commit (someone may have voted no) nor abort (the coordinator may have committed).
        at: 540,
        key: 'lessons.2pc-blocking.s3',
        highlight: { nodes: [2, 3, 4], messageTypes: ['DecisionRequest'] },
        claims: [
          { blocked: 'T1', on: [2, 3, 4] },
          { transaction: 'T1', state: 'prepared', on: [2, 3, 4] },
          { committed: 'T1', on: [] },
          { aborted: 'T1', on: [] },
          { node: 1, up: false },
        ],
      },
      {
        at: 1090,
        key: 'lessons.2pc-blocking.s4',
        highlight: { nodes: [2, 3, 4] },
        claims: [{ blocked: 'T1', on: [2, 3, 4] }, { node: 1, up: false }],
        question: { key: 'lessons.2pc-blocking.s4.q', choices: outcomeChoices('T1', [2, 3, 4]) },
      },
      {
        // Presumed abort: a started transaction with no logged decision is aborted on recovery;
        // no participant can have learned a commit that was never logged.
        at: 1150,
        key: 'lessons.2pc-blocking.s5',
        highlight: { nodes: [1, 2, 3, 4] },
        claims: [{ aborted: 'T1', on: [1, 2, 3, 4] }, { blocked: 'T1', on: [] }, { violations: 0 }],
      },
    ],
  },
  {
    id: '2pc-cooperative',
    protocol: '2pc',
    titleKey: 'lessons.2pc-cooperative.title',
    scenario: { protocol: '2pc', seed: 1, nodes: 4, until: 1000, actions: COMMIT_REACHES_ONLY_S3 },
    steps: [
      {
        at: 55,
        key: 'lessons.2pc-cooperative.s1',
        highlight: { nodes: [1, 3], links: [[1, 2], [1, 4]], messageTypes: ['Commit'] },
        claims: [{ committed: 'T1', on: [1] }, { transaction: 'T1', state: 'prepared', on: [2, 3, 4] }],
      },
      {
        at: 100,
        key: 'lessons.2pc-cooperative.s2',
        highlight: { nodes: [1, 3] },
        claims: [{ node: 1, up: false }, { committed: 'T1', on: [1, 3] }, { transaction: 'T1', state: 'prepared', on: [2, 4] }],
        question: { key: 'lessons.2pc-cooperative.s2.q', choices: outcomeChoices('T1', [2, 4]) },
      },
      {
        at: 540,
        key: 'lessons.2pc-cooperative.s3',
        highlight: { nodes: [2, 4], messageTypes: ['DecisionRequest'] },
        claims: [{ blocked: 'T1', on: [2, 4] }, { committed: 'T1', on: [1, 3] }],
      },
      {
        // Cooperative termination (Bernstein, Hadzilacos & Goodman §7.4): ask the other
        // participants; only one that knows the outcome (or has not voted) can answer.
        at: 545,
        key: 'lessons.2pc-cooperative.s4',
        params: { termination: 'cooperative' },
        highlight: { nodes: [2, 3, 4], messageTypes: ['DecisionRequest'] },
        claims: [{ blocked: 'T1', on: [2, 4] }, { committed: 'T1', on: [1, 3] }, { transaction: 'T1', state: 'prepared', on: [2, 4] }],
        question: { key: 'lessons.2pc-cooperative.s4.q', choices: outcomeChoices('T1', [2, 4]) },
      },
      {
        at: 580,
        key: 'lessons.2pc-cooperative.s5',
        highlight: { nodes: [2, 3, 4] },
        claims: [{ committed: 'T1', on: [1, 2, 3, 4] }, { blocked: 'T1', on: [] }, { node: 1, up: false }, { violations: 0 }],
      },
    ],
  },
];
