// The engine's public types: what a run is made of (config, actions), what it records
// (messages, trace entries, violations), and the one interface a protocol plugs in through.
// Plain data everywhere, so that checkpoints can clone it and the UI can render it.

import type { RandomStream } from './random';

/** Node ids are 1..nodes everywhere (shown as S1..Sn). */
export type NodeId = number;

export interface NetworkConfig {
  latencyMsMin: number;
  latencyMsMax: number;
  dropRatio: number;
  duplicateRatio: number;
}

/** A timed action of the scenario. Times are simulated milliseconds. */
export type Action =
  | { at: number; do: 'crash'; node: NodeId }
  | { at: number; do: 'restart'; node: NodeId }
  | { at: number; do: 'partition'; groups: NodeId[][] }
  | { at: number; do: 'heal' }
  | { at: number; do: 'cut'; from: NodeId; to: NodeId }
  | { at: number; do: 'restore'; from: NodeId; to: NodeId }
  | { at: number; do: 'timeout'; node: NodeId }
  | { at: number; do: 'request'; node: NodeId; value: string }
  | { at: number; do: 'drop'; message: number }
  | { at: number; do: 'duplicate'; message: number }
  | { at: number; do: 'delay'; message: number; byMs: number }
  | ({ at: number; do: 'network' } & Partial<NetworkConfig>);

export type ActionKind = Action['do'];

/** Everything a run needs; a run is a pure function of it. */
export interface RunConfig {
  seed: number;
  nodes: number;
  until: number;
  network: NetworkConfig;
  params: Record<string, unknown>;
  actions: Action[];
}

/** What became of a message. */
export type MessageFate =
  | 'in-flight'
  | 'delivered'
  | 'dropped' // by the network's dropRatio
  | 'cut' // lost to a cut link (at send, or in flight when the link was cut)
  | 'crashed' // the receiver was down when it arrived
  | 'user-dropped'; // dropped by a `drop` action

export interface MessageRecord<M = unknown> {
  /** Deterministic: messages are numbered 0, 1, 2, ... in the order they are sent. */
  id: number;
  from: NodeId;
  to: NodeId;
  sentAt: number;
  /** When it arrives (or would have arrived). */
  deliverAt: number;
  /** When it stopped being in flight: delivered, or lost. Equals deliverAt while in flight. */
  endAt: number;
  fate: MessageFate;
  payload: M;
  /** Set on a copy made by duplicateRatio or a `duplicate` action. */
  duplicateOf?: number;
  /** The trace entry (index) of the event that sent it; absent when sent at boot by start(). */
  sentBy?: number;
}

export type TraceKind = 'deliver' | 'lost' | 'timer' | 'action' | 'note';

/**
 * Words as data: a catalog key and its parameters, rendered by src/i18n/note.ts in the chosen
 * language (the CLI and the exports: English). A parameter is a number (node ids are numbers: the
 * catalog writes "S{{node}}"), a string (values, transaction names, ballots), a list of node ids
 * (rendered "S1, S2"), or another Note (a reason inside a sentence), rendered first.
 * Params objects are never changed after they are handed over (the trace keeps them).
 */
export interface Note {
  readonly key: string;
  readonly params?: NoteParams;
}

export type NoteParam = number | string | readonly number[] | Note;

export type NoteParams = Readonly<Record<string, NoteParam>>;

/** One line of the append-only trace. */
export interface TraceEntry {
  at: number;
  kind: TraceKind;
  /** The node that acted or was acted on, if any. */
  node?: NodeId;
  /** A message id (deliver, lost). */
  message?: number;
  /** The timer's name (timer), the action index (action). */
  timer?: string;
  action?: number;
  /** What became of a lost message (lost). */
  fate?: MessageFate;
  /** Protocol notes ("raft.becameLeader"), action outcomes ("action.crashed"): words as data. */
  note?: Note;
}

export interface Violation {
  at: number;
  /** The invariant's name, as the papers write it ("ElectionSafety"); a claim matches it. */
  invariant: string;
  /** What broke, as words to render (English for the CLI: renderNote(detail, 'en')). */
  detail: Note;
  /** Nodes involved, for highlighting. */
  nodes: NodeId[];
}

/** A node's running timer, for drawing it as a ring. */
export interface TimerInfo {
  name: string;
  setAt: number;
  firesAt: number;
}

/** What a protocol handler may do: the only door from a node to the outside world. */
export interface NodeContext<M> {
  readonly now: number;
  readonly self: NodeId;
  /** Number of nodes; ids are 1..nodes. */
  readonly nodes: number;
  readonly params: Readonly<Record<string, unknown>>;
  /** This node's own random stream. */
  readonly random: RandomStream;
  send(to: NodeId, message: M): void;
  /** Start (or restart) the named timer; it fires once after `afterMs`. */
  setTimer(name: string, afterMs: number): void;
  clearTimer(name: string): void;
  /** Add a line to the trace: a catalog key and its parameters (see Note), never a sentence. */
  note(key: string, params?: NoteParams): void;
}

