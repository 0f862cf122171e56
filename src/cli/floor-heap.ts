// The bench floor's queue: a binary min-heap of event objects ordered by (time, seq), the
// "bare event loop" the bench measures the engine against (the engine's own queue is
// src/engine/event-queue.ts). seq is assigned by the caller in scheduling order.

export interface HeapItem {
  time: number;
  seq: number;
}

function before(a: HeapItem, b: HeapItem): boolean {
  return a.time < b.time || (a.time === b.time && a.seq < b.seq);
}

export class EventHeap<T extends HeapItem> {
  private items: T[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  push(item: T): void {
    const items = this.items;
    let i = items.length;
    items.push(item);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = items[parent];
      if (!before(item, p)) break;
      items[i] = p;
      i = parent;
    }
    items[i] = item;
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    const n = items.length;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const child = r < n && before(items[r], items[l]) ? r : l;
      if (!before(items[child], last)) break;
      items[i] = items[child];
      i = child;
    }
    items[i] = last;
    return top;
  }

  /** The items in heap order (not sorted); for checkpoints. */
  snapshot(): T[] {
    return this.items.slice();
  }

  static from<T extends HeapItem>(items: readonly T[]): EventHeap<T> {
    const heap = new EventHeap<T>();
    heap.items = items.slice(); // a heap-ordered array stays a valid heap
    return heap;
  }
}
