// The discrete-event simulation: a pure function of (protocol, RunConfig).
// Contract: no wall clock, no global randomness, no timers; time advances only by popping
// events from the (time, seq) queue. Every message gets a deterministic id and a recorded fate;
// every dispatched event lands in the trace and the running hash; invariants run after every
// node handler (those a protocol's InvariantGuard shows unaffected count as run). A run ends
// early, never with an exception, when it passes its budget (budget.ts). Checkpoints
// (checkpoints.ts) make seek(t) cheap; the network model, the timers and the changes to
// messages after they are sent live in network.ts, timers.ts and flight-record.ts.

import { DEFAULT_BUDGET, type BudgetStop, type RunBudget } from './budget';
import { CheckpointStore, checkpointBytes, loadMemories, loadStates, saveMemories, saveStates, type Checkpoint } from './checkpoints';
import { clonePlain, cloneStats } from './clone-plain';
import { EventQueue, type QueueEntries } from './event-queue';
import { FlightRecord } from './flight-record';
import { IN_FLIGHT, MessageLog, fateCode } from './message-log';
import { NetworkModel } from './network';
import { ACTION_ENTRY, DELIVER_ENTRY, LOST_ENTRY, NOTE_ENTRY, TIMER_ENTRY, TraceLog } from './trace-log';
import { RandomStream } from './random';
import { TimerNames, TimerSlots, forEachTimerEntry, type TimerSlot } from './timers';
import { hashHex, initialHash, mixParams, mixString, mixWord, stringWord, type HashState } from './trace-hash';
import { noteIdentity } from './note-identity';
import type {
  Action,
  InvariantResult,
  MessageFate,
  MessageRecord,
  NetworkConfig,
  NodeContext,
  NodeId,
  NoteParams,
  Protocol,
  RunConfig,
  TimerInfo,
  TraceEntry,
  Violation,
  World,
} from './types';

/** The queue's name column for a delivery (timers carry their name's id there). */
const DELIVERY = -1;
const DELIVERED = fateCode('delivered');

export interface SimulationOptions {
  /** Take a checkpoint every this many events (default 2000). 0 disables checkpoints. */
  checkpointEvery?: number;
  /** Check invariants after every node handler (default true). */
  invariants?: boolean;
  /** Most violations recorded in one run (default 1000). */
  maxViolations?: number;
  /** Caps that end a run early (default DEFAULT_BUDGET: the same in the worker, the CLI and explore). */
  budget?: RunBudget;
}


export class Simulation<S = unknown, M = unknown> {
  readonly protocol: Protocol<S, M>;
  readonly config: RunConfig;
  readonly nodeCount: number;

  /** The simulated clock, in integer milliseconds. */
  now = 0;
  /** Events dispatched so far (stale timers and superseded deliveries are not events). */
  eventCount = 0;
  /** Every message sent, by id (live: restore() rewrites it). */
  messageLog = new MessageLog<M>();
  /** The append-only trace (live: restore() truncates it). */
  traceLog = new TraceLog();
  /** Violations found so far; entries past violationCount belong to a later point of the run. */
  private violationList: Violation[] = [];
  private violationCount = 0;

  private queue = new EventQueue();
  /** Each message's end and delays, so that a restore sets only the messages in flight. */
  private readonly flights = new FlightRecord();
  /** The event being dispatched, counting from 1 (0 before any: the nodes' start). */
  private eventIndex = 0;
  /**
   * The trace entry of the node event being dispatched (its deliver, timer or action entry, then
   * its latest note), -1 outside one (boot): every message sent records it as its sentBy.
   */
  private currentEntry = -1;
  private readonly timerNames = new TimerNames();
  private seq = 0;
  private nextToken = 1;
  /** Actions sorted by time (stable), with their index in the scenario. */
  private readonly actions: { index: number; action: Action }[];
  /** requestsBefore[k]: how many of the first k sorted actions are requests. */
  private readonly requestsBefore: Int32Array;
  private actionCursor = 0;
  /** The time of the next action, Infinity when none is left (read on every event). */
  private nextActionAt = Infinity;
  private readonly nodeRandom: RandomStream[];
  private readonly net: NetworkModel;
  private states: S[];
  private up: boolean[];
  private timers: TimerSlots[];
  private memories: unknown[];
  /** The protocol's InvariantGuard memory (null without a guard). */
  private guardMemory: unknown;
  /** Values of the requests applied so far: the request actions before actionCursor. */
  private requests: string[] = [];
  private hash: HashState = initialHash();
  /** stringWord of each trace word, by word id: what the running hash takes for a word. */
  private readonly wordHashes: number[] = [];
  private violationKeys = new Set<string>();
  private readonly checkpoints: CheckpointStore;
  private readonly contexts: NodeContext<M>[];
  private readonly world: InstanceType<typeof Simulation.WorldView<S>>;
  private readonly checkInvariants: boolean;
  private readonly maxViolations: number;
  readonly budget: RunBudget;
  private stop: BudgetStop | null = null;
  /** No event is dispatched once eventCount reaches this: the events cap, or where a stop fell. */
  private eventLimit: number;

