// The Raft lessons (Ongaro & Ousterhout, "In Search of an Understandable Consensus Algorithm").
// Each is a scenario and steps whose claims the unit suite checks against the run.

import type { Action } from '../engine/types';
import type { Lesson, Question } from './types';

/**
 * Raft §9.6: S1 leads term 1; S5 is cut off from 300 to 2000 ms, long enough to time out
 * several times, and misses one entry. The PreVote tests run it with and without PreVote.
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

const nodeChoices = (nodes: number, holds: (node: number) => Lesson['steps'][number]['claims']) =>
  Array.from({ length: nodes }, (_, i) => ({ key: 'lessons.choice.node', params: { node: i + 1 }, holds: [...holds(i + 1)] }));

/** A Raft log as the view shows it, from [term, value] pairs (value null: a leader's no-op). */
const entries = (...pairs: [number, string | null][]) => pairs.map(([term, value]) => ({ term, value }));

const ALL = [1, 2, 3, 4, 5];

/** Fixed 10 ms links: the Figure 8 lesson's timing is the paper's, step for step. */
const steadyNetwork = { latencyMsMin: 10, latencyMsMax: 10, dropRatio: 0, duplicateRatio: 0 };

/**
 * The rejoin lessons' schedule: RAFT_REJOIN_ACTIONS compressed so the story fits a lesson
 * (S5 cut off from 200 to 1100 ms instead of 300 to 2000), same seed and network.
 */
const REJOIN_LESSON_ACTIONS: Action[] = [
  { at: 10, do: 'timeout', node: 1 },
  { at: 100, do: 'request', node: 1, value: 'x=1' },
  { at: 200, do: 'partition', groups: [[5], [1, 2, 3, 4]] },
  { at: 500, do: 'request', node: 1, value: 'x=2' },
  { at: 1100, do: 'heal' },
  { at: 1600, do: 'request', node: 2, value: 'x=3' },
];

/** "Will S1 still lead once the network heals?" — the rejoin lessons' shared question. */
const keepsLeadingChoices = (leader: number, term: number): Question => ({
  key: 'lessons.raft-rejoin.heal.q',
  choices: [
    { key: 'lessons.choice.keepsLeading', params: { node: leader }, holds: [{ node: leader, role: 'leader', term }] },
    { key: 'lessons.choice.stepsDown', params: { node: leader }, holds: [{ node: leader, role: 'follower' }] },
  ],
});

/** The log-repair lesson's logs: the leader's (S2, term 3) and the far-behind S5's. */
const LEADER_LOG = entries([1, null], [1, 'x=1'], [2, null], [2, 'x=2'], [2, 'x=3'], [3, null], [3, 'x=4']);
const STALE_LOG = entries([1, null], [1, 'x=1'], [1, 'z=9']);

