// A node's transactions in progress, keyed by label: `open`, `blocked` and `unacked` of the
// commit state. Every transaction passes through them (added, looked up a few times, deleted),
// while only a few are in them at once. They were objects without a prototype, which V8 keeps
// as hash tables: an add and a delete there cost some 140 ns against 30 in a SmallMap, and a
// 2PC run moves some six entries per transaction. So they are SmallMaps (engine/small-map.ts),
// with what they kept of the objects: a label is any string (`__proto__`, `constructor` are
// ordinary keys), and they list their labels in a plain object's order (forEach), which
// orders the messages a restart or a resend sends, so every run stays what it was.

import { SmallMap } from '../../engine/small-map';
import { inObjectOrder, keyed, type Keyed } from './keyed';

export class TxnMap<V> {
  constructor(private readonly entries: SmallMap<V> = new SmallMap<V>()) {}

  get size(): number {
    return this.entries.size;
  }

  get(t: string): V | undefined {
    return this.entries.get(t);
  }

  has(t: string): boolean {
    return this.entries.has(t);
  }

  set(t: string, value: V): void {
    this.entries.set(t, value);
  }

  delete(t: string): void {
    this.entries.delete(t);
  }

  /**
   * Every (label, value) in the order a plain object keyed by the labels lists them: labels that
   * are array indexes ("5", "10") first, by number, then the others as they were added. Like a
   * for-in over such an object, the labels are taken first: one deleted by an earlier visit is
   * skipped, one added meanwhile is not visited.
   */
  forEach(visit: (t: string, value: V) => void): void {
    for (const t of this.labels()) if (this.entries.has(t)) visit(t, this.entries.get(t) as V);
  }

  /** The labels in a plain object's order (see forEach). */
  labels(): string[] {
    const added: string[] = [];
    this.entries.forEach((_, t) => added.push(t));
    return inObjectOrder(added);
  }

  /** A plain object without a prototype (for views), values copied by `copy`. */
  toRecord(copy: (value: V) => V = same): Keyed<V> {
    const out = keyed<V>();
    this.entries.forEach((value, t) => (out[t] = copy(value)));
    return out;
  }

  /** A map of its own, values copied by `copy` (loading a checkpoint's map into a live state). */
  copy(copy: (value: V) => V = same): TxnMap<V> {
    const out = new SmallMap<V>();
    this.entries.forEach((value, t) => out.set(t, copy(value)));
    return new TxnMap(out);
  }

  /**
   * What a checkpoint keeps: one shared empty map when it is empty (most are: they hold
   * transactions in progress), else a copy. A checkpoint's map is never written.
   */
  saved(copy: (value: V) => V = same): TxnMap<V> {
    return this.entries.size === 0 ? (EMPTY as TxnMap<V>) : this.copy(copy);
  }
}

const same = <V>(value: V): V => value;

/** The map of every checkpoint that kept an empty one (never written: loading copies it). */
const EMPTY = new TxnMap<never>();