  constructor(protocol: Protocol<S, M>, config: RunConfig, options: SimulationOptions = {}) {
    this.protocol = protocol;
    this.config = config;
    const n = config.nodes;
    this.nodeCount = n;
    this.checkInvariants = options.invariants ?? true;
    this.maxViolations = options.maxViolations ?? 1000;
    this.budget = options.budget ?? DEFAULT_BUDGET;
    this.eventLimit = this.budget.eventsMax;
    this.checkpoints = new CheckpointStore(options.checkpointEvery ?? 2000, this.budget.checkpointBytesMax);
    this.messageLog.horizon = config.until;
    this.traceLog.horizon = config.until;
    this.actions = config.actions
      .map((action, index) => ({ index, action }))
      .sort((a, b) => a.action.at - b.action.at || a.index - b.index);
    this.requestsBefore = new Int32Array(this.actions.length + 1);
    this.actions.forEach(({ action }, k) => (this.requestsBefore[k + 1] = this.requestsBefore[k] + (action.do === 'request' ? 1 : 0)));
    this.moveActionCursor(0);
    this.nodeRandom = [];
    for (let id = 1; id <= n; id++) this.nodeRandom.push(RandomStream.derive(config.seed, `node:${id}`));
    this.net = new NetworkModel(n, config.seed, config.network);
    this.states = [];
    this.up = [];
    this.timers = [];
    this.contexts = [];
    for (let id = 1; id <= n; id++) {
      this.states.push(protocol.init(id, n, config.params));
      this.up.push(true);
      this.timers.push(new TimerSlots());
      this.contexts.push(this.makeContext(id));
    }
    this.memories = protocol.invariants.map((inv) => inv.initialMemory());
    this.guardMemory = protocol.invariantGuard ? protocol.invariantGuard.initialMemory() : null;
    this.world = new Simulation.WorldView<S>(this as Simulation<S, unknown>);
    for (let id = 1; id <= n; id++) protocol.start(this.contexts[id - 1], this.states[id - 1]);
    this.checkInFlight();
    if (this.checkpoints.enabled) this.takeCheckpoint();
  }

  // ---------------------------------------------------------------- public reading API

  /**
   * Set once, when the run passes its budget; from then on runUntil and step process nothing
   * past that point (seeking back before it still works, and the stop stays known).
   */
  get budgetStop(): BudgetStop | null {
    return this.stop;
  }

  /** The node's current state (a crashed node: what it will restart with). Do not mutate. */
  state(node: NodeId): S {
    return this.states[node - 1];
  }

  isUp(node: NodeId): boolean {
    return this.up[node - 1];
  }

  /** The node's running timers, for drawing. */
  timersOf(node: NodeId): TimerInfo[] {
    const out: TimerInfo[] = [];
    for (const { name, setAt, firesAt } of this.timers[node - 1].values()) {
      out.push({ name, setAt, firesAt });
    }
    return out;
  }

  isCut(from: NodeId, to: NodeId): boolean {
    return this.net.isCut(from, to);
  }

  networkConfig(): Readonly<NetworkConfig> {
    return this.net.config;
  }

  /** Messages in flight now. */
  get inFlightCount(): number {
    return this.net.inFlightCount;
  }

  /** The checkpoints' estimated bytes and count (for the bench and tests). */
  checkpointStats(): { count: number; bytes: number } {
    return { count: this.checkpoints.list.length, bytes: this.checkpoints.bytes };
  }

  /** The protocol's plain-data view of each node, with its id and whether it is up. */
  views(): ({ id: NodeId; up: boolean } & Record<string, unknown>)[] {
    const out = [];
    for (let id = 1; id <= this.nodeCount; id++) {
      const up = this.up[id - 1];
      out.push({ id, up, ...this.protocol.view(this.states[id - 1], up) });
    }
    return out;
  }

  /** All messages as records: a snapshot, never changed by later running or seeking. */
  get messages(): MessageRecord<M>[] {
    return this.messageLog.all();
  }

