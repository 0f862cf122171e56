// The run record as it grows, chunk by chunk: what one chunk adds (RecordGrowth, plain data and
// typed columns, cheap to post and transfer), how the computing side takes it from a Simulation
// (GrowthCursor) and how the page's side appends it (RecordAccumulator).
// Contract: the accumulated record equals the Simulation's record after the same events: rows
// are append-only except messages still in flight, whose fate, delivery and end times a later
// chunk may change (a delivery, a loss, a delay) and which the cursor re-sends as `updates`.

import { expectedRows, growToward } from '../engine/columns';
import { IN_FLIGHT, MessageLog } from '../engine/message-log';
import type { Simulation } from '../engine/simulation';
import { TraceLog } from '../engine/trace-log';
import type { NoteParams, Protocol, Violation } from '../engine/types';
import type { Scenario } from '../scenario/format';
import { messageNote, type RunRecord } from '../store/run';
import type { BudgetStop } from './budget-stop';

/**
 * `values` written into `column` from index `first`; the column, maybe a new one. When `end` rows
 * no longer fit it grows toward `expected` (expectedRows: what the run will hold at its end), as
 * the engine's own columns do: a 10-minute run's columns are copied a few times, not some 25.
 */
function place<T extends Float64Array | Int32Array | Uint8Array>(column: T, values: ArrayLike<number>, first: number, end: number, expected: number): T {
  const out = growToward(column, end, expected);
  out.set(values, first);
  return out;
}

export type Column = Float64Array | Int32Array | Uint8Array;

/** The message log's and the trace's typed columns that a growth carries, by name. */
const MESSAGE_COLUMNS = ['from', 'to', 'fate', 'sentAt', 'deliverAt', 'endAt', 'duplicateOf', 'sentBy'] as const;
const TRACE_COLUMNS = ['at', 'kind', 'node', 'ref', 'word', 'hasParams'] as const;

/** place() for each named column: rows first..end of `values`' columns into `target`'s. */
function placeColumns<K extends string>(target: Record<K, Column>, values: Record<K, Column>, names: readonly K[], first: number, end: number, expected: number): void {
  for (const name of names) target[name] = place(target[name], values[name], first, end, expected);
}

/** What one chunk of the run adds to the record. */
export interface RecordGrowth {
  /** Everything up to this simulated time is final. */
  computedUntil: number;
  done: boolean;
  budgetStop: BudgetStop | null;
  /** Set with the last chunk of a run that completed or stopped. */
  traceHash: string | null;
  /** New message rows, ids first .. first + from.length - 1. */
  messages: {
    first: number;
    from: Uint8Array;
    to: Uint8Array;
    fate: Uint8Array;
    sentAt: Int32Array;
    deliverAt: Int32Array;
    endAt: Int32Array;
    duplicateOf: Int32Array;
    /** The trace entry that sent each (MessageLog.sentBy). */
    sentBy: Int32Array;
    payloads: unknown[];
  };
  /** Rows sent earlier that changed: id, fate, deliverAt, endAt, repeated. */
  updates: Int32Array;
  /** Message types seen for the first time, in order. */
  messageTypes: string[];
  /**
   * New trace rows; `word` refers to the run's whole word table, of which `words` (from
   * wordFirst) is the new part; `hasParams` flags the rows whose parameters are the next ones
   * in `params`, which starts with the run's parameter number paramsFirst (rows before `first`
   * have that many).
   */
  trace: {
    first: number;
    at: Int32Array;
    kind: Uint8Array;
    node: Uint8Array;
    ref: Int32Array;
    word: Int32Array;
    hasParams: Uint8Array;
    wordFirst: number;
    words: string[];
    paramsFirst: number;
    params: NoteParams[];
  };
  violations: Violation[];
}

/** The buffers a growth message can transfer instead of copying. */
export function transferablesOf(growth: RecordGrowth): ArrayBuffer[] {
  const { messages: m, trace: t } = growth;
  return [...MESSAGE_COLUMNS.map((name) => m[name]), growth.updates, ...TRACE_COLUMNS.map((name) => t[name])].map((column) => column.buffer as ArrayBuffer);
}

