// Where a run keeps its checkpoints, and how far apart they are. Contract: a checkpoint copies
// what a node or invariant holds (states, timers, memories: what the protocol's saveState
// copies) and only positions into the append-only record (message and trace lengths), never
// the messages in flight (flight-record.ts knows their state at any point) or the logs, so its
// cost does not grow with what is on the links. Spacing: at least `every` events, wider when a checkpoint copies much (about
// 16 copied slots per event at most), and wider still under memory pressure: each checkpoint
// carries a deterministic estimate of its bytes, and when the total passes bytesMax every
// other checkpoint after the first is dropped and the spacing doubles. All of it counts, never
// measures, so where checkpoints fall is a pure function of the run.

import { clonePlain } from './clone-plain';
import type { NetworkSave } from './network';
import type { RandomState } from './random';
import type { TimerSlots } from './timers';
import type { HashState } from './trace-hash';
import type { Protocol } from './types';

export interface Checkpoint {
  now: number;
  eventCount: number;
  seq: number;
  nextToken: number;
  actionCursor: number;
  nodeRandom: RandomState[];
  network: NetworkSave;
  states: unknown[];
  up: boolean[];
  timers: TimerSlots[];
  memories: unknown[];
  guardMemory: unknown;
  messagesLength: number;
  traceLength: number;
  traceParamsCount: number;
  violationsLength: number;
  hash: HashState;
  /** The estimate of what this checkpoint holds, in bytes. */
  bytes: number;
}

/** What a checkpoint holds besides the slots it copied: its fields, arrays and timers. */
export function checkpointBytes(nodes: number, timers: number, copiedSlots: number): number {
  return 512 + nodes * (nodes + 96) + timers * 80 + copiedSlots * 8;
}

export class CheckpointStore {
  /** Ascending by eventCount (and so by time). */
  readonly list: Checkpoint[] = [];
  private totalBytes = 0;
  /** Doubles each time the store is thinned. */
  private spread = 1;
  private nextAt: number;

  constructor(
    /** Fewest events between checkpoints; 0 disables them. */
    readonly every: number,
    readonly bytesMax: number,
  ) {
    this.nextAt = every;
  }

  get enabled(): boolean {
    return this.every > 0;
  }

  get bytes(): number {
    return this.totalBytes;
  }

  /** Whether a checkpoint is due after `eventCount` events. */
  due(eventCount: number): boolean {
    return this.every > 0 && eventCount >= this.nextAt;
  }

  /** Keep a checkpoint (unless one at this event is kept already) and schedule the next. */
  add(checkpoint: Checkpoint, copiedSlots: number): void {
    const last = this.list[this.list.length - 1];
    if (last === undefined || last.eventCount < checkpoint.eventCount) {
      this.list.push(checkpoint);
      this.totalBytes += checkpoint.bytes;
      while (this.totalBytes > this.bytesMax && this.list.length > 2) this.thin();
    }
    // Copying states costs at most about 16 slots per event (a few percent of an event);
    // seeking replays at most one gap.
    this.nextAt = checkpoint.eventCount + Math.max(this.every * this.spread, copiedSlots >> 4);
  }

  /** Drop every other checkpoint after the first, and space the next ones twice as far. */
  private thin(): void {
    const kept = this.list.filter((_, i) => i % 2 === 0);
    this.list.length = 0;
    this.list.push(...kept);
    this.totalBytes = kept.reduce((sum, cp) => sum + cp.bytes, 0);
    this.spread *= 2;
  }

  /** The latest checkpoint at or before time t. */
  latestAtOrBefore(t: number): Checkpoint | undefined {
    const list = this.list;
    let lo = 0;
    let hi = list.length - 1;
    let found: Checkpoint | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].now <= t) {
        found = list[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }
}

/** Node states as a checkpoint keeps them: the protocol's saveState, else a deep copy. */
export function saveStates<S>(protocol: Protocol<S>, states: readonly S[]): unknown[] {
  const save = protocol.saveState;
  return save ? states.map((state) => save(state)) : states.map(clonePlain);
}

/** Live node states from a checkpoint's (sharing nothing a handler changes with it). */
export function loadStates<S>(protocol: Protocol<S>, saved: readonly unknown[]): S[] {
  const load = protocol.loadState;
  return load ? saved.map((state) => load(state)) : (saved as S[]).map(clonePlain);
}

/** Invariant memories as a checkpoint keeps them: each invariant's saveMemory, else a deep copy. */
export function saveMemories(protocol: Protocol, memories: readonly unknown[]): unknown[] {
  return memories.map((memory, i) => {
    const save = protocol.invariants[i].saveMemory;
    return save ? save(memory) : clonePlain(memory);
  });
}

export function loadMemories(protocol: Protocol, saved: readonly unknown[]): unknown[] {
  return saved.map((memory, i) => {
    const load = protocol.invariants[i].loadMemory;
    return load ? load(memory) : clonePlain(memory);
  });
}
