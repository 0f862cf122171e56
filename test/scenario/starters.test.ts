// What opens when a protocol is picked: it parses, runs whole under the default budget, and
// puts a message on the wire early enough for Play at the default speed (1/50) to show one
// within two seconds (40 ms of simulated time).

import { describe, expect, test } from 'vitest';
import { starterScenario } from '../../src/scenario/starters';
import { createSimulation } from '../../src/scenario/simulate';
import { PROTOCOL_NAMES } from '../../src/protocols/registry';

describe('starter scenarios', () => {
  test.each(PROTOCOL_NAMES)('%s: a message within 40 ms, the whole run within the budget, no violation', (protocol) => {
    const simulation = createSimulation(starterScenario(protocol));
    simulation.runToEnd();
    expect(simulation.budgetStop).toBeNull();
    expect(simulation.messages.length).toBeGreaterThan(0);
    expect(simulation.messages[0].sentAt).toBeLessThanOrEqual(40);
    expect(simulation.violations).toEqual([]);
  });
});