export const RAFT_LESSONS: Lesson[] = [
  {
    id: 'raft-election',
    protocol: 'raft',
    titleKey: 'lessons.raft-election.title',
    scenario: { protocol: 'raft', seed: 1, nodes: 5, until: 1000, actions: [{ at: 600, do: 'request', node: 1, value: 'x=1' }] },
    steps: [
      {
        at: 100,
        key: 'lessons.raft-election.s1',
        highlight: { nodes: [1, 2, 3, 4, 5] },
        claims: [{ leaders: [] }, { node: 1, role: 'follower', term: 0 }, { node: 5, role: 'follower', term: 0 }],
        question: { key: 'lessons.raft-election.s1.q', choices: nodeChoices(5, (node) => [{ node, role: 'candidate' }]) },
      },
      {
        at: 152,
        key: 'lessons.raft-election.s2',
        highlight: { nodes: [5], messageTypes: ['RequestVote'] },
        claims: [{ node: 5, role: 'candidate', term: 1, votedFor: 5 }, { leaders: [] }],
      },
      {
        at: 200,
        key: 'lessons.raft-election.s3',
        highlight: { nodes: [5], messageTypes: ['AppendEntries'] },
        claims: [{ leaders: [5] }, { node: 5, term: 1, log: entries([1, null]) }, { node: 1, role: 'follower', term: 1, votedFor: 5 }],
      },
      {
        at: 620,
        key: 'lessons.raft-election.s4',
        highlight: { nodes: [1, 5], messageTypes: ['AppendEntries'] },
        claims: [{ node: 1, leaderId: 5 }, { node: 5, log: entries([1, null], [1, 'x=1']) }, { committed: 'x=1', on: [] }],
      },
      {
        at: 700,
        key: 'lessons.raft-election.s5',
        highlight: { nodes: [5] },
        claims: [{ committed: 'x=1', on: [5] }],
        question: {
          key: 'lessons.raft-election.s5.q',
          choices: [
            { key: 'lessons.raft-election.s5.q.all', holds: [{ committed: 'x=1', on: [1, 2, 3, 4, 5] }] },
            { key: 'lessons.raft-election.s5.q.leader', holds: [{ committed: 'x=1', on: [5] }] },
          ],
        },
      },
      {
        at: 1000,
        key: 'lessons.raft-election.s6',
        claims: [{ committed: 'x=1', on: [1, 2, 3, 4, 5] }, { violations: 0 }],
      },
    ],
  },
  {
    // Raft §5.2 (re-election after the leader fails) and §5.4.1 (every voter of the new
    // leader holds the committed entries, so the new leader has them too).
    id: 'raft-leader-crash',
    protocol: 'raft',
    titleKey: 'lessons.raft-leader-crash.title',
    scenario: {
      protocol: 'raft',
      seed: 1,
      nodes: 5,
      until: 1300,
      actions: [
        { at: 10, do: 'timeout', node: 3 },
        { at: 100, do: 'request', node: 1, value: 'x=1' },
        { at: 300, do: 'crash', node: 3 },
        { at: 700, do: 'request', node: 2, value: 'y=2' },
        { at: 900, do: 'restart', node: 3 },
      ],
    },
    steps: [
      {
        at: 60,
        key: 'lessons.raft-leader-crash.s1',
        highlight: { nodes: [3], messageTypes: ['AppendEntries'] },
        claims: [{ leaders: [3] }, { node: 3, term: 1 }, { node: 1, role: 'follower', term: 1, votedFor: 3 }],
      },
      {
        at: 290,
        key: 'lessons.raft-leader-crash.s2',
        highlight: { nodes: [1, 3] },
        claims: [{ committed: 'x=1', on: ALL }, { leaders: [3] }],
      },
      {
        // 440 ms: S5's arc (a fifth of its timeout left) is clearly the shortest; at 310 ms
        // every arc is still nearly full.
        at: 440,
        key: 'lessons.raft-leader-crash.s3',
        highlight: { nodes: [3] },
        claims: [{ node: 3, up: false }, { leaders: [] }, ...[1, 2, 4, 5].map((node) => ({ node, role: 'follower', term: 1, leaderId: 3 }))],
        question: { key: 'lessons.raft-leader-crash.s3.q', choices: nodeChoices(5, (node) => [{ node, role: 'leader', term: 2 }]) },
      },
      {
        at: 530,
        key: 'lessons.raft-leader-crash.s4',
        highlight: { nodes: [5], messageTypes: ['AppendEntries'] },
        claims: [
          { leaders: [5] },
          { node: 5, term: 2, log: entries([1, null], [1, 'x=1'], [2, null]) },
          ...[1, 2, 4].map((node) => ({ node, role: 'follower', term: 2, votedFor: 5 })),
          { node: 3, up: false, term: 1 },
          { committed: 'x=1', on: [1, 2, 4, 5] },
        ],
      },
      {
        at: 890,
        key: 'lessons.raft-leader-crash.s5',
        highlight: { nodes: [2, 3, 5] },
        claims: [
          { committed: 'y=2', on: [1, 2, 4, 5] },
          { node: 3, up: false, term: 1, log: entries([1, null], [1, 'x=1']) },
        ],
        question: {
          key: 'lessons.raft-leader-crash.s5.q',
          choices: [
            { key: 'lessons.raft-leader-crash.s5.q.leads', holds: [{ node: 3, role: 'leader' }] },
            { key: 'lessons.raft-leader-crash.s5.q.campaigns', holds: [{ node: 3, role: 'candidate' }] },
            { key: 'lessons.raft-leader-crash.s5.q.follows', holds: [{ node: 3, role: 'follower', term: 2, leaderId: 5 }] },
          ],
        },
      },
      {
        at: 970,
        key: 'lessons.raft-leader-crash.s6',
        highlight: { nodes: [3, 5], messageTypes: ['AppendEntries'] },
        claims: [
          { leaders: [5] },
          { node: 3, up: true, role: 'follower', term: 2, leaderId: 5, log: entries([1, null], [1, 'x=1'], [2, null], [2, 'y=2']) },
          { committed: 'y=2', on: ALL },
          { violations: 0 },
        ],
      },
    ],
  },
  {
    // Raft §5.4 and §5.3: a leader cut off in a minority cannot commit; after the heal its
    // higher-term peers make it step down (§5.1) and its uncommitted entry is overwritten.
    id: 'raft-partition',
    protocol: 'raft',
    titleKey: 'lessons.raft-partition.title',
    scenario: {
      protocol: 'raft',
      seed: 1,
      nodes: 5,
      until: 1300,
      actions: [
        { at: 10, do: 'timeout', node: 1 },
        { at: 100, do: 'request', node: 1, value: 'a=1' },
        { at: 300, do: 'partition', groups: [[1, 2], [3, 4, 5]] },
        { at: 320, do: 'request', node: 1, value: 'z=9' },
        { at: 700, do: 'request', node: 4, value: 'b=2' },
        { at: 900, do: 'heal' },
      ],
    },
    steps: [
      {
        at: 60,
        key: 'lessons.raft-partition.s1',
        highlight: { nodes: [1] },
        claims: [{ leaders: [1] }, { node: 1, term: 1 }],
      },
      {
        at: 300,
        key: 'lessons.raft-partition.s2',
        highlight: { nodes: [1, 2] },
        claims: [{ committed: 'a=1', on: ALL }, { leaders: [1] }],
      },
      {
        at: 400,
        key: 'lessons.raft-partition.s3',
        highlight: { nodes: [1, 2], messageTypes: ['AppendEntries'] },
        claims: [
          { leaders: [1] },
          { node: 1, term: 1, commitIndex: 2, log: entries([1, null], [1, 'a=1'], [1, 'z=9']) },
          { node: 2, log: entries([1, null], [1, 'a=1'], [1, 'z=9']) },
          { node: 3, log: entries([1, null], [1, 'a=1']) },
          { committed: 'z=9', on: [] },
        ],
        question: { key: 'lessons.raft-partition.s3.q', choices: nodeChoices(5, (node) => [{ node, role: 'leader', term: 2 }]) },
      },
      {
        at: 520,
        key: 'lessons.raft-partition.s4',
        highlight: { nodes: [1, 3] },
        claims: [
          { leaders: [1, 3] },
          { node: 1, term: 1 },
          { node: 2, term: 1, leaderId: 1 },
          { node: 3, term: 2 },
          { node: 4, term: 2, votedFor: 3 },
          { node: 5, term: 2, votedFor: 3 },
        ],
      },
      {
        at: 890,
        key: 'lessons.raft-partition.s5',
        highlight: { nodes: [3, 4, 5] },
        claims: [{ committed: 'b=2', on: [3, 4, 5] }, { committed: 'z=9', on: [] }, { leaders: [1, 3] }, { node: 1, commitIndex: 2 }],
        question: {
          key: 'lessons.raft-partition.s5.q',
          choices: [
            { key: 'lessons.raft-partition.s5.q.kept', holds: [{ committed: 'z=9', on: ALL }] },
            {
              key: 'lessons.raft-partition.s5.q.replaced',
              holds: [
                { node: 1, log: entries([1, null], [1, 'a=1'], [2, null], [2, 'b=2']) },
                { node: 2, log: entries([1, null], [1, 'a=1'], [2, null], [2, 'b=2']) },
              ],
            },
          ],
        },
      },
      {
        at: 1000,
        key: 'lessons.raft-partition.s6',
        highlight: { nodes: [1, 2], messageTypes: ['AppendEntries'] },
        claims: [
          { leaders: [3] },
          { node: 1, role: 'follower', term: 2, leaderId: 3 },
          { node: 1, log: entries([1, null], [1, 'a=1'], [2, null], [2, 'b=2']) },
          { node: 2, log: entries([1, null], [1, 'a=1'], [2, null], [2, 'b=2']) },
          { committed: 'b=2', on: ALL },
          { violations: 0 },
        ],
      },
    ],
  },

  {
    // Raft §5.3 and Figure 7: a follower missing committed entries and holding an extra one of
    // an old term. The leader probes with AppendEntries; each refusal moves nextIndex back (this
    // implementation jumps straight past the follower's last entry, §5.3's optimization, then
    // steps back one at a time) until the logs agree, and the follower deletes what conflicts.
    id: 'raft-log-repair',
    protocol: 'raft',
    titleKey: 'lessons.raft-log-repair.title',
    scenario: {
      protocol: 'raft',
      seed: 1,
      nodes: 5,
      until: 1300,
      actions: [
        { at: 10, do: 'timeout', node: 5 },
        { at: 100, do: 'request', node: 5, value: 'x=1' },
        { at: 200, do: 'partition', groups: [[5], [1, 2, 3, 4]] },
        { at: 210, do: 'request', node: 5, value: 'z=9' },
        { at: 250, do: 'crash', node: 5 },
        { at: 260, do: 'heal' },
        { at: 300, do: 'timeout', node: 1 },
        { at: 400, do: 'request', node: 1, value: 'x=2' },
        { at: 450, do: 'request', node: 1, value: 'x=3' },
        { at: 550, do: 'crash', node: 1 },
        { at: 560, do: 'timeout', node: 2 },
        { at: 620, do: 'restart', node: 1 },
        { at: 650, do: 'request', node: 2, value: 'x=4' },
        { at: 750, do: 'restart', node: 5 },
      ],
    },
    steps: [
      {
        at: 260,
        key: 'lessons.raft-log-repair.s1',
        highlight: { nodes: [5] },
        claims: [
          { committed: 'x=1', on: [1, 2, 3, 4] },
          { node: 5, up: false, term: 1, log: STALE_LOG },
          ...[1, 2, 3, 4].map((node) => ({ node, log: entries([1, null], [1, 'x=1']) })),
          { committed: 'z=9', on: [] },
        ],
      },
      {
        at: 549,
        key: 'lessons.raft-log-repair.s2',
        highlight: { nodes: [1, 5] },
        claims: [
          { leaders: [1] },
          { node: 1, term: 2 },
          { committed: 'x=2', on: [1, 2, 3, 4] },
          { committed: 'x=3', on: [1] },
          { node: 2, log: entries([1, null], [1, 'x=1'], [2, null], [2, 'x=2'], [2, 'x=3']) },
          { node: 5, up: false, log: STALE_LOG },
        ],
      },
      {
        at: 740,
        key: 'lessons.raft-log-repair.s3',
        highlight: { nodes: [2, 5] },
        claims: [
          { leaders: [2] },
          { node: 2, term: 3, log: LEADER_LOG },
          { node: 1, up: true, role: 'follower', term: 3, leaderId: 2 },
          { committed: 'x=4', on: [1, 2, 3, 4] },
          { node: 2, nextIndex: { 1: 8, 3: 8, 4: 8, 5: 6 } },
          { node: 5, up: false, log: STALE_LOG },
        ],
        question: {
          key: 'lessons.raft-log-repair.s3.q',
          choices: [
            { key: 'lessons.raft-log-repair.s3.q.accepts', holds: [{ node: 5, log: LEADER_LOG }] },
            { key: 'lessons.raft-log-repair.s3.q.refuses', holds: [{ node: 5, log: STALE_LOG }, { node: 2, nextIndex: { 1: 8, 3: 8, 4: 8, 5: 4 } }] },
          ],
        },
      },
      {
        at: 810,
        key: 'lessons.raft-log-repair.s4',
        highlight: { nodes: [2, 5], messageTypes: ['AppendEntries'] },
        claims: [
          { node: 5, up: true, role: 'follower', term: 3, leaderId: 2, log: STALE_LOG },
          { node: 2, nextIndex: { 1: 8, 3: 8, 4: 8, 5: 4 }, matchIndex: { 1: 7, 3: 7, 4: 7, 5: 0 } },
        ],
      },
      {
        at: 850,
        key: 'lessons.raft-log-repair.s5',
        highlight: { nodes: [2, 5], messageTypes: ['AppendEntries', 'AppendEntriesResponse'] },
        claims: [
          { node: 5, log: STALE_LOG },
          { node: 2, nextIndex: { 1: 8, 3: 8, 4: 8, 5: 3 } },
        ],
      },
      {
        at: 890,
        key: 'lessons.raft-log-repair.s6',
        highlight: { nodes: [5] },
        claims: [
          { node: 5, commitIndex: 7, log: LEADER_LOG },
          { node: 2, nextIndex: { 1: 8, 3: 8, 4: 8, 5: 8 }, matchIndex: { 1: 7, 3: 7, 4: 7, 5: 7 } },
          { committed: 'x=4', on: ALL },
          { violations: 0 },
        ],
      },
    ],
  },
  {
    // Raft §5.4.2 and Figure 8: an entry of an earlier term stored on a majority can still be
    // overwritten, so a leader commits only entries of its own term by counting replicas.
    id: 'raft-figure-8',
    protocol: 'raft',
    titleKey: 'lessons.raft-figure-8.title',
    scenario: {
      protocol: 'raft',
      seed: 1,
      nodes: 5,
      until: 2000,
      network: steadyNetwork,
      // Elections only when a timeout action asks; no no-op, as in the paper's figure.
      params: { electionTimeoutMsMin: 5000, electionTimeoutMsMax: 5000, leaderNoop: false },
      actions: FIGURE_8_ACTIONS,
    },
    steps: [
      {
        at: 290,
        key: 'lessons.raft-figure-8.s1',
        highlight: { nodes: [2] },
        claims: [{ leaders: [2] }, { node: 2, term: 1 }, { committed: 'x=1', on: ALL }],
      },
      {
        at: 490,
        key: 'lessons.raft-figure-8.s2',
        highlight: { nodes: [1, 2] },
        claims: [
          { leaders: [1] },
          { node: 1, term: 2 },
          { log: 1, values: ['x=1', 'x=2'], terms: [1, 2] },
          { log: 2, values: ['x=1', 'x=2'], terms: [1, 2] },
          { log: 3, values: ['x=1'] },
          { committed: 'x=2', on: [] },
        ],
      },
      {
        at: 690,
        key: 'lessons.raft-figure-8.s3',
        highlight: { nodes: [1, 5] },
        claims: [
          { node: 1, up: false },
          { leaders: [5] },
          { node: 5, term: 3 },
          { node: 3, term: 3, votedFor: 5 },
          { node: 4, term: 3, votedFor: 5 },
          { log: 5, values: ['x=1', 'x=3'], terms: [1, 3] },
          { log: 3, values: ['x=1'] },
          { log: 4, values: ['x=1'] },
        ],
      },
      {
        at: 990,
        key: 'lessons.raft-figure-8.s4',
        highlight: { nodes: [1, 2, 3] },
        claims: [
          { node: 5, up: false },
          { leaders: [1] },
          { node: 1, term: 4 },
          { node: 2, term: 4, votedFor: 1 },
          { node: 3, term: 4, votedFor: 1 },
          { log: 1, values: ['x=1', 'x=2'], terms: [1, 2] },
          { log: 2, values: ['x=1', 'x=2'], terms: [1, 2] },
          { log: 3, values: ['x=1', 'x=2'], terms: [1, 2] },
          { log: 4, values: ['x=1'], terms: [1] },
          { committed: 'x=2', on: [] },
        ],
        question: {
          key: 'lessons.raft-figure-8.s4.q',
          choices: [
            { key: 'lessons.raft-figure-8.s4.q.survives', holds: [{ log: 3, values: ['x=1', 'x=2'] }] },
            { key: 'lessons.raft-figure-8.s4.q.overwritten', holds: [{ log: 3, values: ['x=1', 'x=3'] }] },
          ],
        },
      },
      {
        at: 1200,
        key: 'lessons.raft-figure-8.s5',
        highlight: { nodes: [5, 2, 3, 4] },
        claims: [
          { node: 1, up: false },
          { leaders: [5] },
          { node: 5, term: 5 },
          ...[2, 3, 4].map((node) => ({ node, term: 5, votedFor: 5 })),
          { log: 2, values: ['x=1', 'x=3'], terms: [1, 3] },
          { log: 3, values: ['x=1', 'x=3'], terms: [1, 3] },
          { log: 4, values: ['x=1', 'x=3'], terms: [1, 3] },
          { committed: 'x=3', on: [] },
          { violations: 0 },
        ],
      },
      {
        at: 1400,
        key: 'lessons.raft-figure-8.s6',
        highlight: { nodes: [5] },
        claims: [
          { log: 5, values: ['x=1', 'x=3', 'x=5'], terms: [1, 3, 5] },
          { committed: 'x=5', on: [2, 3, 4, 5] },
          { committed: 'x=3', on: [2, 3, 4, 5] },
          { violations: 0 },
        ],
      },
      {
        at: 1500,
        key: 'lessons.raft-figure-8.s7',
        highlight: { nodes: [1, 5] },
        params: { unsafeCommitOldTerms: true },
        claims: [
          { violation: 'LeaderCompleteness' },
          { violation: 'StateMachineSafety' },
          { committed: 'x=3', on: [2, 3, 4, 5] },
          ...[2, 3, 4].map((node) => ({ log: node, values: ['x=1', 'x=3', 'x=5'] })),
          { log: 1, values: ['x=1', 'x=2'] },
        ],
      },
    ],
  },
  {
    // Dissertation §9.6: a node cut off keeps timing out and raising its term; when it returns,
    // its higher term deposes a healthy leader (§5.1), though its log is too old to win (§5.4.1).
    id: 'raft-rejoin',
    protocol: 'raft',
    titleKey: 'lessons.raft-rejoin.title',
    scenario: { protocol: 'raft', seed: 7, nodes: 5, until: 2000, params: { preVote: false }, actions: REJOIN_LESSON_ACTIONS },
    steps: [
      {
        at: 190,
        key: 'lessons.raft-rejoin.s1',
        highlight: { nodes: [1] },
        claims: [{ leaders: [1] }, { node: 1, term: 1 }, { committed: 'x=1', on: ALL }],
      },
      {
        at: 460,
        key: 'lessons.raft-rejoin.s2',
        highlight: { nodes: [5] },
        claims: [{ node: 5, role: 'candidate', term: 2, votedFor: 5 }, { leaders: [1] }, { node: 1, term: 1 }],
      },
      {
        at: 1090,
        key: 'lessons.raft-rejoin.s3',
        highlight: { nodes: [1, 5] },
        claims: [
          { committed: 'x=2', on: [1, 2, 3, 4] },
          { node: 5, role: 'candidate', term: 4, log: entries([1, null], [1, 'x=1']) },
          { leaders: [1] },
          { node: 1, term: 1 },
        ],
        question: keepsLeadingChoices(1, 1),
      },
      {
        at: 1210,
        key: 'lessons.raft-rejoin.s4',
        highlight: { nodes: [1, 5] },
        claims: [{ leaders: [] }, { node: 1, role: 'follower', term: 4 }, { node: 5, role: 'candidate', term: 4 }],
        question: {
          key: 'lessons.raft-rejoin.s4.q',
          choices: [
            { key: 'lessons.choice.yes', holds: [{ leaders: [5] }] },
            { key: 'lessons.choice.no', holds: [{ leaders: [] }, { node: 5, role: 'candidate' }] },
          ],
        },
      },
      {
        at: 1260,
        key: 'lessons.raft-rejoin.s5',
        highlight: { nodes: [5], messageTypes: ['RequestVoteResponse'] },
        claims: [
          { leaders: [] },
          { node: 5, role: 'candidate', term: 5 },
          ...[1, 2, 3, 4].map((node) => ({ node, role: 'follower', term: 5, votedFor: null })),
        ],
      },
      {
        at: 1410,
        key: 'lessons.raft-rejoin.s6',
        highlight: { nodes: [2, 3] },
        claims: [
          { leaders: [3] },
          { node: 3, term: 6 },
          { node: 2, role: 'follower', term: 6, votedFor: 2 },
          { node: 5, role: 'follower', term: 6, votedFor: 3 },
        ],
      },
      {
        at: 1700,
        key: 'lessons.raft-rejoin.s7',
        highlight: { nodes: [5] },
        claims: [{ committed: 'x=3', on: ALL }, { node: 5, log: entries([1, null], [1, 'x=1'], [1, 'x=2'], [6, null], [6, 'x=3']) }, { violations: 0 }],
      },
      {
        at: 1800,
        key: 'lessons.raft-rejoin.s8',
        highlight: { nodes: [1, 5] },
        params: { preVote: true },
        claims: [
          { leaders: [1] },
          { node: 1, term: 1 },
          { node: 5, role: 'follower', term: 1, leaderId: 1 },
          { committed: 'x=3', on: ALL },
          { node: 5, log: entries([1, null], [1, 'x=1'], [1, 'x=2'], [1, 'x=3']) },
          { violations: 0 },
        ],
      },
    ],
  },
  {
    // Dissertation §9.6: with PreVote a node first asks whether it could win; cut off, it never
    // hears yes, so it never raises its term, and after the heal it simply follows the leader.
    id: 'raft-rejoin-prevote',
    protocol: 'raft',
    titleKey: 'lessons.raft-rejoin-prevote.title',
    scenario: { protocol: 'raft', seed: 7, nodes: 5, until: 2000, params: { preVote: true }, actions: REJOIN_LESSON_ACTIONS },
    steps: [
      {
        at: 190,
        key: 'lessons.raft-rejoin-prevote.s1',
        highlight: { nodes: [1] },
        claims: [{ leaders: [1] }, { node: 1, term: 1 }, ...ALL.map((node) => ({ node, log: entries([1, null], [1, 'x=1']) }))],
      },
      {
        at: 330,
        key: 'lessons.raft-rejoin-prevote.s2',
        highlight: { nodes: [5] },
        claims: [{ node: 5, role: 'precandidate', term: 1 }, { leaders: [1] }],
      },
      {
        at: 1090,
        key: 'lessons.raft-rejoin-prevote.s3',
        highlight: { nodes: [1, 5] },
        claims: [
          { committed: 'x=2', on: [1, 2, 3, 4] },
          { node: 5, role: 'precandidate', term: 1, log: entries([1, null], [1, 'x=1']) },
          { leaders: [1] },
          { node: 1, term: 1 },
        ],
        question: keepsLeadingChoices(1, 1),
      },
      {
        at: 1200,
        key: 'lessons.raft-rejoin-prevote.s4',
        highlight: { nodes: [1, 5], messageTypes: ['AppendEntries'] },
        claims: [{ leaders: [1] }, { node: 1, term: 1 }, { node: 5, role: 'follower', term: 1, leaderId: 1, log: entries([1, null], [1, 'x=1'], [1, 'x=2']) }],
      },
      {
        at: 1750,
        key: 'lessons.raft-rejoin-prevote.s5',
        highlight: { nodes: [1, 2], messageTypes: ['AppendEntries'] },
        claims: [{ committed: 'x=3', on: ALL }, { leaders: [1] }, { node: 5, term: 1 }, { violations: 0 }],
      },
    ],
  },
];