/** Read-only view of the whole cluster for invariants. */
export interface World<S> {
  readonly now: number;
  /** Index i holds node i+1's state (a crashed node shows what it would restart with). */
  readonly states: readonly S[];
  readonly up: readonly boolean[];
  readonly params: Readonly<Record<string, unknown>>;
  /** Values given by `request` actions so far, in order. */
  readonly requests: readonly string[];
}

export interface InvariantResult {
  detail: Note;
  nodes: NodeId[];
}

/**
 * A safety property checked after every event that ran a node handler.
 * `memory` is plain data owned by the engine (cloned into checkpoints), for invariants
 * over the whole run (ElectionSafety) or incremental checks.
 */
export interface Invariant<S> {
  readonly name: string;
  /** The catalog key of one sentence for the UI's invariants panel. */
  readonly description: string;
  initialMemory(): unknown;
  /** `touched` is the node whose handler just ran. Return null when the property holds. */
  check(world: World<S>, memory: unknown, touched: NodeId): InvariantResult | null;
  /**
   * Optional, together: `memory` as a checkpoint keeps it, and a live memory made from that
   * (default: a deep copy each way). See Protocol.saveState for what a saved form may share.
   */
  saveMemory?(memory: unknown): unknown;
  loadMemory?(saved: unknown): unknown;
}

/**
 * Optional, per protocol: spares the checks of invariants whose inputs an event left unchanged.
 * A protocol may have one only if each of its invariants, checked at a node whose fields that
 * invariant reads are unchanged since that node's previous check of it, gives the result it
 * gave then (whatever other nodes did in between); the engine then counts the check as done.
 */
export interface InvariantGuard<S> {
  /** Plain data, deep-copied into checkpoints. */
  initialMemory(): unknown;
  /**
   * Which invariants to check after an event at `touched`: bit i for invariants[i] (so at most
   * 31 invariants), set when a field it reads changed since the previous call for this node.
   * Records the fields for the next call.
   */
  affected(world: World<S>, memory: unknown, touched: NodeId): number;
}

/** A protocol parameter, declared so that the scenario layer can validate it and the UI can edit it. */
export type ParamSpec =
  /** `atLeast`: the int parameter this one may not be below (a range's maximum names its minimum). */
  | { name: string; label: string; kind: 'int'; default: number; min: number; max: number; unit?: 'ms'; atLeast?: string }
  | { name: string; label: string; kind: 'boolean'; default: boolean; teaching?: boolean }
  | { name: string; label: string; kind: 'enum'; default: string; options: readonly string[] }
  /** A map from node id (as a string key) to one of `options`; missing nodes take `default`. */
  | { name: string; label: string; kind: 'nodeMap'; default: string; options: readonly string[] };

/** A message described for people: its type (for colour) and a short label. */
export interface MessageDescription {
  /** The type as the papers name it, in every language (colour, legend, lesson checks). */
  type: string;
  /** The label as words to render (Note): English "AppendEntries(term 3, 2 entries)". */
  label: Note;
}

/**
 * A protocol: a state machine per node. Handlers mutate the node's state object (plain data
 * owned by the engine) and act on the world only through the context.
 */
export interface Protocol<S = any, M = any> {
  readonly name: string;
  readonly title: string;
  readonly params: readonly ParamSpec[];
  readonly invariants: readonly Invariant<S>[];
  /**
   * Every message type the protocol sends, as describe() names them, in a fixed order: the
   * views give each its own colour by this order, the same in every run.
   */
  readonly messageTypes?: readonly string[];
  /** Optional: see InvariantGuard. */
  readonly invariantGuard?: InvariantGuard<S>;
  /** The state a node boots with at time 0. */
  init(self: NodeId, nodes: number, params: Readonly<Record<string, unknown>>): S;
  /** A crash: return the state the node will restart with — only its persistent part survives. */
  recover(state: S, self: NodeId, nodes: number, params: Readonly<Record<string, unknown>>): S;
  /** Boot or restart: set the initial timers. */
  start(ctx: NodeContext<M>, state: S): void;
  onMessage(ctx: NodeContext<M>, state: S, from: NodeId, message: M): void;
  onTimer(ctx: NodeContext<M>, state: S, timer: string): void;
  /** A client request (the `request` action). */
  onRequest(ctx: NodeContext<M>, state: S, value: string): void;
  /** The `timeout` action: the node's main timeout fires now. */
  onTimeout(ctx: NodeContext<M>, state: S): void;
  /** Plain data for the CLI and the UI (field names are a public contract per protocol). */
  view(state: S, up: boolean): Record<string, unknown>;
  describe(message: M): MessageDescription;
  /**
   * Optional, together: a node's state as a checkpoint keeps it, and a live state made from
   * that (default: a deep copy each way, which costs a checkpoint as much as the state is big).
   * The saved form may share with the live state what the protocol never changes in place
   * afterwards (for example a log prefix: appended to, and copied before it is ever cut);
   * loadState must return a state sharing nothing that handlers change with the saved form.
   */
  saveState?(state: S): unknown;
  loadState?(saved: unknown): S;
}