  message(id: number): MessageRecord<M> | undefined {
    return id >= 0 && id < this.messageLog.count ? this.messageLog.get(id) : undefined;
  }

  /** The violations found so far: a snapshot. */
  get violations(): Violation[] {
    return this.violationList.slice(0, this.violationCount);
  }

  /** The trace as entries: a snapshot, never changed by later running or seeking. */
  get trace(): TraceEntry[] {
    return this.traceLog.all();
  }

  /** Independent copies of the run's record so far, for readers that keep it while seeking. */
  snapshotRecord(): { messages: MessageLog<M>; trace: TraceLog; violations: Violation[] } {
    return { messages: this.messageLog.snapshot(), trace: this.traceLog.snapshot(), violations: this.violations };
  }

  /**
   * The running hash, with the notes' parameters mixed in (in order) now: the running hash
   * takes only each entry's word, as most runs (explore, the bench) never ask for the hash.
   * A pure function of the scenario: words by content, never by their interned index.
   */
  traceHash(): string {
    const h = this.hash.slice();
    const trace = this.traceLog;
    for (let i = 0; i < trace.paramsCount; i++) mixParams(h, trace.params.get(i));
    return hashHex(h);
  }

  /** Time of the next pending event or action, or Infinity. */
  nextEventTime(): number {
    return Math.min(this.queue.peekTime(), this.nextActionAt);
  }

  // ---------------------------------------------------------------- running

  /** Process every event and action with time <= t, then set the clock to t. */
  runUntil(t: number): void {
    while (this.processNext(t));
    // A run held by its budget keeps the clock at its last event: nothing after it happened.
    if (t > this.now && !(this.eventCount >= this.eventLimit && this.nextEventTime() <= t)) this.now = t;
  }

  /** Process the next event (skipping stale ones) if it is due at or before `limit`. */
  step(limit = Infinity): boolean {
    const before = this.eventCount;
    while (this.eventCount === before && this.processNext(limit));
    return this.eventCount > before;
  }

  private moveActionCursor(cursor: number): void {
    this.actionCursor = cursor;
    this.nextActionAt = cursor < this.actions.length ? this.actions[cursor].action.at : Infinity;
  }

  /** Pop and dispatch one queued event or action due at or before t; false when none is. */
  private processNext(t: number): boolean {
    const queue = this.queue;
    const nextTime = queue.peekTime();
    const actionAt = this.nextActionAt;
    if (this.eventCount >= this.eventLimit) {
      if ((actionAt <= t || nextTime <= t) && this.stop === null) this.stopRun('events', this.budget.eventsMax);
      return false;
    }
    this.eventIndex = this.eventCount + 1;
    this.currentEntry = -1;
    // Actions go first at equal times: they are the outside world acting "at t".
    if (actionAt <= t && actionAt <= nextTime) {
      const { action, index } = this.actions[this.actionCursor];
      this.moveActionCursor(this.actionCursor + 1);
      this.now = actionAt;
      this.applyAction(action, index);
      this.afterEvent();
      return true;
    }
    if (nextTime > t) return false;
    queue.pop();
    // The clock moves only with an event (deliver and fireTimer set it): a stale entry is not
    // one, and a restored queue need not hold the stale entries a fresh run pops.
    const dispatched =
      queue.poppedName === DELIVERY
        ? this.deliver(nextTime, queue.poppedTarget)
        : this.fireTimer(nextTime, queue.poppedTarget, queue.poppedName, queue.poppedToken);
    if (dispatched) this.afterEvent();
    return true;
  }

  /** Run to the end of the scenario (config.until). */
  runToEnd(): void {
    this.runUntil(this.config.until);
  }

  /**
   * Put the simulation in the state it has at time t: restore the latest checkpoint at or
   * before t (when that is closer than the current position), then replay to t.
   * seek(t) is equivalent to a fresh run to t, by state and by trace hash.
   */
  seek(t: number): void {
    const best = this.checkpoints.latestAtOrBefore(t);
    const canRunForward = t >= this.now;
    if (best && (!canRunForward || best.eventCount > this.eventCount)) this.restore(best);
    else if (!canRunForward) throw new Error('seek: no checkpoint before t (checkpoints disabled?)');
    this.runUntil(t);
  }

  // ---------------------------------------------------------------- events

  private afterEvent(): void {
    this.eventCount++;
    if (this.net.inFlightCount > this.budget.inFlightMax) this.checkInFlight();
    if (this.checkpoints.due(this.eventCount)) this.takeCheckpoint();
  }

