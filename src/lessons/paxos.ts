// The Paxos lessons (Lamport, "Paxos Made Simple"): single-decree Basic Paxos, every node a
// proposer, an acceptor and a learner. Each is a scenario and steps whose claims the unit suite
// checks against the run. Ballots are written round.node (1.5 = round 1 of S5), as formatBallot
// (src/protocols/paxos/ballot.ts) writes them in the cluster and the log.

import type { Action } from '../engine/types';
import type { Choice, Claim, Lesson } from './types';

/** A choice "this value" / "no value", right when the run has chosen exactly that. */
const valueChoice = (value: string | null, holds: Claim[] = [{ chosen: value }]): Choice =>
  value === null ? { key: 'lessons.choice.no-value', holds } : { key: 'lessons.choice.value', params: { value }, holds };

const accepted = (node: number, round: number, by: number, value: string): Claim => ({ node, accepted: { ballot: [round, by], value } });

/** The proposer's ballot in progress, as the view shows it. */
const proposal = (ballot: [number, number], value: string, phase: string, promises: number[], accepts: number[] = []) => ({ ballot, value, phase, promises, accepts });

const FIVE_PROPOSERS: Action[] = [1, 2, 3, 4, 5].map((node) => ({ at: 10, do: 'request' as const, node, value: `v${node}` }));

