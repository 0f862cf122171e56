import { describe, expect, it } from 'vitest';
import { Segments } from '../../src/engine/segments';

describe('Segments', () => {
  it('reads back what was written, across segment boundaries, and copies independently', () => {
    const rows = 200_000; // 49 segments of 4 096
    const store = new Segments<{ i: number }>();
    const objects = Array.from({ length: rows }, (_, i) => ({ i }));
    objects.forEach((o, i) => store.set(i, o));
    for (const i of [0, 1, 4_095, 4_096, 4_097, 65_535, 65_536, 65_537, 131_072, rows - 1]) expect(store.get(i)).toBe(objects[i]);
    expect(store.get(rows)).toBeUndefined();
    expect(store.slice(65_530, 65_540)).toEqual(objects.slice(65_530, 65_540));
    const copy = store.copy(100_000);
    store.set(5, { i: -1 });
    expect(copy.get(5)).toBe(objects[5]);
    expect(copy.get(100_000)).toBeUndefined();
    expect(copy.slice(0, 100_000)).toEqual(objects.slice(0, 100_000));
  });
});
