// The valibot schema of a version-1 scenario's shape: types, ranges, lengths, the actions, and
// defaults. validate.ts applies it first and then the rules that span fields (node ids within
// `nodes`, `at` within `until`, latency ranges in force, each protocol's `params`);
// scripts/scenario-schema.ts turns it into public/scenario.schema.json for editors.
// Descriptions are short: an editor shows them on hover. docs/scenario-format.md says more.

import * as v from 'valibot';
import { PROTOCOL_NAMES } from '../protocols/registry';
import { DEFAULT_NETWORK, DEFAULT_SEED, DEFAULT_UNTIL_MS, LIMITS } from './format';

const int = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const ratio = () => v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const at = () => v.pipe(int(0, LIMITS.untilMsMax), v.description('When the action happens, in ms of simulated time (at most `until`).'));
const nodeId = () => v.pipe(int(1, LIMITS.nodesMax), v.description('A node id, 1..nodes.'));
const messageId = () => v.pipe(int(0, LIMITS.messageIdMax), v.description('A message id, as the trace numbers them.'));
const text = () => v.pipe(v.string(), v.maxLength(LIMITS.stringLengthMax));

const networkFields = {
  latencyMsMin: v.pipe(int(0, LIMITS.latencyMsMax), v.description('Shortest message latency in ms (at most latencyMsMax).')),
  latencyMsMax: v.pipe(int(0, LIMITS.latencyMsMax), v.description('Longest message latency in ms.')),
  dropRatio: v.pipe(ratio(), v.description('Share of messages the network loses, 0..1.')),
  duplicateRatio: v.pipe(ratio(), v.description('Share of messages the network delivers twice, 0..1.')),
};

const doing = (kind: string, description: string) => v.pipe(v.literal(kind), v.description(description));

export const actionSchema = v.variant('do', [
  v.strictObject({ at: at(), do: doing('crash', 'The node stops; only its persistent state survives.'), node: nodeId() }),
  v.strictObject({ at: at(), do: doing('restart', 'A crashed node comes back.'), node: nodeId() }),
  v.strictObject({
    at: at(),
    do: doing('partition', 'Only nodes in the same group can talk; nodes in no group are isolated.'),
    groups: v.pipe(v.array(v.pipe(v.array(nodeId()), v.minLength(1), v.maxLength(LIMITS.nodesMax))), v.minLength(1), v.maxLength(LIMITS.nodesMax)),
  }),
  v.strictObject({ at: at(), do: doing('heal', 'Ends every partition and cut link.') }),
  v.strictObject({ at: at(), do: doing('cut', 'The directed link from → to loses every message, in flight too.'), from: nodeId(), to: nodeId() }),
  v.strictObject({ at: at(), do: doing('restore', 'The directed link from → to works again.'), from: nodeId(), to: nodeId() }),
  v.strictObject({ at: at(), do: doing('timeout', "The node's main timeout fires now."), node: nodeId() }),
  v.strictObject({
    at: at(),
    do: doing('request', 'A client request to the node (2PC/3PC: a transaction label).'),
    node: nodeId(),
    value: v.pipe(text(), v.description('The value (Raft, Paxos) or transaction label (2PC, 3PC).')),
  }),
  v.strictObject({ at: at(), do: doing('drop', 'The message is lost.'), message: messageId() }),
  v.strictObject({ at: at(), do: doing('duplicate', 'The message is delivered once more.'), message: messageId() }),
  v.strictObject({
    at: at(),
    do: doing('delay', 'The message arrives later.'),
    message: messageId(),
    byMs: v.pipe(int(1, LIMITS.delayMsMax), v.description('How much later, in ms.')),
  }),
  v.strictObject({
    at: at(),
    do: doing('network', 'Changes the network from now on (at least one field).'),
    latencyMsMin: v.optional(networkFields.latencyMsMin),
    latencyMsMax: v.optional(networkFields.latencyMsMax),
    dropRatio: v.optional(networkFields.dropRatio),
    duplicateRatio: v.optional(networkFields.duplicateRatio),
  }),
]);

/** The URL of the JSON Schema an editor can be pointed at with `"$schema"`, where the app is served. */
export const SCHEMA_FILE = 'scenario.schema.json';

export const scenarioSchema = v.strictObject({
  $schema: v.optional(
    v.pipe(v.string(), v.maxLength(LIMITS.schemaUrlLengthMax), v.description('The JSON Schema for editors; ignored by the simulator.')),
  ),
  version: v.pipe(v.literal(1), v.description('The scenario format version.')),
  protocol: v.pipe(v.picklist(PROTOCOL_NAMES), v.description('The protocol the nodes run.')),
  seed: v.optional(v.pipe(int(0, LIMITS.seedMax), v.description('Drives every random choice: the same seed, the same run.')), DEFAULT_SEED),
  nodes: v.optional(v.pipe(int(1, LIMITS.nodesMax), v.description('Cluster size (default 5 for Raft and Paxos, 4 for 2PC and 3PC).'))),
  until: v.optional(v.pipe(int(1, LIMITS.untilMsMax), v.description('The run covers 0..until ms of simulated time.')), DEFAULT_UNTIL_MS),
  network: v.optional(
    v.pipe(
      v.strictObject({
        latencyMsMin: v.optional(networkFields.latencyMsMin, DEFAULT_NETWORK.latencyMsMin),
        latencyMsMax: v.optional(networkFields.latencyMsMax, DEFAULT_NETWORK.latencyMsMax),
        dropRatio: v.optional(networkFields.dropRatio, DEFAULT_NETWORK.dropRatio),
        duplicateRatio: v.optional(networkFields.duplicateRatio, DEFAULT_NETWORK.duplicateRatio),
      }),
      v.description('The network at time 0.'),
    ),
    () => ({ ...DEFAULT_NETWORK }),
  ),
  params: v.optional(
    v.pipe(
      v.record(v.pipe(v.string(), v.maxLength(LIMITS.stringLengthMax)), v.unknown()),
      v.description("The protocol's parameters; defaults for all that are missing."),
    ),
    () => ({}),
  ),
  actions: v.optional(
    v.pipe(v.array(actionSchema), v.maxLength(LIMITS.actionsMax), v.description('What happens during the run, at given times.')),
    () => [],
  ),
});