/** Takes, from a Simulation that only runs forward, what its record gained since the last take. */
export class GrowthCursor {
  private messagesSent = 0;
  private traceSent = 0;
  private wordsSent = 0;
  private paramsSent = 0;
  private violationsSent = 0;
  /** Ids sent while in flight, and the delivery time they were sent with. */
  private open: number[] = [];
  private openDeliverAt: number[] = [];
  private readonly seenTypes = new Set<string>();
  /** describe()'s type by the payload's own `type` field, for payloads that have one. */
  private readonly typeByField = new Map<string, string>();

  /**
   * A payload's type as describe() names it. describe() builds a whole description (a note and
   * its parameters), and asking it of every message made 70 % of what a worst-case run allocated
   * (1.4 M descriptions thrown away: the garbage was most of the run's peak heap). Every protocol's
   * describe() names a payload by its `type` field alone (test/protocols/describe-type.test.ts),
   * so it is asked once per distinct field.
   */
  private typeOf(protocol: Protocol, payload: unknown): string {
    const field = typeof payload === 'object' && payload !== null ? (payload as { type?: unknown }).type : undefined;
    if (typeof field !== 'string') return messageNote(protocol, payload).type;
    let type = this.typeByField.get(field);
    if (type === undefined) {
      type = messageNote(protocol, payload).type;
      this.typeByField.set(field, type);
    }
    return type;
  }

  constructor(private readonly simulation: Simulation) {}

  take(computedUntil: number, done: boolean, budgetStop: BudgetStop | null): RecordGrowth {
    const sim = this.simulation;
    const log = sim.messageLog;
    const trace = sim.traceLog;

    const updates: number[] = [];
    const open: number[] = [];
    const openDeliverAt: number[] = [];
    for (let i = 0; i < this.open.length; i++) {
      const id = this.open[i];
      const fate = log.fate[id];
      if (fate !== IN_FLIGHT || log.deliverAt[id] !== this.openDeliverAt[i]) updates.push(id, fate, log.deliverAt[id], log.endAt[id]);
      if (fate === IN_FLIGHT) {
        open.push(id);
        openDeliverAt.push(log.deliverAt[id]);
      }
    }
    const first = this.messagesSent;
    const end = log.count;
    const messageTypes: string[] = [];
    for (let id = first; id < end; id++) {
      if (log.fate[id] === IN_FLIGHT) {
        open.push(id);
        openDeliverAt.push(log.deliverAt[id]);
      }
      const type = this.typeOf(sim.protocol, log.payloads.get(id));
      if (!this.seenTypes.has(type)) {
        this.seenTypes.add(type);
        messageTypes.push(type);
      }
    }
    this.open = open;
    this.openDeliverAt = openDeliverAt;
    this.messagesSent = end;

    const traceFirst = this.traceSent;
    const traceEnd = trace.count;
    const wordFirst = this.wordsSent;
    const paramsFirst = this.paramsSent;
    this.traceSent = traceEnd;
    this.wordsSent = trace.words.length;
    this.paramsSent = trace.paramsCount;

    const violations = sim.violations.slice(this.violationsSent);
    this.violationsSent += violations.length;

    return {
      computedUntil,
      done,
      budgetStop,
      traceHash: done ? sim.traceHash() : null,
      messages: {
        first,
        from: log.from.slice(first, end),
        to: log.to.slice(first, end),
        fate: log.fate.slice(first, end),
        sentAt: log.sentAt.slice(first, end),
        deliverAt: log.deliverAt.slice(first, end),
        endAt: log.endAt.slice(first, end),
        duplicateOf: log.duplicateOf.slice(first, end),
        sentBy: log.sentBy.slice(first, end),
        payloads: log.payloads.slice(first, end),
      },
      updates: Int32Array.from(updates),
      messageTypes,
      trace: {
        first: traceFirst,
        at: trace.at.slice(traceFirst, traceEnd),
        kind: trace.kind.slice(traceFirst, traceEnd),
        node: trace.node.slice(traceFirst, traceEnd),
        ref: trace.ref.slice(traceFirst, traceEnd),
        word: trace.word.slice(traceFirst, traceEnd),
        hasParams: trace.hasParams.slice(traceFirst, traceEnd),
        wordFirst,
        words: trace.words.slice(wordFirst),
        paramsFirst,
        params: trace.params.slice(paramsFirst, trace.paramsCount),
      },
      violations,
    };
  }
}

