// The engine's pending events, ordered by (time, seq). seq is assigned by the caller in
// scheduling order, so equal times are broken by the order of scheduling (DESIGN.md "Engine").
// Contract: push and pop allocate nothing and cost O(1) (amortized); pop leaves the popped
// entry in the `popped*` fields; every push is at or after the time last popped.
//
// Times are integer milliseconds, so the queue is a timing wheel: one FIFO list per
// millisecond of the next WHEEL_MS after the time last popped, and a binary heap for events
// further ahead. Within one millisecond, FIFO order is seq order: a push always has a higher
// seq than any entry already in its list, and an entry from the far heap joins its list
// before any push can reach that millisecond (it moves as soon as the wheel covers it).

import { grow } from './columns';

const WHEEL_MS = 2048;
const MASK = WHEEL_MS - 1;
const NONE = -1;

/** Pending entries as columns, in any order: what a restored queue is built from. */
export interface QueueEntries {
  time: number[];
  seq: number[];
  target: number[];
  name: number[];
  token: number[];
}

export class EventQueue {
  size = 0;
  poppedTime = 0;
  poppedTarget = 0;
  poppedName = 0;
  poppedToken = 0;

  /** The time last popped: the wheel covers [base, base + WHEEL_MS). */
  private base = 0;
  /** The earliest time queued, Infinity when empty. */
  private nextTime = Infinity;
  private inWheel = 0;
  private readonly head = new Int32Array(WHEEL_MS).fill(NONE);
  private readonly tail = new Int32Array(WHEEL_MS).fill(NONE);
  /** Bit b of word b >> 5 is set when bucket b holds entries: finding the next is a few words' scan. */
  private readonly occupied = new Int32Array(WHEEL_MS >> 5);

  // Entries, by slot; free slots are chained through `next`.
  private time = new Float64Array(64);
  private seq = new Float64Array(64);
  /** Message id (deliveries) or node id (timers). */
  private target = new Int32Array(64);
  /** Timer name id; -1 for a delivery. */
  private name = new Int32Array(64);
  private token = new Int32Array(64);
  private next = new Int32Array(64);
  private slots = 0;
  private free = NONE;

  /** Slots of the entries beyond the wheel, a binary heap by (time, seq). */
  private far: number[] = [];

  /** Time of the earliest entry, Infinity when empty. */
  peekTime(): number {
    return this.nextTime;
  }

  push(time: number, seq: number, target: number, name: number, token: number): void {
    let slot = this.free;
    if (slot !== NONE) this.free = this.next[slot];
    else {
      slot = this.slots++;
      if (slot >= this.time.length) this.reserve(slot + 1);
    }
    this.time[slot] = time;
    this.seq[slot] = seq;
    this.target[slot] = target;
    this.name[slot] = name;
    this.token[slot] = token;
    this.size++;
    if (time < this.base + WHEEL_MS) this.append(slot, time);
    else this.pushFar(slot);
    if (time < this.nextTime) this.nextTime = time;
  }

  /** Remove the earliest entry into the popped* fields. The queue must not be empty. */
  pop(): void {
    const time = this.nextTime;
    if (time >= this.base + WHEEL_MS) {
      // The wheel is empty and the next entry is far ahead: move the wheel there.
      this.base = time;
      this.pullFar();
    }
    const bucket = time & MASK;
    const slot = this.head[bucket];
    const after = this.next[slot];
    this.head[bucket] = after;
    if (after === NONE) {
      this.tail[bucket] = NONE;
      this.occupied[bucket >> 5] &= ~(1 << (bucket & 31));
    }
    this.inWheel--;
    this.size--;
    this.poppedTime = time;
    this.poppedTarget = this.target[slot];
    this.poppedName = this.name[slot];
    this.poppedToken = this.token[slot];
    this.next[slot] = this.free;
    this.free = slot;
    if (time > this.base) {
      this.base = time;
      if (this.far.length > 0) this.pullFar();
    }
    if (after === NONE) this.nextTime = this.findNext(time + 1);
  }

  private append(slot: number, time: number): void {
    const bucket = time & MASK;
    this.next[slot] = NONE;
    const last = this.tail[bucket];
    if (last === NONE) {
      this.head[bucket] = slot;
      this.occupied[bucket >> 5] |= 1 << (bucket & 31);
    } else this.next[last] = slot;
    this.tail[bucket] = slot;
    this.inWheel++;
  }

  /**
   * The earliest time at or after `from`, which is past every entry popped so far: in the wheel
   * if it holds anything (its buckets before `from` are all empty, so the first occupied bucket
   * found going round from `from` is the one), else far ahead.
   */
  private findNext(from: number): number {
    if (this.inWheel > 0) {
      for (let t = from; ; ) {
        const bucket = t & MASK;
        const bits = this.occupied[bucket >> 5] >>> (bucket & 31);
        if (bits !== 0) return t + 31 - Math.clz32(bits & -bits);
        t += 32 - (bucket & 31);
      }
    }
    return this.far.length > 0 ? this.time[this.far[0]] : Infinity;
  }

  /** Move the far entries the wheel now covers into it, in (time, seq) order. */
  private pullFar(): void {
    const end = this.base + WHEEL_MS;
    while (this.far.length > 0 && this.time[this.far[0]] < end) {
      const slot = this.popFar();
      this.append(slot, this.time[slot]);
    }
  }

  private before(a: number, b: number): boolean {
    return this.time[a] < this.time[b] || (this.time[a] === this.time[b] && this.seq[a] < this.seq[b]);
  }

  private pushFar(slot: number): void {
    const far = this.far;
    let i = far.length;
    far.push(slot);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(slot, far[parent])) break;
      far[i] = far[parent];
      i = parent;
    }
    far[i] = slot;
  }

  /** Remove the earliest far entry; its time stays readable at its slot. */
  private popFar(): number {
    const far = this.far;
    const top = far[0];
    const last = far.pop()!;
    if (far.length > 0) this.siftDown(0, last);
    return top;
  }

  /** Put `slot` at heap index i or below, where the heap order holds. */
  private siftDown(i: number, slot: number): void {
    const far = this.far;
    const n = far.length;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const child = l + 1 < n && this.before(far[l + 1], far[l]) ? l + 1 : l;
      if (!this.before(far[child], slot)) break;
      far[i] = far[child];
      i = child;
    }
    far[i] = slot;
  }

  private reserve(needed: number): void {
    this.time = grow(this.time, needed);
    this.seq = grow(this.seq, needed);
    this.target = grow(this.target, needed);
    this.name = grow(this.name, needed);
    this.token = grow(this.token, needed);
    this.next = grow(this.next, needed);
  }

  /**
   * A queue holding `entries` (in any order, none before `base`, the time the run is at).
   * Built as one heap in O(n); only the entries the wheel covers are moved into it, so a
   * restore with many messages far in flight costs little more than their count.
   */
  static fromEntries(base: number, entries: QueueEntries): EventQueue {
    const queue = new EventQueue();
    queue.base = base;
    const n = entries.time.length;
    queue.reserve(n);
    for (let i = 0; i < n; i++) {
      queue.time[i] = entries.time[i];
      queue.seq[i] = entries.seq[i];
      queue.target[i] = entries.target[i];
      queue.name[i] = entries.name[i];
      queue.token[i] = entries.token[i];
      queue.far.push(i);
    }
    queue.slots = n;
    queue.size = n;
    for (let i = (n >> 1) - 1; i >= 0; i--) queue.siftDown(i, queue.far[i]);
    queue.pullFar();
    queue.nextTime = queue.findNext(base);
    return queue;
  }
}
