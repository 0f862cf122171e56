// Raft's node state and messages (Ongaro & Ousterhout, Figure 2). Plain data only: the engine
// clones states into checkpoints and shows messages in the UI.

import type { NodeId, Note } from '../../engine/types';
import type { RaftLog } from './log';

export type RaftRole = 'follower' | 'precandidate' | 'candidate' | 'leader';

/** An entry as it travels in AppendEntries (and as the view shows it). */
export interface WireEntry {
  term: number;
  value: string | null;
}

/** What became of a client request at this node, for the UI. */
export interface RequestOutcome {
  value: string;
  /** What became of it, as words (a note: the UI says it in the reader's language). */
  outcome: Note;
  at: number;
}

export interface RaftState {
  // Persistent (Figure 2: updated on stable storage before responding to RPCs).
  currentTerm: number;
  votedFor: NodeId | null;
  /** The entries, column-wise (see log.ts). */
  log: RaftLog;

  // Volatile, lost at a crash.
  role: RaftRole;
  /** Highest log index known to be committed (1-based, 0 when none). */
  commitIndex: number;
  /** The leader of currentTerm as far as this node knows (itself when leader). */
  leaderId: NodeId | null;
  /** Ids that granted this (pre)candidate's vote, itself included; empty otherwise. */
  votesGranted: NodeId[];
  /** Leader only, indexed by node id (slot 0 and the leader's own slot unused). */
  nextIndex: number[] | null;
  matchIndex: number[] | null;
  /** Leader with CheckQuorum only: peers heard from since the last quorum check, by node id. */
  heardFrom: boolean[] | null;
  /** When this node last accepted AppendEntries from a current leader (PreVote, CheckQuorum). */
  lastLeaderContactAt: number | null;
  /** The latest client requests seen here (newest last, a few at most). */
  requests: RequestOutcome[];
}

export interface RequestVote {
  type: 'RequestVote';
  term: number;
  candidateId: NodeId;
  lastLogIndex: number;
  lastLogTerm: number;
}

export interface RequestVoteResponse {
  type: 'RequestVoteResponse';
  term: number;
  voteGranted: boolean;
}

/** Dissertation §9.6: asks "would you vote for me in `term`?" without anyone changing term. */
export interface PreVote {
  type: 'PreVote';
  /** The term the precandidate would campaign in: its currentTerm + 1. */
  term: number;
  candidateId: NodeId;
  lastLogIndex: number;
  lastLogTerm: number;
}

export interface PreVoteResponse {
  type: 'PreVoteResponse';
  /** The proposed term when granted; the responder's currentTerm when refused. */
  term: number;
  voteGranted: boolean;
}

export interface AppendEntries {
  type: 'AppendEntries';
  term: number;
  leaderId: NodeId;
  prevLogIndex: number;
  prevLogTerm: number;
  /** Empty for a heartbeat. */
  entries: WireEntry[];
  leaderCommit: number;
}

export interface AppendEntriesResponse {
  type: 'AppendEntriesResponse';
  term: number;
  success: boolean;
  /**
   * Success: the index the follower's log now matches the leader's up to (prevLogIndex +
   * entries). Failure: the prevLogIndex that was refused. Either way the leader can tell
   * which of its requests the response answers.
   */
  index: number;
  /** The follower's last log index, a hint for backing nextIndex off faster (§5.3). */
  lastLogIndex: number;
}

/** A client request a follower forwards to the leader it knows. */
export interface ClientRequest {
  type: 'ClientRequest';
  value: string;
}

export type RaftMessage =
  | RequestVote
  | RequestVoteResponse
  | PreVote
  | PreVoteResponse
  | AppendEntries
  | AppendEntriesResponse
  | ClientRequest;
