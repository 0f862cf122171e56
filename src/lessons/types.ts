// A lesson is data: a scenario and the steps that walk through its run. Every sentence a person
// reads is a catalog key (src/i18n); every statement about the run is a Claim, checked against
// the run by test/lessons/lessons.test.ts, so that no lesson can say what its run does not show.

import type { Scenario } from '../scenario/format';
import type { ProtocolName } from '../protocols/registry';

/** A node id set, written as in the papers' figures (S1..Sn). */
export type NodeSet = readonly number[];

/**
 * A statement about the state of the run at a step's time (after every event at or before it),
 * written against the protocols' public view fields (the CLI's contract).
 */
export type Claim =
  /** The node's view fields equal these (deep equality), e.g. { node: 5, role: 'leader', term: 2 }. */
  | ({ node: number } & Record<string, unknown>)
  /** Exactly these nodes are up leaders (Raft). `[]`: nobody leads. */
  | { leaders: NodeSet }
  /**
   * The value is committed on exactly these nodes and on no other. Raft: among the node's
   * first commitIndex log entries; Paxos: the node has learned it; 2PC/3PC: the transaction
   * is committed there.
   */
  | { committed: string; on: NodeSet }
  /** 2PC/3PC: the transaction is aborted on exactly these nodes. */
  | { aborted: string; on: NodeSet }
  /** 2PC/3PC: the transaction is in this state on exactly these nodes (working, prepared, precommitted, committed, aborted). */
  | { transaction: string; state: string; on: NodeSet }
  /** 2PC/3PC: exactly these nodes are blocked on the transaction (uncertain and unable to decide). */
  | { blocked: string; on: NodeSet }
  /** Raft: the node's log holds exactly these values, in order (terms too when given). */
  | { log: number; values: readonly string[]; terms?: readonly number[] }
  /** Paxos: the value chosen (a majority of acceptors accepted it in one ballot), or null for none. */
  | { chosen: string | null }
  /** A violation of this invariant has been recorded at or before the step's time. */
  | { violation: string }
  /** No violation of any invariant has been recorded up to the step's time. */
  | { violations: 0 };

/** What a step points the class at, drawn in the cluster. */
export interface Highlight {
  nodes?: NodeSet;
  /** Directed links [from, to]. */
  links?: readonly (readonly [number, number])[];
  /** Message types (as the protocol names them) to emphasise. */
  messageTypes?: readonly string[];
}

/** A choice of a question; its answer is a claim about the next step's time. */
export interface Choice {
  /** Catalog key of the choice's label (lessons.choice.* for shared ones, or the lesson's own). */
  key: string;
  /** Parameters of the label (e.g. { node: 3 }). */
  params?: Record<string, string | number>;
  /** True of the run at the next step's time exactly when this choice is right. */
  holds: Claim[];
}

export interface Question {
  /** Catalog key of the question's text. */
  key: string;
  choices: readonly Choice[];
}

export interface LessonStep {
  /** Simulated time where playback pauses for this step. */
  at: number;
  /** Catalog keys: `${key}.title` and `${key}.text` (one to three sentences). */
  key: string;
  highlight?: Highlight;
  /** Checked against the run at `at`. */
  claims: readonly Claim[];
  /** Asked at this step; answered by the run at the next step's time. */
  question?: Question;
  /**
   * Protocol parameters in force from this step on (merged over the lesson's). A step that
   * changes them offers a "Turn it on" button naming the setting as the UI labels it; moving to
   * the step applies them too.
   */
  params?: Record<string, unknown>;
}

export interface Lesson {
  id: string;
  protocol: ProtocolName;
  /** Catalog key of the title (`lessons.<id>.title`). */
  titleKey: string;
  /** Scenario JSON without `version` (added on load); validated like any other input. */
  scenario: Omit<Partial<Scenario>, 'version' | 'protocol'> & { protocol: ProtocolName };
  steps: readonly LessonStep[];
}
