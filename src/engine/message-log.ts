// Every message of a run, by id (ids are 0, 1, 2, ... in sending order), stored column-wise.
// `get(id)` materializes a MessageRecord for readers; the engine writes the columns directly.

import { expectedRows, growToward } from './columns';
import { Segments } from './segments';
import type { MessageFate, MessageRecord, NodeId } from './types';

export const FATES: readonly MessageFate[] = ['in-flight', 'delivered', 'dropped', 'cut', 'crashed', 'user-dropped'];
export const IN_FLIGHT = 0;
export const fateCode = (fate: MessageFate): number => FATES.indexOf(fate);

export class MessageLog<M = unknown> {
  count = 0;
  from = new Uint8Array(64);
  to = new Uint8Array(64);
  fate = new Uint8Array(64);
  sentAt = new Int32Array(64);
  deliverAt = new Int32Array(64);
  endAt = new Int32Array(64);
  /** -1 unless the message is a copy made by duplication. */
  duplicateOf = new Int32Array(64);
  /**
   * The trace entry of the event that sent it (a copy: its original's), -1 when none: a node's
   * start() at boot has no entry. Recorded by the engine, so readers (vector clocks) need not
   * guess; not part of the trace hash.
   */
  sentBy = new Int32Array(64);
  /**
   * The sequence number of its delivery's queue entry (while in flight), so a restore can
   * rebuild the queue. Int32: a run pushes a few entries per event, and the budget's events
   * cap keeps that far below 2^31.
   */
  queueSeq = new Int32Array(64);
  /** In segments (segments.ts): a long run's payloads are never copied as it grows. */
  payloads = new Segments<M>();
  /** The simulated time the run ends at (0: unknown): the columns grow toward what it will hold. */
  horizon = 0;

  add(from: NodeId, to: NodeId, sentAt: number, deliverAt: number, payload: M, duplicateOf = -1, sentBy = -1): number {
    const id = this.count++;
    if (id >= this.from.length) this.grow(id + 1, sentAt);
    this.from[id] = from;
    this.to[id] = to;
    this.fate[id] = IN_FLIGHT;
    this.sentAt[id] = sentAt;
    this.deliverAt[id] = deliverAt;
    this.endAt[id] = deliverAt;
    this.duplicateOf[id] = duplicateOf;
    this.sentBy[id] = sentBy;
    this.payloads.set(id, payload);
    return id;
  }

  /**
   * Room for `n` rows, growing toward what the run will hold at its horizon. Apart from add,
   * which V8 then inlines where messages are sent: its nine columns' growth was most of add's
   * bytecode, and a caller's inlining budget is counted in bytecode.
   */
  private grow(n: number, sentAt: number): void {
    const expected = expectedRows(n, sentAt, this.horizon);
    this.from = growToward(this.from, n, expected);
    this.to = growToward(this.to, n, expected);
    this.fate = growToward(this.fate, n, expected);
    this.sentAt = growToward(this.sentAt, n, expected);
    this.deliverAt = growToward(this.deliverAt, n, expected);
    this.endAt = growToward(this.endAt, n, expected);
    this.duplicateOf = growToward(this.duplicateOf, n, expected);
    this.sentBy = growToward(this.sentBy, n, expected);
    this.queueSeq = growToward(this.queueSeq, n, expected);
  }

  get(id: number): MessageRecord<M> {
    const record: MessageRecord<M> = {
      id,
      from: this.from[id],
      to: this.to[id],
      sentAt: this.sentAt[id],
      deliverAt: this.deliverAt[id],
      endAt: this.endAt[id],
      fate: FATES[this.fate[id]],
      payload: this.payloads.get(id),
    };
    if (this.duplicateOf[id] >= 0) record.duplicateOf = this.duplicateOf[id];
    if (this.sentBy[id] >= 0) record.sentBy = this.sentBy[id];
    return record;
  }

  all(): MessageRecord<M>[] {
    const out = new Array<MessageRecord<M>>(this.count);
    for (let id = 0; id < this.count; id++) out[id] = this.get(id);
    return out;
  }

  /**
   * Move the end of the log to `count` (restoring a checkpoint, backward or forward).
   * Entries past it are kept: a deterministic replay writes the same ones again, and a
   * checkpoint further ahead may be restored later.
   */
  setCount(count: number): void {
    this.count = count;
  }

  /** An independent copy of the log as it is now. */
  snapshot(): MessageLog<M> {
    const copy = new MessageLog<M>();
    copy.count = this.count;
    copy.from = this.from.slice(0, this.count);
    copy.to = this.to.slice(0, this.count);
    copy.fate = this.fate.slice(0, this.count);
    copy.sentAt = this.sentAt.slice(0, this.count);
    copy.deliverAt = this.deliverAt.slice(0, this.count);
    copy.endAt = this.endAt.slice(0, this.count);
    copy.duplicateOf = this.duplicateOf.slice(0, this.count);
    copy.sentBy = this.sentBy.slice(0, this.count);
    copy.queueSeq = this.queueSeq.slice(0, this.count);
    copy.payloads = this.payloads.copy(this.count);
    return copy;
  }
}
