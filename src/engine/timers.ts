// Node timers as the engine keeps them. Contract: a running timer is one TimerSlot per
// (node, name), and each slot with a non-zero token has exactly one live queue entry, at
// (queuedAt, queuedSeq) and carrying that token; every other queued timer entry is stale and
// does nothing when popped. So the slots alone say which timer entries the queue holds, and a
// checkpoint restores the queue from copies of the slots (timerQueueEntries) without a copy
// of the queue. Names map to small ids (TimerNames) that the queue stores; ids are never reused.

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
  private readonly slots = new Map<string, TimerSlot>();
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

  delete(name: string): void {
    this.slots.delete(name);
    if (this.last !== undefined && this.last.name === name) this.last = undefined;
  }

  values(): IterableIterator<TimerSlot> {
    return this.slots.values();
  }

  get size(): number {
    return this.slots.size;
  }

  copy(): TimerSlots {
    const copy = new TimerSlots();
    for (const slot of this.slots.values()) copy.slots.set(slot.name, { ...slot });
    return copy;
  }
}

/** Timer names by id, as the queue holds them: the same id for every node and for the whole run. */
export class TimerNames {
  private readonly names: string[] = [];
  private readonly ids = new Map<string, number>();

  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(name);
      this.ids.set(name, id);
    }
    return id;
  }

  name(id: number): string {
    return this.names[id];
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
