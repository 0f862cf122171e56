// Applies a growing run's growths to the page's copy of the record in time slices: a growth that
// makes the columns outgrow their room (a ten-minute run's columns are copied a few times, tens of
// megabytes each time) is applied over several tasks of at most about SLICE_MS each, with the
// browser free to draw and answer input between them (issue 16: no task over 50 ms).
// Contract: growths are applied whole and in order; done() runs after each one is; clear() drops
// the growths not applied yet (a new run), and nothing runs for them afterwards. Not for a
// synchronous source (the run in the page's thread): that one's growths are applied at once.

import type { RecordAccumulator, RecordGrowth } from '../worker/record-growth';

/** Work per slice, in ms: well under a frame, so that one slice and a render stay under 50 ms. */
export const SLICE_MS = 8;

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

  /** Apply `growth` to `accumulator` after those queued before it; then call `done`. */
  push(accumulator: RecordAccumulator, growth: RecordGrowth, done: () => void): void {
    this.queue.push({ accumulator, growth, done });
    this.schedule();
  }

  /** Call `done` once the growths queued so far are applied. */
  after(done: () => void): void {
    this.queue.push({ accumulator: null, growth: null, done });
    this.schedule();
  }

  /** Drop the growths not applied yet (their done() never runs). */
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
        if (!accumulator.reserve(growth, late)) break;
        accumulator.apply(growth);
      }
      this.queue.shift();
      done();
      if (late()) break;
    }
    if (this.queue.length > 0) this.schedule();
  }
}
