import { describe, expect, it } from 'vitest';
import { EventHeap } from '../../src/cli/floor-heap';
import { RandomStream } from '../../src/engine/random';

describe('EventHeap', () => {
  it('pops by (time, seq): equal times in scheduling order', () => {
    const heap = new EventHeap<{ time: number; seq: number }>();
    const random = RandomStream.derive(3, 'heap');
    const items = Array.from({ length: 500 }, (_, seq) => ({ time: random.intBetween(0, 20), seq }));
    for (const item of items) heap.push(item);
    const popped = [];
    while (heap.size > 0) popped.push(heap.pop()!);
    const expected = [...items].sort((a, b) => a.time - b.time || a.seq - b.seq);
    expect(popped).toEqual(expected);
  });

  it('restores from a snapshot', () => {
    const heap = new EventHeap<{ time: number; seq: number }>();
    [5, 1, 3].forEach((time, seq) => heap.push({ time, seq }));
    const copy = EventHeap.from(heap.snapshot());
    expect([copy.pop()!.time, copy.pop()!.time, copy.pop()!.time]).toEqual([1, 3, 5]);
    expect(heap.size).toBe(3);
  });
});
