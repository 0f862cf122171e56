// The network's shape from real runs: a partition action gives its groups; a single cut is a
// one-way cut, not a partition; a heal gives neither.

import { describe, expect, test } from 'vitest';
import { createAppStore } from '../fixtures/app-store';
import { starterScenario } from '../../src/scenario/starters';
import { networkShape } from '../../src/ui/cluster/partition-groups';

function shapeAfter(actions: object[], at: number) {
  const store = createAppStore({ scenario: { ...starterScenario('raft'), until: 2000, actions: actions as never } });
  store.getState().setTime(at);
  const { snapshot, scenario } = store.getState();
  return networkShape(snapshot.cut, scenario.nodes);
}

describe('network shape', () => {
  test('a partition is drawn as its groups', () => {
    const shape = shapeAfter([{ at: 100, do: 'partition', groups: [[1, 3, 4], [2, 5]] }], 200);
    expect(shape.groups).toEqual([[1, 3, 4], [2, 5]]);
    expect(shape.oneWay).toEqual([]);
  });

  test('a one-way cut is a direction lost, not a partition; heal clears everything', () => {
    const cut = shapeAfter([{ at: 100, do: 'cut', from: 1, to: 2 }], 200);
    expect(cut.groups).toBeNull();
    expect(cut.oneWay).toEqual([{ from: 1, to: 2 }]);
    const healed = shapeAfter([{ at: 100, do: 'partition', groups: [[1], [2, 3, 4, 5]] }, { at: 150, do: 'heal' }], 200);
    expect(healed).toEqual({ groups: null, oneWay: [] });
  });

  test('one node cut off both ways from everyone is a group of its own', () => {
    const shape = shapeAfter([{ at: 100, do: 'partition', groups: [[5]] }], 200);
    expect(shape.groups).toEqual([[1, 2, 3, 4], [5]]);
  });
});
