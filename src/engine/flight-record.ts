// What became of each message after it was sent, kept so that a checkpoint need not copy the
// messages in flight. Contract: a message's from, to, sentAt, payload and duplicateOf never
// change once added; fate, deliverAt, endAt and queueSeq change only while it is in flight,
// and only through end() and delay() here. For each message this keeps the event it ended in
// (as of the furthest point reached) and its delays, so that its state at any point of the run
// is known; its fate and endAt there are in the log's columns, or kept aside while the columns
// hold another state (`ends`). Invariant between restores: the log's columns
// hold, for every message, its state at the furthest point reached, except the messages in
// flight at the current point, which hold their current state. A restore then costs the
// messages in flight where it leaves and where it arrives (settle, arrive), whatever the
// distance. A replay behind the furthest point ends and delays the same messages at the same
// events (the run is deterministic), so what it writes again is what is kept.

import { resized } from './columns';
import { IN_FLIGHT, type MessageLog } from './message-log';

/** A `delay` action's change to a message in flight (rare). */
interface Delay {
  /** The event it happened in (1-based). */
  event: number;
  beforeAt: number;
  beforeSeq: number;
  afterAt: number;
  afterSeq: number;
}

export class FlightRecord {
  /** The event a message ended in, plus one (events count from 1; 1 is "before any event"); 0 while it has not ended. */
  private endEvent = new Int32Array(64);
  /** Messages ever added: ids below it keep their end across restores. */
  private known = 0;
  private readonly delays = new Map<number, Delay[]>();
  /**
   * The end at the furthest point (endAt · 8 + fate) of each message whose columns hold another
   * state now: those in flight at the current point that ended further on (arrive), and those a
   * replay sent again (beforeAdd). As many as are in flight at most (the budget's inFlightMax),
   * not a column per message: a worst-case run's 1.5 M messages kept 7.5 MB of final fates and
   * end times for the few hundred in flight at a restored point.
   */
  private readonly ends = new Map<number, number>();

  /** The log is about to write message `id` (again, on a replay): keep the end it has, if any. */
  beforeAdd(log: MessageLog, id: number): void {
    if (id < this.known && this.endEvent[id] !== 0) this.keepEnd(log, id);
  }

  /**
   * A message was added to the log (again, on a replay: then its end is already known);
   * `capacity` is the log's: these columns grow with it.
   */
  added(id: number, capacity: number): void {
    if (id < this.known) return;
    if (id >= this.endEvent.length) {
      // Exactly the log's capacity: growing by half on top of it would hold more than the log.
      this.endEvent = resized(this.endEvent, Math.max(id + 1, capacity));
    }
    this.endEvent[id] = 0;
    this.known = id + 1;
  }

  /** The message (in flight) ends in event `event` (0: before any event): delivered or lost at endAt. */
  end(log: MessageLog, id: number, fate: number, endAt: number, event: number): void {
    log.fate[id] = fate;
    log.endAt[id] = endAt;
    this.endEvent[id] = event + 1;
    // A replay ends it as the run did: the columns hold its end again.
    if (this.ends.size !== 0) this.ends.delete(id);
  }

  /** The message (in flight) will now arrive at deliverAt, by the queue entry numbered seq. */
  delay(log: MessageLog, id: number, deliverAt: number, seq: number, event: number): void {
    let list = this.delays.get(id);
    if (list === undefined) this.delays.set(id, (list = []));
    // A replay delays it again at the same event: kept once.
    if (list.length === 0 || list[list.length - 1].event < event) {
      list.push({ event, beforeAt: log.deliverAt[id], beforeSeq: log.queueSeq[id], afterAt: deliverAt, afterSeq: seq });
    }
    log.deliverAt[id] = deliverAt;
    log.endAt[id] = deliverAt;
    log.queueSeq[id] = seq;
  }

  /**
   * Leaving the current point: a message in flight here takes its state at the furthest point
   * reached (its end, or its last delay if it is still in flight there).
   */
  settle(log: MessageLog, id: number): void {
    this.setTiming(log, id, Infinity);
    if (this.endEvent[id] !== 0) {
      const end = this.ends.get(id)!;
      log.fate[id] = end % 8; // not `& 7`: endAt · 8 may pass 2^31
      log.endAt[id] = Math.floor(end / 8);
      this.ends.delete(id);
    }
  }

  /**
   * Arriving at the point after `events` events, where the log holds `count` messages and none
   * below `from` is in flight: the messages in flight there take their state then. Calls
   * `inFlight` with each, ascending.
   */
  arrive(log: MessageLog, from: number, count: number, events: number, inFlight: (id: number) => void): void {
    const endEvent = this.endEvent;
    for (let id = from; id < count; id++) {
      const end = endEvent[id];
      if (end !== 0 && end - 1 <= events) continue;
      if (end !== 0) this.keepEnd(log, id);
      log.fate[id] = IN_FLIGHT;
      this.setTiming(log, id, events);
      inFlight(id);
    }
  }

  /** Keep the end the columns hold for message `id` (its end at the furthest point) before they are rewritten. */
  private keepEnd(log: MessageLog, id: number): void {
    this.ends.set(id, log.endAt[id] * 8 + log.fate[id]);
  }

  /** deliverAt (and endAt, as in flight) and queueSeq after the delays of the first `events` events. */
  private setTiming(log: MessageLog, id: number, events: number): void {
    const list = this.delays.get(id);
    let at = log.deliverAt[id];
    let seq = log.queueSeq[id];
    if (list !== undefined) {
      // A message never delayed keeps the deliverAt and queueSeq it was sent with.
      at = list[0].beforeAt;
      seq = list[0].beforeSeq;
      for (const d of list) {
        if (d.event > events) break;
        at = d.afterAt;
        seq = d.afterSeq;
      }
    }
    log.deliverAt[id] = at;
    log.endAt[id] = at;
    log.queueSeq[id] = seq;
  }
}