  /** Ends the run after this event when too many messages are in flight. */
  private checkInFlight(): void {
    if (this.net.inFlightCount > this.budget.inFlightMax) this.stopRun('inFlight', this.budget.inFlightMax);
  }

  /** Record the stop (the first one only) and hold the run where it is. */
  private stopRun(reason: BudgetStop['reason'], limit: number): void {
    if (this.stop === null) this.stop = { at: this.now, reason, limit };
    if (this.eventCount < this.eventLimit) this.eventLimit = this.eventCount;
  }

  private deliver(time: number, id: number): boolean {
    const log = this.messageLog;
    // Superseded (delayed) or already lost (cut in flight, dropped by the user): not an event.
    if (log.fate[id] !== IN_FLIGHT || log.deliverAt[id] !== time) return false;
    this.now = time;
    const to = log.to[id];
    if (!this.up[to - 1]) {
      this.lose(id, 'crashed');
      return true;
    }
    this.flights.end(log, id, DELIVERED, time, this.eventIndex);
    this.net.inFlightCount--;
    this.record(DELIVER_ENTRY, to, id, -1, undefined);
    this.protocol.onMessage(this.contexts[to - 1], this.states[to - 1], log.from[id], log.payloads.get(id));
    this.runInvariants(to);
    return true;
  }

  private fireTimer(time: number, node: number, nameId: number, token: number): boolean {
    const name = this.timerNames.name(nameId);
    if (name === undefined) return false; // its slot is gone, and the id is free
    const slot = this.timers[node - 1].get(name);
    if (!this.up[node - 1] || slot === undefined || slot.token !== token) return false;
    if (slot.firesAt > time) return this.requeueTimer(slot, node, nameId, token);
    this.now = time;
    // Stopped (token 0) while the handler runs, so that re-arming it, the usual case, reuses
    // the slot; deleted afterwards if it was not re-armed (timers named per transaction would
    // otherwise pile up in the map).
    slot.token = 0;
    // The token (a deterministic counter) stands for the timer in the hash: cheaper than its name.
    mixWord(this.hash, token);
    const names = this.timerNames;
    const word = names.word(nameId);
    this.record(TIMER_ENTRY, node, -1, word >= 0 ? word : names.setWord(nameId, this.traceLog.wordId(name)), undefined);
    this.protocol.onTimer(this.contexts[node - 1], this.states[node - 1], name);
    if (slot.token === 0) {
      const slots = this.timers[node - 1];
      if (slots.get(name) === slot) this.dropTimer(node, name);
    }
    this.runInvariants(node);
    return true;
  }

  /** A timer re-armed for later since its entry was queued: queued again for then (not an event). */
  private requeueTimer(slot: TimerSlot, node: NodeId, nameId: number, token: number): false {
    slot.queuedAt = slot.firesAt;
    slot.queuedSeq = this.seq;
    this.scheduleTimer(slot.firesAt, node, nameId, token);
    return false;
  }

  private lose(id: number, fate: MessageFate, endAt = this.now): void {
    this.net.inFlightCount--;
    this.flights.end(this.messageLog, id, fateCode(fate), endAt, this.eventIndex);
    this.record(LOST_ENTRY, this.messageLog.to[id], id, this.word(fate), undefined);
  }

  /** The id of a trace word (a note key, a fate), interned with its hash on first use. */
  private word(text: string): number {
    const id = this.traceLog.wordId(text);
    // Timer names share the table (interned without a hash: a token stands for them).
    const hashes = this.wordHashes;
    while (hashes.length <= id) hashes.push(stringWord(this.traceLog.words[hashes.length]));
    return id;
  }

  /** Append to the trace and to the running hash. */
  private record(kind: number, node: number, ref: number, word: number, params: NoteParams | undefined): void {
    const h = this.hash;
    // The time when it moved since the last entry (marked negative: entry words are not);
    // kind (3 bits) and node (4 bits) share a word with the ref; ids are sequential, so this
    // loses nothing that the order of entries does not already pin down. A word (note key,
    // fate) by its content's hash; parameters are mixed in by traceHash(), their presence here.
    // A timer's name is stood for by its token.
    if (h[2] !== this.now) {
      h[2] = this.now;
      mixWord(h, ~this.now);
    }
    mixWord(h, (ref << 7) ^ (node << 3) ^ kind);
    if (word >= 0 && kind !== TIMER_ENTRY) mixWord(h, params === undefined ? this.wordHashes[word] : ~this.wordHashes[word]);
    // A node's own entry (not a loss, not a node-less action) is what its sends come from.
    if (node !== 0 && kind !== LOST_ENTRY) this.currentEntry = this.traceLog.count;
    this.traceLog.push(this.now, kind, node, ref, word, params);
  }

