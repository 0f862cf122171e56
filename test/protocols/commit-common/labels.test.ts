// The label table (labels.ts): dense ids in order of first use, stable whatever the recent ring
// holds, for any user string; one table per run's parameters object.

import { describe, expect, it } from 'vitest';
import { Labels, runLabels } from '../../../src/protocols/commit-common/labels';
import { AppendOnlyMap } from '../../../src/protocols/commit-common/append-only';

describe('Labels', () => {
  it('gives ids 0, 1, 2, ... in order of first use, the same id ever after', () => {
    const labels = new Labels();
    const names = ['__proto__', 'constructor', 'toString', '', ...Array.from({ length: 40 }, (_, i) => `t${i}`)];
    names.forEach((name, i) => expect(labels.id(name)).toBe(i));
    // Long out of the recent ring, and in it again, in another order.
    for (let round = 0; round < 3; round++) for (let i = names.length - 1; i >= 0; i--) expect(labels.id(names[i])).toBe(i);
    // Equal strings that are other objects get the same id.
    expect(labels.id(['t', '7'].join(''))).toBe(names.indexOf('t7'));
    expect(labels.names).toEqual(names);
  });

  it('is one table per run parameters object', () => {
    const params = { votes: {} };
    expect(runLabels(params)).toBe(runLabels(params));
    expect(runLabels({})).not.toBe(runLabels(params));
  });

  it('lets stores that share a table be read by id', () => {
    const labels = new Labels();
    const a = AppendOnlyMap.empty(labels);
    const b = AppendOnlyMap.empty(labels);
    a.add('x', 3);
    b.add('y', 4);
    b.add('x', 5);
    const x = labels.id('x');
    expect([a.codeOf(x), b.codeOf(x), a.hasId(labels.id('y')), b.codeOf(labels.id('y'))]).toEqual([3, 5, false, 4]);
    expect(a.codeOf(1_000)).toBeUndefined();
  });
});
