// Build a Simulation for a validated scenario: the one place that maps a scenario's protocol
// name to its implementation.

import { Simulation, type SimulationOptions } from '../engine/simulation';
import { protocols } from '../protocols/registry';
import type { Scenario } from './format';

export function createSimulation(scenario: Scenario, options?: SimulationOptions): Simulation {
  return new Simulation(protocols[scenario.protocol], scenario, options);
}