  private runInvariants(touched: NodeId): void {
    if (!this.checkInvariants) return;
    const guard = this.protocol.invariantGuard;
    const affected = guard === undefined ? -1 : guard.affected(this.world, this.guardMemory, touched);
    if (affected !== 0) this.checkAffected(touched, affected);
  }

  /**
   * The checks of the invariants in `affected` (bit i: invariants[i]). The first five are each
   * called from a call site of their own, where a loop called them all from one: that site saw
   * five functions, and V8 called through its generic call path at every check (2 % of a Raft
   * run's time, by perf); a site that sees one function is a direct call.
   */
  private checkAffected(touched: NodeId, affected: number): void {
    const invariants = this.protocol.invariants;
    const world = this.world;
    const memories = this.memories;
    const n = invariants.length;
    if ((affected & 1) !== 0 && n > 0) this.report(0, invariants[0].check(world, memories[0], touched));
    if ((affected & 2) !== 0 && n > 1) this.report(1, invariants[1].check(world, memories[1], touched));
    if ((affected & 4) !== 0 && n > 2) this.report(2, invariants[2].check(world, memories[2], touched));
    if ((affected & 8) !== 0 && n > 3) this.report(3, invariants[3].check(world, memories[3], touched));
    if ((affected & 16) !== 0 && n > 4) this.report(4, invariants[4].check(world, memories[4], touched));
    for (let i = 5; i < n; i++) if ((affected & (1 << i)) !== 0) this.report(i, invariants[i].check(world, memories[i], touched));
  }

  private report(invariant: number, result: InvariantResult | null): void {
    if (result !== null) this.violated(this.protocol.invariants[invariant].name, result);
  }

  /**
   * Record a violation found now (once per invariant and detail, up to maxViolations). Apart from
   * runInvariants, which runs after every event: V8 inlines functions into a hot one only while
   * their bytecode stays within a budget, and rare paths written inline spend it.
   */
  private violated(invariant: string, result: InvariantResult): void {
    const key = invariant + '\u0000' + noteIdentity(result.detail);
    if (this.violationKeys.has(key) || this.violationCount >= this.maxViolations) return;
    this.violationKeys.add(key);
    this.violationList[this.violationCount++] = { at: this.now, invariant, detail: result.detail, nodes: result.nodes };
    mixString(this.hash, key);
  }

  // ---------------------------------------------------------------- network

  private send(from: NodeId, to: NodeId, payload: M): void {
    const net = this.net;
    const latency = net.latencyMs();
    const entry = this.currentEntry;
    const sentBy = entry >= 0 && this.traceLog.node[entry] === from ? entry : -1;
    this.flights.beforeAdd(this.messageLog, this.messageLog.count);
    const id = this.messageLog.add(from, to, this.now, this.now + latency, payload, -1, sentBy);
    this.flights.added(id, this.messageLog.from.length);
    net.inFlightCount++;
    const h = this.hash;
    // The id is implied by the order of sends; from and to are at most 9.
    mixWord(h, (latency << 8) | (from << 4) | to);
    if (net.isCut(from, to)) {
      this.lose(id, 'cut');
      return;
    }
    const config = net.config;
    if (config.dropRatio > 0 || config.duplicateRatio > 0) return this.sendByChance(id, latency);
    this.scheduleDelivery(this.now + latency, id);
  }

  /**
   * The end of send on a network that drops or duplicates messages: each draw inlines a step of
   * the random stream, which made send too large for V8 to inline where messages are sent.
   * The same draws, in the same order (a ratio of 0 or 1 draws nothing).
   */
  private sendByChance(id: number, latency: number): void {
    const net = this.net;
    if (net.drops()) {
      // Recorded as lost half-way, so that the view can show it vanish on the link.
      this.lose(id, 'dropped', this.now + (latency >> 1));
      return;
    }
    this.scheduleDelivery(this.now + latency, id);
    if (net.duplicates()) this.duplicate(id);
  }

  /** A copy of a message in flight, with its own id and latency. */
  private duplicate(original: number): number {
    const log = this.messageLog;
    const latency = this.net.latencyMs();
    this.flights.beforeAdd(log, log.count);
    const id = log.add(log.from[original], log.to[original], this.now, this.now + latency, log.payloads.get(original), original, log.sentBy[original]);
    this.flights.added(id, this.messageLog.from.length);
    this.net.inFlightCount++;
    mixWord(this.hash, (latency << 8) | 0xff);
    this.scheduleDelivery(this.now + latency, id);
    return id;
  }

