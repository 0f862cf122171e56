// How Raft looks from outside: the per-node view (field names are a public contract for the
// CLI: role, term, votedFor, log as [{term, value}], commitIndex; the rest is for the UI) and
// one-line message labels.

import type { MessageDescription, Note } from '../../engine/types';
import { lastLogIndex, wireEntries } from './log';
import type { RaftMessage, RaftState } from './types';

function byNodeId(values: number[] | null): Record<string, number> | null {
  if (values === null) return null;
  const out: Record<string, number> = {};
  for (let id = 1; id < values.length; id++) out[String(id)] = values[id];
  return out;
}

export function viewState(state: RaftState): Record<string, unknown> {
  const leader = state.role === 'leader' ? state.leaderId : null;
  let nextIndex = byNodeId(state.nextIndex);
  let matchIndex = byNodeId(state.matchIndex);
  if (leader !== null && nextIndex !== null && matchIndex !== null) {
    // The leader's own slots are unused; leave them out.
    delete nextIndex[String(leader)];
    delete matchIndex[String(leader)];
  } else {
    nextIndex = null;
    matchIndex = null;
  }
  const requests = state.requests.map(({ value, outcome }) => ({ value, outcome }));
  return {
    role: state.role,
    term: state.currentTerm,
    votedFor: state.votedFor,
    log: lastLogIndex(state.log) === 0 ? [] : wireEntries(state.log, 1, lastLogIndex(state.log)),
    commitIndex: state.commitIndex,
    leaderId: state.leaderId,
    nextIndex,
    matchIndex,
    votesGranted: state.role === 'candidate' || state.role === 'precandidate' ? state.votesGranted.slice() : [],
    lastRequest: requests.length === 0 ? null : requests[requests.length - 1],
    recentRequests: requests,
  };
}

// Labels are notes (key + params) rendered per language by src/i18n/note.ts; the type name in
// them stays as the paper writes it (en|zh-CN/message-labels.ts).
const entriesLabel = (count: number): Note =>
  count === 0 ? { key: 'label.raft.heartbeat' } : count === 1 ? { key: 'label.raft.oneEntry' } : { key: 'label.raft.entries', params: { n: count } };

const vote = (granted: boolean): Note => ({ key: granted ? 'label.raft.granted' : 'label.raft.denied' });

export function describeMessage(message: RaftMessage): MessageDescription {
  switch (message.type) {
    case 'RequestVote':
      return { type: message.type, label: { key: 'label.raft.RequestVote', params: { term: message.term } } };
    case 'RequestVoteResponse':
      return { type: message.type, label: { key: 'label.raft.Vote', params: { term: message.term, vote: vote(message.voteGranted) } } };
    case 'PreVote':
      return { type: message.type, label: { key: 'label.raft.PreVote', params: { term: message.term } } };
    case 'PreVoteResponse':
      return { type: message.type, label: { key: 'label.raft.PreVoteReply', params: { term: message.term, vote: vote(message.voteGranted) } } };
    case 'AppendEntries':
      return { type: message.type, label: { key: 'label.raft.AppendEntries', params: { term: message.term, entries: entriesLabel(message.entries.length) } } };
    case 'AppendEntriesResponse':
      return {
        type: message.type,
        label: { key: message.success ? 'label.raft.AppendEntriesOk' : 'label.raft.AppendEntriesRefused', params: { term: message.term, index: message.index } },
      };
    case 'ClientRequest':
      return { type: message.type, label: { key: 'label.raft.ClientRequest', params: { value: message.value } } };
  }
}
