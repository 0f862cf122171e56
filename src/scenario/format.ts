// Scenario format, version 1 — a public contract (DESIGN.md "Scenario format").
// A scenario fully determines a run: protocol, seed, cluster size, network, parameters, actions.

import type { Action, NetworkConfig, RunConfig } from '../engine/types';
import type { ProtocolName } from '../protocols/registry';

/** Limits that keep a hostile file or link harmless. */
export const LIMITS = {
  nodesMax: 9,
  actionsMax: 10_000,
  stringLengthMax: 64,
  untilMsMax: 600_000, // ten minutes of simulated time
  latencyMsMax: 60_000,
  delayMsMax: 60_000,
  seedMax: 4_294_967_295,
  messageIdMax: 100_000_000,
  /** Largest scenario JSON we accept, in characters (file or inflated link). */
  jsonCharsMax: 2_000_000,
  /** Longest `$schema` URL (editors' pointer to the JSON Schema). */
  schemaUrlLengthMax: 2048,
  /** Largest scenario JSON we read, in bytes of UTF-8 (a file, standard input, an inflated link). */
  jsonBytesMax: 2_000_000,
} as const;

export interface Scenario extends RunConfig {
  version: 1;
  protocol: ProtocolName;
}

export const DEFAULT_NETWORK: NetworkConfig = { latencyMsMin: 10, latencyMsMax: 30, dropRatio: 0, duplicateRatio: 0 };
export const DEFAULT_SEED = 1;
export const DEFAULT_UNTIL_MS = 10_000;

export type { Action };