  /** Queue the first delivery of a message just sent. */
  private scheduleDelivery(time: number, id: number): void {
    this.messageLog.queueSeq[id] = this.seq;
    this.queue.push(time, this.seq++, id, DELIVERY, 0);
  }

  private scheduleTimer(time: number, node: NodeId, nameId: number, token: number): void {
    this.queue.push(time, this.seq++, node, nameId, token);
  }

  private setLink(from: NodeId, to: NodeId, isCut: boolean): void {
    if (from === to) return;
    if (this.net.setCut(from, to, isCut)) {
      // A cut link loses the messages already on it (DESIGN.md "Engine").
      const log = this.messageLog;
      this.net.forEachInFlight(log, (id) => {
        if (log.from[id] === from && log.to[id] === to) this.lose(id, 'cut');
      });
    }
  }

  // ---------------------------------------------------------------- actions

  private applyAction(action: Action, index: number): void {
    const n = this.nodeCount;
    // Outcomes are words as data: a key of src/i18n/en/trace.ts and its parameters.
    const note = (key: string, params: NoteParams | undefined, node: NodeId = 0) => this.record(ACTION_ENTRY, node, index, this.word(key), params);
    switch (action.do) {
      case 'crash': {
        const i = action.node - 1;
        if (!this.up[i]) return note('action.crash.alreadyDown', { node: action.node }, action.node);
        this.up[i] = false;
        for (const slot of this.timers[i].values()) this.timerNames.release(slot.nameId);
        this.timers[i] = new TimerSlots();
        this.states[i] = this.protocol.recover(this.states[i], action.node, n, this.config.params);
        note('action.crashed', { node: action.node }, action.node);
        this.runInvariants(action.node);
        return;
      }
      case 'restart': {
        const i = action.node - 1;
        if (this.up[i]) return note('action.restart.alreadyUp', { node: action.node }, action.node);
        this.up[i] = true;
        note('action.restarted', { node: action.node }, action.node);
        this.protocol.start(this.contexts[i], this.states[i]);
        this.runInvariants(action.node);
        return;
      }
      case 'partition': {
        const group = new Array<number>(n + 1).fill(-1);
        action.groups.forEach((members, g) => members.forEach((id) => (group[id] = g)));
        // Nodes named in no group form one more group together.
        for (let id = 1; id <= n; id++) if (group[id] === -1) group[id] = action.groups.length;
        for (let from = 1; from <= n; from++) {
          for (let to = 1; to <= n; to++) this.setLink(from, to, group[from] !== group[to]);
        }
        // Notation, not words: "{S1, S2} | {S3, S4, S5}" reads the same in every language.
        const groups = action.groups.map((g) => '{' + g.map((id) => `S${id}`).join(', ') + '}').join(' | ');
        return note('action.partition', { groups });
      }
      case 'heal':
        for (let from = 1; from <= n; from++) for (let to = 1; to <= n; to++) this.setLink(from, to, false);
        return note('action.healed', undefined);
      case 'cut':
        this.setLink(action.from, action.to, true);
        return note('action.cut', { from: action.from, to: action.to }, action.from);
      case 'restore':
        this.setLink(action.from, action.to, false);
        return note('action.restored', { from: action.from, to: action.to }, action.from);
      case 'timeout': {
        const i = action.node - 1;
        if (!this.up[i]) return note('action.timeout.down', { node: action.node }, action.node);
        note('action.timeout', { node: action.node }, action.node);
        this.protocol.onTimeout(this.contexts[i], this.states[i]);
        this.runInvariants(action.node);
        return;
      }
      case 'request': {
        const i = action.node - 1;
        this.requests.push(action.value); // requestsBefore counts it
        if (!this.up[i]) return note('action.request.down', { value: action.value, node: action.node }, action.node);
        note('action.request', { value: action.value, node: action.node }, action.node);
        this.protocol.onRequest(this.contexts[i], this.states[i], action.value);
        this.runInvariants(action.node);
        return;
      }
      case 'drop':
      case 'duplicate':
      case 'delay': {
        const id = action.message;
        const log = this.messageLog;
        if (id >= log.count || log.fate[id] !== IN_FLIGHT) {
          return note(`action.${action.do}.notInFlight`, { message: id });
        }
        if (action.do === 'drop') {
          note('action.dropped', { message: id });
          return this.lose(id, 'user-dropped');
        }
        if (action.do === 'duplicate') {
          const copy = this.duplicate(id);
          return note('action.duplicated', { message: id, copy });
        }
        const deliverAt = log.deliverAt[id] + action.byMs;
        this.flights.delay(log, id, deliverAt, this.seq, this.eventIndex);
        this.queue.push(deliverAt, this.seq++, id, DELIVERY, 0);
        return note('action.delayed', { message: id, byMs: action.byMs });
      }
      case 'network': {
        const { at: _at, do: _do, ...changes } = action;
        Object.assign(this.net.config, changes);
        // The scenario's own field names and values: notation, the same in every language.
        const changed = Object.entries(changes)
          .map(([k, v]) => `${k}=${v}`)
          .join(', ');
        return note('action.network', { changes: changed });
      }
    }
  }

