// The stronger shrinker on the 3PC partition case (issue 15's goal): for seeds 1..10, the first
// violation of `sim explore --protocol 3pc --runs 2000 --seed S` shrinks to at most 3 actions.
import { describe, expect, it } from 'vitest';
import { ExploreTally, exploreRun, runScenario } from '../../src/explore/explore';
import { findViolation, shrink, withoutNode } from '../../src/explore/shrink';
import { parseScenario } from '../../src/scenario/validate';

function firstFailure(seed: number) {
  const plan = { protocol: '3pc' as const, seed, schedule: { nodes: 4, until: 3000 } };
  const tally = new ExploreTally(plan);
  for (let i = 0; i < 2000 && tally.firstViolation === null; i++) tally.add(exploreRun(plan, i));
  const found = tally.firstViolation!;
  return { scenario: runScenario(plan, found.run), invariant: found.invariant };
}

describe('shrinking 3PC counterexamples', () => {
  it('reaches at most 3 actions for at least 8 of 10 seeds, each still violating Atomicity', () => {
    const sizes: number[] = [];
    for (let seed = 1; seed <= 10; seed++) {
      const { scenario, invariant } = firstFailure(seed);
      expect(invariant).toBe('Atomicity');
      const result = shrink(scenario, invariant);
      expect(findViolation(result.scenario, 'Atomicity')).toEqual(result.violation);
      expect(result.scenario.actions.length).toBeLessThanOrEqual(scenario.actions.length);
      expect(result.scenario.until).toBeLessThanOrEqual(scenario.until);
      sizes.push(result.scenario.actions.length);
    }
    expect(sizes.filter((n) => n <= 3).length).toBeGreaterThanOrEqual(8);
  }, 60_000);

  it('seed 1 (6 actions before) now ends with a request and one fault, from time 0', () => {
    const { scenario, invariant } = firstFailure(1);
    const result = shrink(scenario, invariant);
    expect(result.scenario.actions.map((a) => a.do)).toEqual(['request', expect.stringMatching(/^(timeout|partition|cut|crash)$/)]);
    expect(result.scenario.actions[0].at).toBe(0);
  }, 30_000);

  it('removes a node and renumbers the others in actions and per-node parameters', () => {
    const scenario = parseScenario({
      version: 1,
      protocol: '3pc',
      nodes: 4,
      params: { votes: { '3': 'no', '4': 'no' } },
      actions: [
        { at: 5, do: 'partition', groups: [[1, 3], [2, 4]] },
        { at: 6, do: 'cut', from: 4, to: 2 },
        { at: 7, do: 'crash', node: 3 },
      ],
    });
    if (!scenario.ok) throw new Error(scenario.error);
    const smaller = withoutNode(scenario.scenario, 3)!;
    expect(smaller.nodes).toBe(3);
    expect(smaller.actions).toEqual([
      { at: 5, do: 'partition', groups: [[1], [2, 3]] },
      { at: 6, do: 'cut', from: 3, to: 2 },
    ]);
    expect(smaller.params.votes).toEqual({ '3': 'no' });
    expect(withoutNode({ ...scenario.scenario, nodes: 2 }, 2)).toBeNull();
  });
});
