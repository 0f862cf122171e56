// Messages as node.ts builds them (most as class instances, so that onMessage can tell them apart
// cheaply) read, print and post to the page exactly as the object literals of their interfaces
// would, and onMessage handles a plain copy of any message as it handles the message itself.

import { describe, expect, it } from 'vitest';
import { Simulation } from '../../../src/engine/simulation';
import type { Protocol } from '../../../src/engine/types';
import { raft, type RaftMessage, type RaftState } from '../../../src/protocols/raft';
import { raftScenario } from './helpers';

/** Each message type's fields, in the order of its interface in types.ts. */
const FIELDS: Record<RaftMessage['type'], string[]> = {
  AppendEntries: ['type', 'term', 'leaderId', 'prevLogIndex', 'prevLogTerm', 'entries', 'leaderCommit'],
  AppendEntriesResponse: ['type', 'term', 'success', 'index', 'lastLogIndex'],
  RequestVote: ['type', 'term', 'candidateId', 'lastLogIndex', 'lastLogTerm'],
  RequestVoteResponse: ['type', 'term', 'voteGranted'],
  PreVote: ['type', 'term', 'candidateId', 'lastLogIndex', 'lastLogTerm'],
  PreVoteResponse: ['type', 'term', 'voteGranted'],
  ClientRequest: ['type', 'value'],
};

/** Elections with PreVote (the first one, and another after the leader crashes) and requests at every node. */
const scenario = raftScenario({
  params: { preVote: true },
  until: 4000,
  actions: [
    ...[1, 2, 3, 4, 5].map((node) => ({ at: 1000 + node * 20, do: 'request' as const, node, value: `a${node}` })),
    { at: 1500, do: 'crash' as const, node: 1 },
    { at: 1500, do: 'crash' as const, node: 2 },
    { at: 1500, do: 'crash' as const, node: 3 },
    { at: 1500, do: 'crash' as const, node: 4 },
    { at: 1500, do: 'crash' as const, node: 5 },
    ...[1, 2, 3, 4, 5].map((node) => ({ at: 1600, do: 'restart' as const, node })),
    ...[1, 2, 3, 4, 5].map((node) => ({ at: 3000 + node * 20, do: 'request' as const, node, value: `b${node}` })),
  ],
});

describe('Raft messages', () => {
  it('have their interface fields, own and in order, and post to the page as plain objects that print the same', () => {
    const sim = new Simulation(raft, scenario);
    sim.runToEnd();
    const seen = new Set<string>();
    for (const { payload } of sim.messages) {
      seen.add(payload.type);
      expect(Object.keys(payload)).toEqual(FIELDS[payload.type]);
      const posted = structuredClone(payload);
      expect(Object.getPrototypeOf(posted)).toBe(Object.prototype);
      expect(JSON.stringify(posted)).toBe(JSON.stringify(payload));
    }
    expect([...seen].sort()).toEqual(Object.keys(FIELDS).sort());
  });

  it('are handled alike when a node receives a plain copy of each (as a test or tool would build it)', () => {
    const copies: Protocol<RaftState, RaftMessage> = {
      ...raft,
      onMessage: (ctx, state, from, message) => raft.onMessage(ctx, state, from, structuredClone(message)),
    };
    const built = new Simulation(raft, scenario);
    built.runToEnd();
    const plain = new Simulation(copies, scenario);
    plain.runToEnd();
    expect(plain.eventCount).toBe(built.eventCount);
    expect(plain.traceHash()).toBe(built.traceHash());
    expect(plain.views()).toEqual(built.views());
  });
});
