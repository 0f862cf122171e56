// Node timers as the engine keeps them. Contract: a running timer is one TimerSlot per
// (node, name), and each slot with a non-zero token has exactly one live queue entry, at
// (queuedAt, queuedSeq) and carrying that token; every other queued timer entry is stale and
// does nothing when popped. So the slots alone say which timer entries the queue holds, and a
// checkpoint restores the queue from copies of the slots (timerQueueEntries) without a copy
// of the queue. Each slot has a small id (TimerNames) that the queue stores in place of its
// name; the slot keeps it while it lives, and a freed id may be given to another slot (a queued
// entry carrying it is told stale by its token), so the table holds the running timers' names,
// not every name the run ever used (2PC/3PC name timers per transaction).

import { SmallMap } from './small-map';
import type { TimerInfo } from './types';

/** A node's running timer (stopped ones are deleted). Re-arming a running timer reuses its slot. */
export interface TimerSlot extends TimerInfo {
  /** The name's id in the queue (see TimerNames). */
  nameId: number;
  /** A queued firing is stale unless the slot still holds its token; 0 while its handler runs. */
  token: number;
  /** The time of the queue entry that carries this token (at or before firesAt). */
  queuedAt: number;
  /** That entry's sequence number. */
  queuedSeq: number;
}

/**
 * A node's running timers by name. Remembers the slot last looked up: a node mostly re-arms one
 * timer over and over (a follower's election timer at every heartbeat), and comparing one
 * name costs a fraction of a map lookup.
 */
export class TimerSlots {
  private readonly slots = new SmallMap<TimerSlot>();
  private last: TimerSlot | undefined = undefined;

  get(name: string): TimerSlot | undefined {
    const last = this.last;
    if (last !== undefined && last.name === name) return last;
    const slot = this.slots.get(name);
    if (slot !== undefined) this.last = slot;
    return slot;
  }

  add(slot: TimerSlot): void {
    this.slots.set(slot.name, slot);
    this.last = slot;
  }

  /** Stop the named timer; returns its slot (undefined when it was not running). */
  delete(name: string): TimerSlot | undefined {
    const slot = this.get(name);
    if (slot === undefined) return undefined;
    this.slots.delete(name);
    if (this.last === slot) this.last = undefined;
    return slot;
  }

  /** The running timers' slots, in the order they were made (a new array). */
  values(): TimerSlot[] {
    return this.slots.values();
  }

  get size(): number {
    return this.slots.size;
  }

  copy(): TimerSlots {
    const copy = new TimerSlots();
    this.slots.forEach((slot) => copy.slots.set(slot.name, { ...slot }));
    return copy;
  }
}

/**
 * Timer names by id, as the queue holds them: an id per slot, given when the slot is made
 * (`acquire`) and freed when it is dropped (`release`). Per slot, not per name: no lookup by
 * name is needed (a 3PC run made 17 000 slots, each a scan of every name running in the run),
 * and two nodes' slots of one name simply have two ids. Ids are not part of the run's state (not
 * hashed, not ordered on), so which id a slot gets may differ between a fresh run and a
 * restored one.
 */
export class TimerNames {
  private names: (string | undefined)[] = [];
  private free: number[] = [];
  /**
   * Per id: its name's trace word (TraceLog.wordId), once a firing looked it up; -1 (or absent)
   * before. A re-armed timer (Raft's election timer, at every heartbeat) then records its firings
   * without a map lookup by name. Looked up at the first firing, not when the id is given: most
   * of 2PC/3PC's per-transaction timers are stopped before they fire, and their names need no word.
   */
  private words: number[] = [];

  /** An id for a new slot of the named timer. */
  acquire(name: string): number {
    const id = this.free.length > 0 ? this.free.pop()! : this.names.length;
    this.names[id] = name;
    this.words[id] = -1;
    return id;
  }

  /** The slot holding the id is gone: the id is free. */
  release(id: number): void {
    this.names[id] = undefined;
    this.free.push(id);
  }

  /** The trace word of a held id's name, -1 when not looked up yet (see `words`). */
  word(id: number): number {
    return this.words[id] ?? -1;
  }

  /** Remember the trace word of a held id's name; returns it. */
  setWord(id: number, word: number): number {
    this.words[id] = word;
    return word;
  }

  /** The name of a held id; undefined for a freed one (its queued entries are stale). */
  name(id: number): string | undefined {
    return this.names[id];
  }

  /** Rebuilt from the slots of a restored checkpoint: exactly the ids they hold. */
  reset(timers: readonly TimerSlots[]): void {
    this.names = [];
    this.free = [];
    this.words = [];
    for (const slots of timers) for (const slot of slots.values()) this.names[slot.nameId] = slot.name;
    for (let id = 0; id < this.names.length; id++) if (this.names[id] === undefined) this.free.push(id);
  }
}

/** Calls `visit` with the live queue entry of every running timer of every node. */
export function forEachTimerEntry(
  timers: readonly TimerSlots[],
  visit: (time: number, seq: number, node: number, nameId: number, token: number) => void,
): void {
  timers.forEach((slots, i) => {
    for (const slot of slots.values()) if (slot.token !== 0) visit(slot.queuedAt, slot.queuedSeq, i + 1, slot.nameId, slot.token);
  });
}
