import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SmallMap } from '../../src/engine/small-map';

const contents = <V>(map: SmallMap<V>): [string, V][] => {
  const out: [string, V][] = [];
  map.forEach((value, key) => out.push([key, value]));
  return out;
};

describe('SmallMap', () => {
  it('behaves as a Map for any sequence of sets and deletes, across the switch to a Map', () => {
    const op = fc.tuple(fc.boolean(), fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', '__proto__', 'constructor'), fc.integer());
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const small = new SmallMap<number>();
        const map = new Map<string, number>();
        for (const [isSet, key, value] of ops) {
          if (isSet) {
            small.set(key, value);
            map.set(key, value);
          } else expect(small.delete(key)).toBe(map.delete(key));
          expect(small.size).toBe(map.size);
          expect(small.get(key)).toBe(map.get(key));
          expect(small.has(key)).toBe(map.has(key));
        }
        expect(contents(small)).toEqual([...map]);
        expect(small.values()).toEqual([...map.values()]);
        expect(contents(small.copy())).toEqual([...map]);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps insertion order: a deleted key set again goes last', () => {
    const small = new SmallMap<number>();
    for (const key of ['x', 'y', 'z']) small.set(key, 1);
    small.delete('x');
    small.set('x', 2);
    expect(contents(small)).toEqual([['y', 1], ['z', 1], ['x', 2]]);
  });
});
