// The engine's pending events: a binary min-heap ordered by (time, seq), stored column-wise in
// typed arrays. Contract: push and pop allocate nothing (a run pushes one entry per message and
// per timer firing, and a heap of objects made every one of them garbage); pop leaves the
// popped entry in the `popped*` fields. seq is assigned by the caller in scheduling order, so
// equal times are broken by the order of scheduling (DESIGN.md "Engine").

import { grow } from './columns';

/** A copy of the queue's entries (heap order), for checkpoints. */
export interface QueueSnapshot {
  time: Float64Array;
  seq: Float64Array;
  target: Int32Array;
  name: Int32Array;
  token: Int32Array;
}

export class EventQueue {
  size = 0;
  /** Columns: index 0 is the earliest entry. */
  time = new Float64Array(64);
  seq = new Float64Array(64);
  /** Message id (deliveries) or node id (timers). */
  target = new Int32Array(64);
  /** Timer name id; -1 for a delivery. */
  name = new Int32Array(64);
  token = new Int32Array(64);

  poppedTime = 0;
  poppedTarget = 0;
  poppedName = 0;
  poppedToken = 0;

  /** Time of the earliest entry, Infinity when empty. */
  peekTime(): number {
    return this.size > 0 ? this.time[0] : Infinity;
  }

  push(time: number, seq: number, target: number, name: number, token: number): void {
    let i = this.size++;
    if (i >= this.time.length) this.reserve(i + 1);
    const times = this.time;
    const seqs = this.seq;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent];
      if (time > pt || (time === pt && seq > seqs[parent])) break;
      this.move(parent, i);
      i = parent;
    }
    times[i] = time;
    seqs[i] = seq;
    this.target[i] = target;
    this.name[i] = name;
    this.token[i] = token;
  }

  /** Remove the earliest entry into the popped* fields. The queue must not be empty. */
  pop(): void {
    const times = this.time;
    const seqs = this.seq;
    this.poppedTime = times[0];
    this.poppedTarget = this.target[0];
    this.poppedName = this.name[0];
    this.poppedToken = this.token[0];
    const n = --this.size;
    if (n === 0) return;
    // Sift the last entry down from the root.
    const time = times[n];
    const seq = seqs[n];
    const target = this.target[n];
    const name = this.name[n];
    const token = this.token[n];
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      let child = l;
      if (r < n && (times[r] < times[l] || (times[r] === times[l] && seqs[r] < seqs[l]))) child = r;
      const ct = times[child];
      if (ct > time || (ct === time && seqs[child] > seq)) break;
      this.move(child, i);
      i = child;
    }
    times[i] = time;
    seqs[i] = seq;
    this.target[i] = target;
    this.name[i] = name;
    this.token[i] = token;
  }

  private move(from: number, to: number): void {
    this.time[to] = this.time[from];
    this.seq[to] = this.seq[from];
    this.target[to] = this.target[from];
    this.name[to] = this.name[from];
    this.token[to] = this.token[from];
  }

  private reserve(needed: number): void {
    this.time = grow(this.time, needed);
    this.seq = grow(this.seq, needed);
    this.target = grow(this.target, needed);
    this.name = grow(this.name, needed);
    this.token = grow(this.token, needed);
  }

  snapshot(): QueueSnapshot {
    const n = this.size;
    return {
      time: this.time.slice(0, n),
      seq: this.seq.slice(0, n),
      target: this.target.slice(0, n),
      name: this.name.slice(0, n),
      token: this.token.slice(0, n),
    };
  }

  /** A queue holding a snapshot's entries (a heap-ordered copy stays a valid heap). */
  static from(snapshot: QueueSnapshot): EventQueue {
    const queue = new EventQueue();
    const n = snapshot.time.length;
    queue.reserve(n);
    queue.size = n;
    queue.time.set(snapshot.time);
    queue.seq.set(snapshot.seq);
    queue.target.set(snapshot.target);
    queue.name.set(snapshot.name);
    queue.token.set(snapshot.token);
    return queue;
  }
}
