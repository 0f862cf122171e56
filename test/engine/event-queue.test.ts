// The event queue against a reference ordering: every pop is the least (time, seq) pending,
// across the wheel's edge (far events), rebuilds from unordered entries, and pushes at the current time.
import { describe, expect, it } from 'vitest';
import { EventQueue } from '../../src/engine/event-queue';
import { RandomStream } from '../../src/engine/random';

interface Entry {
  time: number;
  seq: number;
  target: number;
}

function drainAgainstReference(queue: EventQueue, pending: Entry[], random: RandomStream, steps: number, seq: { next: number }) {
  const popped: Entry[] = [];
  for (let i = 0; i < steps && pending.length > 0; i++) {
    pending.sort((a, b) => a.time - b.time || a.seq - b.seq);
    const expected = pending.shift()!;
    expect(queue.peekTime()).toBe(expected.time);
    queue.pop();
    expect([queue.poppedTime, queue.poppedTarget]).toEqual([expected.time, expected.target]);
    popped.push(expected);
    // Schedule 0-2 more: now, soon, or far beyond the wheel.
    const more = random.intBetween(0, 2);
    for (let k = 0; k < more; k++) {
      const kind = random.intBetween(0, 9);
      const delay = kind === 0 ? 0 : kind < 8 ? random.intBetween(1, 40) : random.intBetween(1000, 9000);
      const entry = { time: expected.time + delay, seq: seq.next++, target: random.intBetween(0, 1_000_000) };
      queue.push(entry.time, entry.seq, entry.target, -1, 0);
      pending.push(entry);
    }
  }
  return popped;
}

describe('EventQueue', () => {
  it('pops in (time, seq) order, near and far, with equal times in scheduling order', () => {
    const random = RandomStream.derive(5, 'queue');
    const queue = new EventQueue();
    const pending: Entry[] = [];
    const seq = { next: 0 };
    for (let i = 0; i < 50; i++) {
      const entry = { time: random.intBetween(0, 5000), seq: seq.next++, target: i };
      queue.push(entry.time, entry.seq, entry.target, -1, 0);
      pending.push(entry);
    }
    const popped = drainAgainstReference(queue, pending, random, 20_000, seq);
    expect(popped.length).toBe(20_000);
    expect(queue.size).toBe(pending.length);
  });

  it('a queue rebuilt from its entries, in any order, pops what the original pops', () => {
    const random = RandomStream.derive(6, 'queue');
    const queue = new EventQueue();
    const pending: Entry[] = [];
    const seq = { next: 0 };
    for (let i = 0; i < 30; i++) {
      const entry = { time: random.intBetween(0, 4000), seq: seq.next++, target: i };
      queue.push(entry.time, entry.seq, entry.target, -1, 0);
      pending.push(entry);
    }
    const popped = drainAgainstReference(queue, pending, random, 500, seq);
    // The entries in a scrambled order: a restore gathers them from timers and messages.
    const scrambled = [...pending].sort((a, b) => (a.target * 7919) % 1009 - (b.target * 7919) % 1009 || a.seq - b.seq);
    const copy = EventQueue.fromEntries(popped[popped.length - 1].time, {
      time: scrambled.map((e) => e.time),
      seq: scrambled.map((e) => e.seq),
      target: scrambled.map((e) => e.target),
      name: scrambled.map(() => -1),
      token: scrambled.map(() => 0),
    });
    const order = (q: EventQueue) => {
      const out: number[] = [];
      while (q.size > 0) {
        q.pop();
        out.push(q.poppedTime, q.poppedTarget);
      }
      return out;
    };
    const expected = [...pending].sort((a, b) => a.time - b.time || a.seq - b.seq).flatMap((e) => [e.time, e.target]);
    expect(order(copy)).toEqual(expected);
    expect(order(queue)).toEqual(expected);
    expect(queue.peekTime()).toBe(Infinity);
  });
});
