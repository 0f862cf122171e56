// The changes to messages after they are sent. Contract: a message's from, to, sentAt, payload
// and duplicateOf never change once added; fate, deliverAt, endAt and queueSeq change only
// while it is in flight, and only through change(), which records the change at `position`.
// Invariant: the log's columns hold, for every message id ever added, its state after the
// first `position` changes (a message not yet sent at that point holds the state it is sent
// with). So moveTo(p) puts the log at any earlier or later point of the run by undoing or
// redoing only the changes in between: a checkpoint keeps a position, not a copy of what is in
// flight. A replay behind the furthest point reached records the same changes again (the run
// is deterministic), so entries past `position` stay valid, as in MessageLog and TraceLog.

import { grow } from './columns';
import { IN_FLIGHT, type MessageLog } from './message-log';

/** The change of a delay: deliverAt and queueSeq before and after (rare: a `delay` action). */
interface Delay {
  beforeAt: number;
  beforeSeq: number;
  afterAt: number;
  afterSeq: number;
}

export class FlightJournal {
  /** Changes applied to the log: the run's point in the journal. */
  position = 0;
  private id = new Int32Array(64);
  /** The fate after the change; IN_FLIGHT marks a delay (the only change that keeps it in flight). */
  private fate = new Uint8Array(64);
  /** endAt after the change; for a delay, its index in `delays`. */
  private endAt = new Int32Array(64);
  private delays: Delay[] = [];
  /** Delays among the first `position` changes. */
  private delayCount = 0;

  /** Bytes the journal holds per change, for estimates. */
  static readonly BYTES_PER_CHANGE = 9;

  private slot(): number {
    const i = this.position++;
    if (i >= this.id.length) {
      this.id = grow(this.id, i + 1);
      this.fate = grow(this.fate, i + 1);
      this.endAt = grow(this.endAt, i + 1);
    }
    return i;
  }

  /** The message (in flight) ends: delivered or lost, at endAt. */
  end(log: MessageLog, id: number, fate: number, endAt: number): void {
    const i = this.slot();
    this.id[i] = id;
    this.fate[i] = fate;
    this.endAt[i] = endAt;
    log.fate[id] = fate;
    log.endAt[id] = endAt;
  }

  /** The message (in flight) will now arrive at deliverAt, by the queue entry numbered seq. */
  delay(log: MessageLog, id: number, deliverAt: number, seq: number): void {
    const i = this.slot();
    // Delays are numbered in the order of the changes (delayCount counts those before
    // `position`), so a replay writes each at the index it had.
    const d = this.delayCount++;
    this.id[i] = id;
    this.fate[i] = IN_FLIGHT;
    this.endAt[i] = d;
    this.delays[d] = { beforeAt: log.deliverAt[id], beforeSeq: log.queueSeq[id], afterAt: deliverAt, afterSeq: seq };
    log.deliverAt[id] = deliverAt;
    log.endAt[id] = deliverAt;
    log.queueSeq[id] = seq;
  }

  /** Put the log's changeable columns where they were after the first `target` changes. */
  moveTo(log: MessageLog, target: number): void {
    const { id, fate, endAt, delays } = this;
    for (let i = this.position - 1; i >= target; i--) {
      const m = id[i];
      if (fate[i] === IN_FLIGHT) {
        const d = delays[endAt[i]];
        log.deliverAt[m] = d.beforeAt;
        log.endAt[m] = d.beforeAt;
        log.queueSeq[m] = d.beforeSeq;
        this.delayCount = endAt[i];
      } else {
        log.fate[m] = IN_FLIGHT;
        log.endAt[m] = log.deliverAt[m];
      }
    }
    for (let i = this.position; i < target; i++) {
      const m = id[i];
      if (fate[i] === IN_FLIGHT) {
        const d = delays[endAt[i]];
        log.deliverAt[m] = d.afterAt;
        log.endAt[m] = d.afterAt;
        log.queueSeq[m] = d.afterSeq;
        this.delayCount = endAt[i] + 1;
      } else {
        log.fate[m] = fate[i];
        log.endAt[m] = endAt[i];
      }
    }
    this.position = target;
  }
}
