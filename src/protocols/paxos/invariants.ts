// Safety of single-decree Paxos (Paxos Made Simple §2.1): only a proposed value may be chosen,
// only a single value is chosen, and a learner never learns a value that was not chosen.
// "Chosen" is computed from the acceptors' states, over the whole run: a value is chosen once a
// majority of acceptors have accepted it in the same ballot (§2.2), even if some of them later
// accept a higher ballot. Each check is incremental: an acceptance is visible in the touched
// node's `accepted` field, so the memory keeps, per (ballot, value), the acceptors seen
// accepting it — O(1) per event unless the touched node's state changed.

import type { Invariant, InvariantResult, NodeId, Note, World } from '../../engine/types';
import { formatBallot, type Ballot } from './ballot';
import { majorityOf } from './learner';
import type { Acceptance } from './messages';
import type { PaxosState } from './state';

interface ChosenValue {
  value: string;
  /** The first ballot in which it was chosen, and the acceptors that made the majority. */
  ballot: Ballot;
  by: NodeId[];
}

/** Per-run memory shared in shape by the three invariants (each keeps its own copy). */
interface ChosenMemory {
  /** Index i: node i+1's acceptance as last counted (compared field by field: no allocation per event). */
  seen: (Acceptance | undefined)[];
  /** (ballot, value) key → the acceptors that accepted it. */
  votes: Record<string, NodeId[]>;
  /** Every value chosen so far (more than one only if Agreement is broken). */
  chosen: ChosenValue[];
  /** Index i: node i+1's learned value as last checked. */
  learned: (string | null)[];
}

function initialMemory(): ChosenMemory {
  return { seen: [], votes: {}, chosen: [], learned: [] };
}

const keyOf = (ballot: Ballot, value: string) => `${ballot[0]}.${ballot[1]}|${value}`;
const nodeList = (ids: readonly NodeId[]) => ids.slice().sort((a, b) => a - b);

/**
 * Count the touched node's acceptance if it is new. Returns the value it made chosen (the first
 * time a (ballot, value) reaches a majority), or null.
 */
function countAcceptance(world: World<PaxosState>, memory: ChosenMemory, touched: NodeId): ChosenValue | null {
  const accepted = world.states[touched - 1].accepted;
  if (accepted === null) return null;
  const seen = memory.seen[touched - 1];
  if (seen !== undefined && seen.value === accepted.value && seen.ballot[0] === accepted.ballot[0] && seen.ballot[1] === accepted.ballot[1]) {
    return null;
  }
  memory.seen[touched - 1] = { ballot: [accepted.ballot[0], accepted.ballot[1]], value: accepted.value };
  const key = keyOf(accepted.ballot, accepted.value);
  let voters = memory.votes[key];
  if (voters === undefined) {
    voters = [];
    memory.votes[key] = voters;
  }
  if (voters.includes(touched)) return null;
  voters.push(touched);
  if (voters.length !== majorityOf(world.states.length)) return null;
  const chosen: ChosenValue = { value: accepted.value, ballot: accepted.ballot, by: voters.slice() };
  if (!memory.chosen.some((c) => c.value === chosen.value)) memory.chosen.push(chosen);
  return chosen;
}

/** The touched node's learned value, when it changed since the last check. */
function newlyLearned(world: World<PaxosState>, memory: ChosenMemory, touched: NodeId): string | null {
  const learned = world.states[touched - 1].learned;
  if (learned === null || memory.learned[touched - 1] === learned) return null;
  memory.learned[touched - 1] = learned;
  return learned;
}

const describeChosen = (c: ChosenValue): Note => ({ key: 'invariant.paxos.chosen', params: { value: c.value, ballot: formatBallot(c.ballot), by: nodeList(c.by) } });

export const agreement: Invariant<PaxosState> = {
  name: 'Agreement',
  description: 'invariant.paxos.Agreement.description',
  initialMemory,
  check(world, raw, touched): InvariantResult | null {
    const memory = raw as ChosenMemory;
    const chosen = countAcceptance(world, memory, touched);
    if (chosen === null) return null;
    const other = memory.chosen.find((c) => c.value !== chosen.value);
    if (other === undefined) return null;
    const nodes = [...new Set([...other.by, ...chosen.by])].sort((a, b) => a - b);
    return { detail: { key: 'invariant.paxos.twoChosen', params: { first: describeChosen(other), second: describeChosen(chosen) } }, nodes };
  },
};

export const validity: Invariant<PaxosState> = {
  name: 'Validity',
  description: 'invariant.paxos.Validity.description',
  initialMemory,
  check(world, raw, touched): InvariantResult | null {
    const memory = raw as ChosenMemory;
    const chosen = countAcceptance(world, memory, touched);
    if (chosen !== null && !world.requests.includes(chosen.value)) {
      return { detail: { key: 'invariant.paxos.chosenUnrequested', params: { chosen: describeChosen(chosen) } }, nodes: chosen.by.slice().sort((a, b) => a - b) };
    }
    const learned = newlyLearned(world, memory, touched);
    if (learned !== null && !world.requests.includes(learned)) {
      return { detail: { key: 'invariant.paxos.learnedUnrequested', params: { node: touched, value: learned } }, nodes: [touched] };
    }
    return null;
  },
};

export const learnedIsChosen: Invariant<PaxosState> = {
  name: 'LearnedIsChosen',
  description: 'invariant.paxos.LearnedIsChosen.description',
  initialMemory,
  check(world, raw, touched): InvariantResult | null {
    const memory = raw as ChosenMemory;
    countAcceptance(world, memory, touched);
    const learned = newlyLearned(world, memory, touched);
    if (learned === null || memory.chosen.some((c) => c.value === learned)) return null;
    return { detail: { key: 'invariant.paxos.learnedNotChosen', params: { node: touched, value: learned } }, nodes: [touched] };
  },
};

export const PAXOS_INVARIANTS: readonly Invariant<PaxosState>[] = [agreement, validity, learnedIsChosen];