export const PAXOS_LESSONS: Lesson[] = [
  {
    id: 'paxos-single',
    protocol: 'paxos',
    titleKey: 'lessons.paxos-single.title',
    scenario: { protocol: 'paxos', seed: 1, nodes: 5, until: 600, actions: [{ at: 10, do: 'request', node: 1, value: 'v=A' }] },
    steps: [
      {
        at: 10,
        key: 'lessons.paxos-single.s1',
        highlight: { nodes: [1], messageTypes: ['Prepare'] },
        claims: [{ node: 1, round: 1, promised: null, accepted: null }, { chosen: null }],
      },
      {
        at: 49,
        key: 'lessons.paxos-single.s2',
        highlight: { nodes: [1, 2, 3], messageTypes: ['Promise', 'Accept'] },
        claims: [
          { node: 1, promised: [1, 1], accepted: null, proposal: proposal([1, 1], 'v=A', 'accept', [1, 2, 3]) },
          { node: 2, promised: [1, 1], accepted: null },
          { node: 3, promised: [1, 1], accepted: null },
          { chosen: null },
        ],
      },
      {
        // §2.2: a value is chosen when a majority of acceptors has accepted it — a fact about
        // the acceptors, which no learner may know yet (§2.4).
        at: 75,
        key: 'lessons.paxos-single.s3',
        highlight: { nodes: [2, 3, 5], messageTypes: ['Accepted'] },
        claims: [
          accepted(2, 1, 1, 'v=A'),
          accepted(3, 1, 1, 'v=A'),
          accepted(5, 1, 1, 'v=A'),
          { node: 4, accepted: null },
          { chosen: 'v=A' },
          { committed: 'v=A', on: [] },
        ],
        question: {
          key: 'lessons.paxos-single.s3.q',
          choices: [
            { key: 'lessons.paxos-single.s3.q.proposer', holds: [{ committed: 'v=A', on: [1] }] },
            { key: 'lessons.paxos-single.s3.q.all', holds: [{ committed: 'v=A', on: [1, 2, 3, 4, 5] }] },
          ],
        },
      },
      {
        at: 100,
        key: 'lessons.paxos-single.s4',
        highlight: { nodes: [1, 2, 3, 4, 5], messageTypes: ['Accepted'] },
        claims: [{ committed: 'v=A', on: [1, 2, 3, 4, 5] }, { chosen: 'v=A' }, { violations: 0 }],
      },
    ],
  },
  {
    id: 'paxos-dueling',
    protocol: 'paxos',
    titleKey: 'lessons.paxos-dueling.title',
    scenario: {
      protocol: 'paxos',
      seed: 1,
      nodes: 5,
      until: 600,
      actions: [
        { at: 10, do: 'request', node: 1, value: 'v=A' },
        { at: 30, do: 'request', node: 5, value: 'v=B' },
      ],
    },
    steps: [
      {
        // §2.5: proposers draw ballots from disjoint sets; the node id breaks ties in a round.
        at: 30,
        key: 'lessons.paxos-dueling.s1',
        highlight: { nodes: [1, 5], messageTypes: ['Prepare'] },
        claims: [{ node: 1, round: 1 }, { node: 5, round: 1 }, { node: 2, promised: [1, 1] }, { chosen: null }],
      },
      {
        at: 49,
        key: 'lessons.paxos-dueling.s2',
        highlight: { nodes: [1, 4], messageTypes: ['Accept', 'Prepare'] },
        claims: [
          { node: 1, proposal: proposal([1, 1], 'v=A', 'accept', [1, 2, 3]) },
          { node: 2, promised: [1, 1] },
          { node: 3, promised: [1, 1] },
          { node: 4, promised: [1, 5] },
          { chosen: null },
        ],
        question: {
          key: 'lessons.paxos-dueling.s2.q',
          choices: [
            { key: 'lessons.choice.yes', holds: [{ chosen: 'v=A' }] },
            { key: 'lessons.choice.no', holds: [{ node: 2, accepted: null }, { node: 3, accepted: null }, { node: 1, accepted: null }] },
          ],
        },
      },
      {
        // P1a (§2.2): an acceptor accepts a proposal unless it has promised a higher ballot.
        at: 76,
        key: 'lessons.paxos-dueling.s3',
        highlight: { nodes: [1, 5], messageTypes: ['Nack', 'Accept'] },
        claims: [
          { node: 1, promised: [1, 5], accepted: null },
          { node: 2, promised: [1, 5], accepted: null },
          { node: 3, promised: [1, 5], accepted: null },
          { node: 4, promised: [1, 5], accepted: null },
          { node: 5, promised: [1, 5], accepted: null, proposal: proposal([1, 5], 'v=B', 'accept', [1, 2, 4]) },
          { chosen: null },
        ],
        question: { key: 'lessons.paxos-dueling.s3.q', choices: [valueChoice('v=A'), valueChoice('v=B'), valueChoice(null)] },
      },
      {
        at: 130,
        key: 'lessons.paxos-dueling.s4',
        highlight: { nodes: [1, 2, 3, 4, 5] },
        claims: [{ chosen: 'v=B' }, { committed: 'v=B', on: [1, 2, 3, 4, 5] }, { violations: 0 }],
      },
    ],
  },
  {
    id: 'paxos-livelock',
    protocol: 'paxos',
    titleKey: 'lessons.paxos-livelock.title',
    scenario: { protocol: 'paxos', seed: 1, nodes: 5, until: 2000, params: { backoff: false }, actions: FIVE_PROPOSERS },
    steps: [
      {
        at: 10,
        key: 'lessons.paxos-livelock.s1',
        highlight: { nodes: [1, 2, 3, 4, 5], messageTypes: ['Prepare'] },
        claims: [{ node: 1, round: 1 }, { node: 2, round: 1 }, { node: 3, round: 1 }, { node: 4, round: 1 }, { node: 5, round: 1 }, { chosen: null }],
      },
      {
        at: 60,
        key: 'lessons.paxos-livelock.s2',
        highlight: { nodes: [1, 2, 3, 4, 5], messageTypes: ['Nack', 'Prepare', 'Accept'] },
        claims: [
          { node: 1, round: 2, promised: [2, 2] },
          { node: 2, round: 2 },
          { node: 3, round: 2 },
          { node: 4, round: 2 },
          { node: 5, round: 1 },
          { chosen: null },
        ],
        question: {
          key: 'lessons.paxos-livelock.s2.q',
          // "Yes" holds only for v5: were another value chosen, neither choice would hold and
          // the check would fail, so the lesson cannot silently turn false.
          choices: [
            { key: 'lessons.choice.yes', holds: [{ chosen: 'v5' }] },
            { key: 'lessons.choice.no', holds: [{ chosen: null }] },
          ],
        },
      },
      {
        // §2.2: chosen means accepted by a majority in one ballot; acceptances of the same value
        // in different ballots do not add up. Later proposers adopt v5 by P2c.
        at: 1000,
        key: 'lessons.paxos-livelock.s3',
        highlight: { nodes: [1, 2, 3, 4, 5] },
        claims: [
          { chosen: null },
          accepted(1, 12, 5, 'v5'),
          accepted(2, 11, 3, 'v5'),
          accepted(3, 36, 1, 'v5'),
          accepted(4, 33, 5, 'v5'),
          accepted(5, 7, 4, 'v5'),
          { node: 1, round: 41 },
        ],
        question: {
          key: 'lessons.paxos-livelock.s3.q',
          choices: [valueChoice('v1'), valueChoice('v2'), valueChoice('v3'), valueChoice('v4'), valueChoice('v5'), valueChoice(null)],
        },
      },
      {
        // §2.5 "Progress": a randomized wait lets one proposer finish both phases undisturbed.
        at: 1010,
        key: 'lessons.paxos-livelock.s4',
        params: { backoff: true },
        highlight: { nodes: [5] },
        claims: [
          { chosen: 'v5' },
          { committed: 'v5', on: [1, 2, 3, 4, 5] },
          accepted(1, 1, 5, 'v5'),
          { node: 1, round: 1 },
          { node: 4, round: 1 },
          { violations: 0 },
        ],
      },
    ],
  },
  {
    id: 'paxos-p2c',
    protocol: 'paxos',
    titleKey: 'lessons.paxos-p2c.title',
    scenario: {
      protocol: 'paxos',
      seed: 1,
      nodes: 5,
      until: 1000,
      actions: [
        { at: 0, do: 'partition', groups: [[1, 2, 3, 4], [5]] },
        { at: 10, do: 'request', node: 1, value: 'v=A' },
        { at: 200, do: 'partition', groups: [[1, 2], [3, 4, 5]] },
        { at: 210, do: 'request', node: 5, value: 'v=B' },
      ],
    },
    steps: [
      {
        at: 100,
        key: 'lessons.paxos-p2c.s1',
        highlight: { nodes: [5] },
        claims: [
          { chosen: 'v=A' },
          { committed: 'v=A', on: [1, 2, 3, 4] },
          accepted(3, 1, 1, 'v=A'),
          accepted(4, 1, 1, 'v=A'),
          { node: 5, promised: null, accepted: null, learned: null },
        ],
      },
      {
        at: 210,
        key: 'lessons.paxos-p2c.s2',
        highlight: { nodes: [3, 4, 5], messageTypes: ['Prepare'] },
        claims: [{ node: 5, round: 1, accepted: null, learned: null }, accepted(3, 1, 1, 'v=A'), accepted(4, 1, 1, 'v=A')],
        question: {
          key: 'lessons.paxos-p2c.s2.q',
          choices: [
            { key: 'lessons.choice.value', params: { value: 'v=A' }, holds: [accepted(5, 1, 5, 'v=A')] },
            { key: 'lessons.choice.value', params: { value: 'v=B' }, holds: [accepted(5, 1, 5, 'v=B')] },
          ],
        },
      },
      {
        // Paxos Made Simple §2.2 P2c / §2.3 phase 2a: the proposer must take the value of the
        // highest-ballot acceptance its majority of promises reports. Any two majorities share
        // an acceptor (here S3 and S4), so a chosen value is always reported.
        at: 295,
        key: 'lessons.paxos-p2c.s3',
        highlight: { nodes: [3, 4, 5] },
        claims: [accepted(3, 1, 5, 'v=A'), accepted(4, 1, 5, 'v=A'), accepted(5, 1, 5, 'v=A'), { node: 5, learned: null }],
      },
      {
        at: 312,
        key: 'lessons.paxos-p2c.s4',
        highlight: { nodes: [5], messageTypes: ['Accepted'] },
        claims: [{ committed: 'v=A', on: [1, 2, 3, 4, 5] }, { chosen: 'v=A' }, { violations: 0 }],
        question: {
          key: 'lessons.paxos-p2c.s4.q',
          choices: [
            { key: 'lessons.choice.value', params: { value: 'v=A' }, holds: [{ node: 5, learned: 'v=A' }] },
            { key: 'lessons.choice.value', params: { value: 'v=B' }, holds: [{ node: 5, learned: 'v=B' }] },
          ],
        },
      },
      {
        at: 330,
        key: 'lessons.paxos-p2c.s5',
        params: { unsafeIgnorePromises: true },
        highlight: { nodes: [3, 4, 5] },
        claims: [
          accepted(3, 1, 5, 'v=B'),
          accepted(4, 1, 5, 'v=B'),
          { node: 5, learned: 'v=B' },
          { node: 1, learned: 'v=A' },
          { violation: 'Agreement' },
        ],
      },
    ],
  },
  {
    id: 'paxos-acceptor-crash',
    protocol: 'paxos',
    titleKey: 'lessons.paxos-acceptor-crash.title',
    scenario: {
      protocol: 'paxos',
      seed: 1,
      nodes: 5,
      until: 1600,
      actions: [
        { at: 0, do: 'partition', groups: [[1, 2, 3], [4, 5]] },
        { at: 10, do: 'request', node: 1, value: 'v=A' },
        { at: 150, do: 'crash', node: 1 },
        { at: 150, do: 'crash', node: 2 },
        { at: 150, do: 'crash', node: 3 },
        { at: 160, do: 'heal' },
        { at: 200, do: 'request', node: 5, value: 'v=B' },
        { at: 400, do: 'restart', node: 1 },
        { at: 400, do: 'restart', node: 2 },
        { at: 400, do: 'restart', node: 3 },
      ],
    },
    steps: [
      {
        at: 110,
        key: 'lessons.paxos-acceptor-crash.s1',
        highlight: { nodes: [1, 2, 3] },
        claims: [
          { chosen: 'v=A' },
          { committed: 'v=A', on: [1, 2, 3] },
          accepted(1, 1, 1, 'v=A'),
          accepted(2, 1, 1, 'v=A'),
          accepted(3, 1, 1, 'v=A'),
          { node: 4, accepted: null },
          { node: 5, accepted: null },
        ],
      },
      {
        // §2.4: an acceptor records its promise and acceptance in stable storage before it
        // answers; a restarted acceptor must still honour them.
        at: 160,
        key: 'lessons.paxos-acceptor-crash.s2',
        highlight: { nodes: [1, 2, 3] },
        claims: [
          { node: 1, up: false, promised: [1, 1] },
          { node: 2, up: false, promised: [1, 1] },
          { node: 3, up: false, promised: [1, 1] },
          accepted(2, 1, 1, 'v=A'),
          accepted(3, 1, 1, 'v=A'),
        ],
      },
      {
        at: 350,
        key: 'lessons.paxos-acceptor-crash.s3',
        highlight: { nodes: [4, 5] },
        claims: [
          { node: 4, promised: [1, 5], accepted: null },
          { node: 5, promised: [1, 5], accepted: null, learned: null },
          { node: 2, up: false },
        ],
        question: {
          key: 'lessons.paxos-acceptor-crash.s3.q',
          choices: [
            { key: 'lessons.choice.value', params: { value: 'v=A' }, holds: [{ node: 5, learned: 'v=A' }] },
            { key: 'lessons.choice.value', params: { value: 'v=B' }, holds: [{ node: 5, learned: 'v=B' }] },
            { key: 'lessons.choice.no-value', holds: [{ node: 5, learned: null }] },
          ],
        },
      },
      {
        at: 600,
        key: 'lessons.paxos-acceptor-crash.s4',
        highlight: { nodes: [2, 3, 5] },
        claims: [
          { node: 5, round: 2, proposal: proposal([2, 5], 'v=A', 'idle', [2, 4, 5], [1, 2, 3, 5]) },
          accepted(1, 2, 5, 'v=A'),
          accepted(2, 2, 5, 'v=A'),
          accepted(3, 2, 5, 'v=A'),
          accepted(4, 2, 5, 'v=A'),
          accepted(5, 2, 5, 'v=A'),
          { committed: 'v=A', on: [1, 2, 3, 4, 5] },
          { violations: 0 },
        ],
      },
    ],
  },
];
