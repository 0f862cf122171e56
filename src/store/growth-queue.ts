// Applies a growing run's growths to the page's copy of the record in time slices: a growth that
// makes the columns outgrow their room (a ten-minute run's columns are copied a few times, tens of
// megabytes each time) is applied over several tasks of at most about SLICE_MS each, with the
// browser free to draw and answer input between them (issue 16: no task over 50 ms).
// Loaded with the first growth, not with the page (the initial JavaScript stays within budget).
// Contract: growths are applied whole and in order; each push settles once applied; clear() drops
// the growths not applied yet (a new run), and nothing runs for them afterwards. Not for a
// synchronous source (the run in the page's thread): that one's growths are applied at once.

import { expectedRows } from '../engine/columns';
import type { Column, RecordAccumulator, RecordGrowth } from '../worker/record-growth';

/** Work per slice, in ms: well under a frame, so that one slice and a render stay under 50 ms. */
export const SLICE_MS = 8;

/** Rows copied at a time while a column moves into a larger one (see reserve). */
const MOVE_ROWS = 1 << 16;

/** A column being copied into a larger one over several reserve() calls. */
interface ColumnMove {
  owner: Record<string, Column>;
  name: string;
  next: Column;
  /** Rows in use (all that is copied) and rows copied so far. */
  rows: number;
  copied: number;
}

/** Per accumulator, the column move under way. */
const moves = new WeakMap<RecordAccumulator, ColumnMove>();

/**
 * Make room in `accumulator`'s columns for `growth`'s rows a part at a time, so that the page's
 * thread is never held for long: a column that no longer fits is copied into a larger one (sized
 * as apply() would size it) MOVE_ROWS rows per step until `shouldStop()`, asked after each step.
 * True once every column fits the growth: apply(growth) then copies none. The columns must not
 * change between the calls (apply the growths in order, each after its reserve).
 */
export function reserve(accumulator: RecordAccumulator, growth: RecordGrowth, shouldStop: () => boolean): boolean {
  for (;;) {
    let move = moves.get(accumulator) ?? nextMove(accumulator, growth);
    if (move === null) return true;
    moves.set(accumulator, move);
    const end = Math.min(move.rows, move.copied + MOVE_ROWS);
    if (end > move.copied) move.next.set(move.owner[move.name].subarray(move.copied, end), move.copied);
    move.copied = end;
    if (end === move.rows) {
      move.owner[move.name] = move.next;
      moves.delete(accumulator);
    }
    if (shouldStop()) return false;
  }
}

/** The next column too short for the growth, with its larger copy begun; null when all fit. */
function nextMove({ messages, trace, scenario }: RecordAccumulator, growth: RecordGrowth): ColumnMove | null {
  // The columns are those the growth carries, by name (its typed arrays).
  const columns: [Record<string, Column>, object, number, number][] = [
    [messages as unknown as Record<string, Column>, growth.messages, messages.count, growth.messages.first + growth.messages.from.length],
    [trace as unknown as Record<string, Column>, growth.trace, trace.count, growth.trace.first + growth.trace.at.length],
  ];
  for (const [owner, carried, rows, end] of columns) {
    for (const [name, values] of Object.entries(carried)) {
      if (!ArrayBuffer.isView(values)) continue;
      const column = owner[name];
      if (end <= column.length) continue;
      // growToward's size: the expected rows at the end, at least an eighth more.
      const expected = expectedRows(end, growth.computedUntil, scenario.until);
      const size = Math.max(16, end, expected, column.length + (column.length >> 3));
      const next = new (column.constructor as new (size: number) => Column)(size);
      return { owner, name, next, rows: Math.min(rows, column.length), copied: 0 };
    }
  }
  return null;
}

/** A growth to apply, or (null) a point in the queue to reach (see after). */
interface Queued {
  accumulator: RecordAccumulator | null;
  growth: RecordGrowth | null;
  done: () => void;
}

/** Runs `next` in a task of its own soon (a message, not a timer: nested timers wait 4 ms). */
export type Yield = (next: () => void) => void;

function messageYield(): Yield {
  const channel = new MessageChannel();
  let queued: (() => void) | null = null;
  channel.port1.onmessage = () => {
    const next = queued;
    queued = null;
    next?.();
  };
  return (next) => {
    queued = next;
    channel.port2.postMessage(null);
  };
}

export class GrowthQueue {
  private readonly queue: Queued[] = [];
  private scheduled = false;
  private yieldTask: Yield | null;

  constructor(
    private readonly clock: () => number = () => performance.now(),
    yieldTask?: Yield,
  ) {
    this.yieldTask = yieldTask ?? null;
  }

  /** Apply `growth` to `accumulator` after those queued before it: settled once applied. */
  push(accumulator: RecordAccumulator, growth: RecordGrowth): Promise<void> {
    return this.enqueue(accumulator, growth);
  }

  /** Settled once the growths queued so far are applied. */
  after(): Promise<void> {
    return this.enqueue(null, null);
  }

  private enqueue(accumulator: RecordAccumulator | null, growth: RecordGrowth | null): Promise<void> {
    return new Promise((done) => {
      this.queue.push({ accumulator, growth, done });
      this.schedule();
    });
  }

  /** Drop the growths not applied yet (their promises never settle). */
  clear(): void {
    this.queue.length = 0;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.yieldTask ??= messageYield();
    this.yieldTask(() => {
      this.scheduled = false;
      this.slice();
    });
  }

  private slice(): void {
    const deadline = this.clock() + SLICE_MS;
    const late = () => this.clock() >= deadline;
    while (this.queue.length > 0) {
      const { accumulator, growth, done } = this.queue[0];
      if (accumulator !== null && growth !== null) {
        if (!reserve(accumulator, growth, late)) break;
        accumulator.apply(growth);
      }
      this.queue.shift();
      done();
      if (late()) break;
    }
    if (this.queue.length > 0) this.schedule();
  }
}
