// The JSON Schema shipped for editors (public/scenario.schema.json) is generated from the
// validator and agrees with it on the hostile corpus: whatever the validator accepts, the
// schema accepts; whatever the validator rejects, the schema rejects too, but for the rules
// only the validator can apply (named in the corpus: rules across fields, UTF-16 lengths).

import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { SCHEMA_PATH, schemaText } from '../../scripts/scenario-schema';
import { parseScenarioText } from '../../src/scenario/validate';
import { CORPUS, parsedJson } from './corpus';

const committed = readFileSync(SCHEMA_PATH, 'utf8');
const validate = new Ajv({ strict: true, strictTypes: false, allErrors: false }).compile(JSON.parse(committed));

describe('public/scenario.schema.json', () => {
  it('is what scripts/scenario-schema.ts generates (run `npm run -s schema` after changing the format)', () => {
    expect(committed).toBe(schemaText());
  });

  it('accepts every scenario the validator accepts', () => {
    const accepted = CORPUS.filter((c) => c.ok);
    expect(accepted.length).toBeGreaterThan(10);
    for (const c of accepted) {
      expect(parseScenarioText(c.text).ok, c.name).toBe(true);
      const parsed = parsedJson(c.text);
      expect(parsed, c.name).not.toBeNull();
      expect(validate(parsed!.json), `${c.name}: ${JSON.stringify(validate.errors?.[0])}`).toBe(true);
    }
  });

  it('rejects what the validator rejects, where JSON Schema can say it', () => {
    const rejected = CORPUS.filter((c) => !c.ok && !c.validatorOnly && parsedJson(c.text) !== null);
    expect(rejected.length).toBeGreaterThan(40);
    for (const c of rejected) {
      expect(parseScenarioText(c.text).ok, c.name).toBe(false);
      expect(validate(parsedJson(c.text)!.json), c.name).toBe(false);
    }
  });

  it('accepts the cases only the validator rejects (the documented gap, no wider)', () => {
    const validatorOnly = CORPUS.filter((c) => c.validatorOnly);
    expect(new Set(validatorOnly.map((c) => c.validatorOnly))).toEqual(
      new Set(['node ids within nodes', 'at within until', 'latencyMsMin ≤ latencyMsMax', 'latency range in force at every point', 'from ≠ to', 'groups are disjoint', 'lengths in UTF-16 units']),
    );
    for (const c of validatorOnly) {
      expect(parseScenarioText(c.text).ok, c.name).toBe(false);
      expect(validate(parsedJson(c.text)!.json), c.name).toBe(true);
    }
  });

  it('gives editors defaults and descriptions', () => {
    const schema = JSON.parse(committed);
    expect(schema.properties.seed).toMatchObject({ default: 1, description: expect.any(String) });
    expect(schema.properties.network.properties.latencyMsMax.default).toBe(30);
    const raft = schema.allOf.find((rule: { if: { properties: { protocol: { const: string } } } }) => rule.if.properties.protocol.const === 'raft');
    expect(raft.then.properties.params.properties.heartbeatMs).toMatchObject({ type: 'integer', default: 50 });
  });
});