/**
 * The page's copy of a run's record, appended to chunk by chunk. record() publishes a new
 * RunRecord object (sharing the columns) so that React sees each growth.
 */
export class RecordAccumulator {
  /** The columns being filled (growth-queue.ts moves them into larger ones in parts). */
  readonly messages = new MessageLog();
  readonly trace = new TraceLog();
  private violations: Violation[] = [];
  private messageTypes: string[] = [];
  private longestFlightMs = 0;
  private computedUntil = -1;
  private done = false;
  private budgetStop: BudgetStop | null = null;
  private traceHash = '';
  private published: RunRecord | null = null;

  constructor(
    readonly scenario: Scenario,
    private readonly protocol: Protocol,
  ) {}

  apply(growth: RecordGrowth): void {
    const log = this.messages;
    const m = growth.messages;
    const added = m.from.length;
    if (added > 0) {
      const end = m.first + added;
      const expected = expectedRows(end, growth.computedUntil, this.scenario.until);
      placeColumns(log, m, MESSAGE_COLUMNS, m.first, end, expected);
      for (let i = 0; i < added; i++) {
        log.payloads.set(m.first + i, m.payloads[i]);
        const flight = m.endAt[i] - m.sentAt[i];
        if (flight > this.longestFlightMs) this.longestFlightMs = flight;
      }
      log.count = end;
    }
    const u = growth.updates;
    for (let i = 0; i < u.length; i += 4) {
      const id = u[i];
      log.fate[id] = u[i + 1];
      log.deliverAt[id] = u[i + 2];
      log.endAt[id] = u[i + 3];
      const flight = u[i + 3] - log.sentAt[id];
      if (flight > this.longestFlightMs) this.longestFlightMs = flight;
    }
    if (growth.messageTypes.length > 0) this.messageTypes = [...this.messageTypes, ...growth.messageTypes];

    const trace = this.trace;
    const t = growth.trace;
    const rows = t.at.length;
    if (rows > 0) {
      const end = t.first + rows;
      const expected = expectedRows(end, growth.computedUntil, this.scenario.until);
      placeColumns(trace, t, TRACE_COLUMNS, t.first, end, expected);
      trace.countParams(t.first, end, t.paramsFirst);
      trace.addWords(t.wordFirst, t.words);
      for (let i = 0; i < t.params.length; i++) trace.params.set(t.paramsFirst + i, t.params[i]);
      trace.count = end;
      trace.paramsCount = t.paramsFirst + t.params.length;
    }
    if (growth.violations.length > 0) this.violations = [...this.violations, ...growth.violations];
    this.computedUntil = Math.max(this.computedUntil, growth.computedUntil);
    this.done = growth.done;
    this.budgetStop = growth.budgetStop;
    if (growth.traceHash !== null) this.traceHash = growth.traceHash;
    this.published = null;
  }

  /** No more will come (the computation failed): the record ends where it is. */
  end(): void {
    this.done = true;
    this.computedUntil = Math.max(0, this.computedUntil);
    this.published = null;
  }

  /** The record as it is now; the same object until the next apply(). */
  record(): RunRecord {
    if (this.published) return this.published;
    // New MessageLog / TraceLog objects over the same columns: a published record keeps its row
    // count while later chunks append (rows still in flight may change their fate in place).
    const messages = Object.assign(new MessageLog(), this.messages, { payloads: this.messages.payloads });
    const trace = Object.assign(new TraceLog(), this.trace);
    this.published = {
      scenario: this.scenario,
      protocol: this.protocol,
      messages,
      trace,
      violations: this.violations,
      longestFlightMs: this.longestFlightMs,
      messageTypes: this.messageTypes,
      traceHash: this.traceHash,
      computedUntil: this.computedUntil,
      done: this.done,
      budgetStop: this.budgetStop,
    };
    return this.published;
  }
}
