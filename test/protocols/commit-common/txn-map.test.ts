// TxnMap replaced objects without a prototype in the commit state: it must read, write and
// list its labels exactly as such an object did, since the order of a restart's or a resend's
// messages comes from it.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TxnMap } from '../../../src/protocols/commit-common/txn-map';

const LABELS = ['t1', 't2', '5', '10', '0', '007', '-1', '4294967294', '4294967295', '__proto__', 'constructor', 'toString', 'x'];

const visited = <V>(map: TxnMap<V>): [string, V][] => {
  const out: [string, V][] = [];
  map.forEach((t, value) => out.push([t, value]));
  return out;
};

describe('TxnMap', () => {
  it('reads, writes and lists its labels as an object without a prototype does, for any sequence of sets and deletes', () => {
    const op = fc.tuple(fc.boolean(), fc.constantFrom(...LABELS), fc.integer());
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const map = new TxnMap<number>();
        const object: Record<string, number> = Object.create(null);
        for (const [isSet, t, value] of ops) {
          if (isSet) {
            map.set(t, value);
            object[t] = value;
          } else {
            map.delete(t);
            delete object[t];
          }
          expect(map.get(t)).toBe(object[t]);
          expect(map.has(t)).toBe(t in object);
        }
        const entries = Object.keys(object).map((t): [string, number] => [t, object[t]]);
        expect(map.size).toBe(entries.length);
        expect(map.labels()).toEqual(Object.keys(object));
        expect(visited(map)).toEqual(entries);
        expect(Object.entries(map.toRecord())).toEqual(entries);
        expect(Object.getPrototypeOf(map.toRecord())).toBeNull();
        expect(visited(map.copy())).toEqual(entries);
        expect(visited(map.saved())).toEqual(entries);
      }),
      { numRuns: 300 },
    );
  });

  it('lists array-index labels first, by number, then the others as they were added', () => {
    const map = new TxnMap<number>();
    for (const t of ['t9', '10', '__proto__', '5', '007', '4294967295', '4294967294']) map.set(t, 1);
    expect(map.labels()).toEqual(['5', '10', '4294967294', 't9', '__proto__', '007', '4294967295']);
  });

  it('visits as a for-in does: labels deleted by an earlier visit are skipped, labels added meanwhile are not visited', () => {
    const map = new TxnMap<string>();
    for (const t of ['a', 'b', 'c']) map.set(t, t);
    const seen: string[] = [];
    map.forEach((t) => {
      seen.push(t);
      if (t === 'a') {
        map.delete('b');
        map.set('d', 'd');
      }
    });
    expect(seen).toEqual(['a', 'c']);
    expect(map.labels()).toEqual(['a', 'c', 'd']);
  });

  it('copies values with the function given, and a checkpoint of an empty map is one shared map', () => {
    const map = new TxnMap<{ since: number }>();
    expect(map.saved()).toBe(new TxnMap<{ since: number }>().saved());
    const txn = { since: 3 };
    map.set('t1', txn);
    const copy = map.copy((value) => ({ ...value }));
    expect(copy.get('t1')).toEqual(txn);
    expect(copy.get('t1')).not.toBe(txn);
    copy.delete('t1');
    expect(map.get('t1')).toBe(txn);
  });
});
