// A Paxos node's state: acceptor, learner and proposer in one node (Paxos Made Simple §2.4).
// Persistent (survives a crash, §2.4 "stable storage"): the acceptor's promised ballot and its
// acceptance, the learner's learned value, and the proposer's highest tried round.
// Volatile: the proposer's ballot in progress and the learner's tallies of 2b messages.

import type { NodeId } from '../../engine/types';
import { roundOf, type Ballot } from './ballot';
import type { Acceptance } from './messages';

export type ProposalPhase = 'prepare' | 'accept' | 'idle';

/** The proposer's current ballot. `idle`: preempted or timed out (backing off), or done. */
export interface Proposal {
  ballot: Ballot;
  phase: ProposalPhase;
  /** Acceptors that promised this ballot (1b). */
  promises: NodeId[];
  /** The highest-ballot acceptance reported in those promises (§2.2, P2c). */
  highest: Acceptance | null;
  /** The value sent in phase 2 (null before phase 2). */
  value: string | null;
  /** Acceptors whose Accepted (2b) for this ballot reached this node. */
  accepts: NodeId[];
}

/** One learner tally: the distinct acceptors that reported accepting `value` in `ballot`. */
export interface Tally {
  ballot: Ballot;
  value: string;
  from: NodeId[];
}

export interface PaxosState {
  // ---- acceptor (persistent)
  promised: Ballot | null;
  accepted: Acceptance | null;
  // ---- learner
  /** Persistent: a chosen value, once learned, is never forgotten. */
  learned: string | null;
  /** Volatile: 2b messages counted per (ballot, value) key; emptied once the value is learned. */
  tallies: Record<string, Tally>;
  // ---- proposer
  /**
   * Persistent: the highest round this node has used for its own ballots. Paxos Made Simple
   * §2.5: "Each proposer remembers (in stable storage) the highest-numbered proposal it has
   * tried to issue". The promised ballot alone would not do: our own Prepare travels through
   * the network, so a crash can lose it, and a restarted proposer could reissue a ballot it had
   * already used — with a different value if a duplicated Promise let it finish phase 1 again.
   */
  triedRound: number;
  /** Volatile: the highest round seen in any ballot (a hint for the next round to pick). */
  roundSeen: number;
  /** Volatile: the value a client asked this node to propose. */
  ownValue: string | null;
  /** Volatile: the ballot in progress (or the last one), null before any request. */
  proposal: Proposal | null;
}

export function initialState(): PaxosState {
  return {
    promised: null,
    accepted: null,
    learned: null,
    tallies: {},
    triedRound: 0,
    roundSeen: 0,
    ownValue: null,
    proposal: null,
  };
}

/** The state a crashed node restarts with: only the persistent part. */
export function recoveredState(state: PaxosState): PaxosState {
  return {
    promised: state.promised,
    accepted: state.accepted,
    learned: state.learned,
    tallies: {},
    triedRound: state.triedRound,
    roundSeen: Math.max(state.triedRound, roundOf(state.promised), roundOf(state.accepted?.ballot ?? null)),
    ownValue: null,
    proposal: null,
  };
}

const byId = (a: NodeId, b: NodeId) => a - b;

/** The CLI contract (promised, accepted, learned) plus what the UI draws. */
export function viewState(state: PaxosState): Record<string, unknown> {
  const p = state.proposal;
  return {
    promised: state.promised === null ? null : [state.promised[0], state.promised[1]],
    accepted: state.accepted === null ? null : { ballot: [state.accepted.ballot[0], state.accepted.ballot[1]], value: state.accepted.value },
    learned: state.learned,
    round: state.triedRound,
    proposal:
      p === null
        ? null
        : {
            ballot: p.ballot,
            value: p.value ?? state.ownValue,
            phase: p.phase,
            promises: p.promises.slice().sort(byId),
            accepts: p.accepts.slice().sort(byId),
          },
  };
}