  // ---------------------------------------------------------------- node contexts

  private makeContext(self: NodeId): NodeContext<M> {
    return new Simulation.Context<M>(this as Simulation<unknown, M>, self);
  }

  /**
   * A node's context. A class, not an object literal with per-node closures: the five
   * contexts then share one hidden class whose getters and methods live on the prototype, so
   * every `ctx.now` / `ctx.send` in protocol code is a monomorphic, inlinable access.
   * Declared inside Simulation so that it may use the simulation's private members.
   */
  private static readonly Context = class<M> implements NodeContext<M> {
    readonly nodes: number;
    readonly params: Readonly<Record<string, unknown>>;
    /** The node's stream: the same object all run long (a restore loads its state into it). */
    readonly random: RandomStream;

    constructor(
      private readonly sim: Simulation<unknown, M>,
      readonly self: NodeId,
    ) {
      this.nodes = sim.nodeCount;
      this.params = sim.config.params;
      this.random = sim.nodeRandom[self - 1];
    }

    get now(): number {
      return this.sim.now;
    }

    send(to: NodeId, message: M): void {
      this.sim.send(this.self, to, message);
    }

    setTimer(name: string, afterMs: number): void {
      this.sim.setTimer(this.self, name, afterMs);
    }

    clearTimer(name: string): void {
      this.sim.dropTimer(this.self, name);
    }

    note(key: string, params?: NoteParams): void {
      this.sim.record(NOTE_ENTRY, this.self, -1, this.sim.word(key), params);
    }
  };

  /**
   * The invariants' World: a class for the same reason as Context. The node arrays are fields,
   * not getters (one load fewer in every guard and check): the simulation replaces those arrays
   * only in restore, which calls `follow`.
   */
  private static readonly WorldView = class<S> implements World<S> {
    readonly params: Readonly<Record<string, unknown>>;
    states!: readonly S[];
    up!: readonly boolean[];
    requests!: readonly string[];

    constructor(private readonly sim: Simulation<S, unknown>) {
      this.params = sim.config.params;
      this.follow();
    }

    get now(): number {
      return this.sim.now;
    }

    /** Take the simulation's current arrays (after it replaced them). */
    follow(): void {
      this.states = this.sim.states;
      this.up = this.sim.up;
      this.requests = this.sim.requests;
    }
  };

  private setTimer(self: NodeId, name: string, afterMs: number): void {
    const firesAt = this.now + Math.max(0, Math.round(afterMs));
    const slots = this.timers[self - 1];
    const slot = slots.get(name);
    if (slot !== undefined && slot.token !== 0 && slot.queuedAt <= firesAt) {
      // Re-armed later (a follower hearing a heartbeat): keep the queued entry; when it
      // comes due it is queued again for the new time. One queue entry per firing, not per reset.
      slot.setAt = this.now;
      slot.firesAt = firesAt;
      return;
    }
    const token = this.nextToken++;
    if (slot === undefined) return this.newTimer(self, name, firesAt, token);
    slot.setAt = this.now;
    slot.firesAt = firesAt;
    slot.token = token;
    slot.queuedAt = firesAt;
    slot.queuedSeq = this.seq;
    this.scheduleTimer(firesAt, self, slot.nameId, token);
  }

  /** A timer the node is not running yet gets a slot (apart from setTimer: see `violated`). */
  private newTimer(self: NodeId, name: string, firesAt: number, token: number): void {
    const nameId = this.timerNames.acquire(name);
    this.timers[self - 1].add({ name, nameId, setAt: this.now, firesAt, token, queuedAt: firesAt, queuedSeq: this.seq });
    this.scheduleTimer(firesAt, self, nameId, token);
  }

