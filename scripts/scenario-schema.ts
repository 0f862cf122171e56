// Generates public/scenario.schema.json, the JSON Schema of a version-1 scenario, from the
// validator's own declarations: the valibot schema (src/scenario/schema.ts, converted by
// @valibot/to-json-schema) and each protocol's ParamSpecs (the list validate.ts checks
// `params` against). Editors use it through `"$schema"` (docs/scenario-format.md).
//   npm run -s schema            rewrite the file
// test/scenario/schema.test.ts fails when the committed file differs from what this builds.

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import type { ParamSpec } from '../src/engine/types';
import { nodeLimits, PROTOCOL_NAMES, protocols } from '../src/protocols/registry';
import { scenarioSchema } from '../src/scenario/schema';

type Json = { [key: string]: unknown };

export const SCHEMA_PATH = fileURLToPath(new URL('../public/scenario.schema.json', import.meta.url));

function paramSchema(spec: ParamSpec): Json {
  const description = spec.kind === 'int' && spec.unit ? `${spec.label} (${spec.unit})` : spec.label;
  switch (spec.kind) {
    case 'int':
      return { type: 'integer', minimum: spec.min, maximum: spec.max, default: spec.default, description };
    case 'boolean':
      return { type: 'boolean', default: spec.default, description };
    case 'enum':
      return { type: 'string', enum: [...spec.options], default: spec.default, description };
    case 'nodeMap':
      return {
        type: 'object',
        propertyNames: { pattern: '^[1-9]$' },
        additionalProperties: { type: 'string', enum: [...spec.options] },
        description: `${description}: node id → ${spec.options.join(' or ')} (missing nodes: ${spec.default})`,
      };
  }
}

/** Per protocol: its parameters (no others) and its smallest cluster. */
function perProtocol(): Json[] {
  return PROTOCOL_NAMES.map((name) => {
    const properties: Json = {};
    for (const spec of protocols[name].params) properties[spec.name] = paramSchema(spec);
    return {
      if: { properties: { protocol: { const: name } }, required: ['protocol'] },
      then: {
        properties: {
          nodes: { minimum: nodeLimits[name].min, default: nodeLimits[name].default },
          params: { properties, additionalProperties: false },
        },
      },
    };
  });
}

export function buildScenarioJsonSchema(): Json {
  const generated = toJsonSchema(scenarioSchema, { target: 'draft-07', errorMode: 'throw' }) as JsonSchema & Json;
  const actions = ((generated.properties as Json).actions as Json).items as { oneOf: Json[] };
  for (const action of actions.oneOf) {
    // A network action changes at least one field besides `at` and `do` (a check valibot
    // runs in validate.ts, written here as JSON Schema can say it).
    if (((action.properties as Json).do as Json).const === 'network') action.minProperties = 3;
  }
  const { $schema: _draft, ...rest } = generated;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Consensus Lab scenario (version 1)',
    description: 'A run of Raft, Paxos, 2PC or 3PC: protocol, seed, cluster, network, parameters and actions. See docs/scenario-format.md.',
    ...rest,
    allOf: perProtocol(),
  };
}

export const schemaText = (): string => JSON.stringify(buildScenarioJsonSchema(), null, 2) + '\n';

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_PATH, schemaText());
  process.stdout.write(`wrote ${SCHEMA_PATH}\n`);
}