  /** Stop a node's named timer, if it runs, and release its name. */
  private dropTimer(self: NodeId, name: string): void {
    const slot = this.timers[self - 1].delete(name);
    if (slot !== undefined) this.timerNames.release(slot.nameId);
  }

  // ---------------------------------------------------------------- checkpoints

  private takeCheckpoint(): void {
    const slotsBefore = cloneStats.slots;
    const timers = this.timers.map((slots) => slots.copy());
    const states = saveStates(this.protocol, this.states);
    const memories = saveMemories(this.protocol, this.memories);
    const guardMemory = clonePlain(this.guardMemory);
    const copied = cloneStats.slots - slotsBefore;
    const timerCount = timers.reduce((sum, slots) => sum + slots.size, 0);
    // One literal with every field: a spread of one into another (to add `bytes`) gave each
    // checkpoint a map of its own, and every read of one was a megamorphic lookup.
    const checkpoint: Checkpoint = {
      now: this.now,
      eventCount: this.eventCount,
      seq: this.seq,
      nextToken: this.nextToken,
      actionCursor: this.actionCursor,
      nodeRandom: this.nodeRandom.map((r) => r.state()),
      network: this.net.save(this.messageLog),
      states,
      up: this.up.slice(),
      timers,
      memories,
      guardMemory,
      messagesLength: this.messageLog.count,
      traceLength: this.traceLog.count,
      traceParamsCount: this.traceLog.paramsCount,
      violationsLength: this.violationCount,
      hash: this.hash.slice(),
      bytes: checkpointBytes(this.nodeCount, timerCount, copied),
    };
    this.checkpoints.add(checkpoint, copied);
  }

  /**
   * Put the run at a checkpoint, behind or ahead of where it is (never past the furthest point
   * reached, where checkpoints end). The append-only record (messages, trace, violations) only
   * moves its end; the messages in flight where the run leaves and where it arrives take their
   * state (flight-record.ts); the queue is rebuilt from the running timers and the messages in
   * flight.
   */
  private restore(cp: Checkpoint): void {
    const log = this.messageLog;
    this.net.forEachInFlight(log, (id) => this.flights.settle(log, id));
    this.now = cp.now;
    this.eventCount = cp.eventCount;
    this.seq = cp.seq;
    this.nextToken = cp.nextToken;
    this.moveActionCursor(cp.actionCursor);
    // Into the same streams: the node contexts hold them.
    this.nodeRandom.forEach((stream, i) => stream.load(cp.nodeRandom[i]));
    this.net.load(cp.network);
    this.states = loadStates(this.protocol, cp.states);
    this.up = cp.up.slice();
    this.timers = cp.timers.map((slots) => slots.copy());
    this.timerNames.reset(this.timers);
    this.memories = loadMemories(this.protocol, cp.memories);
    this.guardMemory = clonePlain(cp.guardMemory);
    this.requests = this.requestValues(cp.actionCursor);
    this.world.follow();
    log.setCount(cp.messagesLength);
    this.queue = this.rebuildQueue(cp);
    this.traceLog.setCount(cp.traceLength, cp.traceParamsCount);
    this.violationCount = cp.violationsLength;
    this.violationKeys = new Set(this.violations.map((v) => v.invariant + '\u0000' + noteIdentity(v.detail)));
    this.hash = cp.hash.slice();
    this.currentEntry = -1;
  }

  /** The values of the request actions among the first `cursor` sorted actions, in order. */
  private requestValues(cursor: number): string[] {
    const out: string[] = [];
    for (let k = 0; k < cursor && out.length < this.requestsBefore[cursor]; k++) {
      const { action } = this.actions[k];
      if (action.do === 'request') out.push(action.value);
    }
    return out;
  }

  /**
   * The queue at a restored point: a live entry per running timer and per message in flight
   * (which the flight record sets to their state at that point as it lists them).
   */
  private rebuildQueue(cp: Checkpoint): EventQueue {
    const entries: QueueEntries = { time: [], seq: [], target: [], name: [], token: [] };
    const add = (time: number, seq: number, target: number, name: number, token: number) => {
      entries.time.push(time);
      entries.seq.push(seq);
      entries.target.push(target);
      entries.name.push(name);
      entries.token.push(token);
    };
    forEachTimerEntry(this.timers, add);
    const log = this.messageLog;
    this.flights.arrive(log, cp.network.firstInFlight, cp.messagesLength, cp.eventCount, (id) =>
      add(log.deliverAt[id], log.queueSeq[id], id, DELIVERY, 0),
    );
    return EventQueue.fromEntries(cp.now, entries);
  }
}
