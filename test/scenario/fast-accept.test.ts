// The fast acceptor (src/scenario/fast-accept.ts) against valibot on generated actions: whatever
// it accepts, valibot accepts with an equal output (fields and their order); and it accepts the
// valid actions, so that the fast path is taken at all.

import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { compileStrictObject } from '../../src/scenario/fast-accept';
import { LIMITS } from '../../src/scenario/format';
import { actionSchema, scenarioSchema } from '../../src/scenario/schema';
import { describeIssue, failure, parseScenario } from '../../src/scenario/validate';

const options = actionSchema.options;
const kinds = options.map((option) => option.entries.do.literal as string);
const acceptors = new Map(options.map((option) => [option.entries.do.literal as string, compileStrictObject(option)]));

/** Numbers at and around every limit an action field has, and a few that are no integer or no number. */
const edgy = fc.oneof(
  fc.constantFrom(0, 1, -1, 9, 10, LIMITS.nodesMax, LIMITS.untilMsMax, LIMITS.untilMsMax + 1, LIMITS.delayMsMax, LIMITS.delayMsMax + 1),
  fc.constantFrom(LIMITS.messageIdMax, LIMITS.messageIdMax + 1, 0.5, 1e-9, -0, NaN, Infinity, -Infinity, 2 ** 31),
  fc.integer({ min: -5, max: 700_000 }),
  fc.double(),
);
const anything = fc.oneof(
  edgy,
  fc.string({ maxLength: 70 }),
  fc.constantFrom(null, undefined, true, '', 'x'.repeat(64), 'x'.repeat(65), '__proto__'),
  fc.array(fc.array(edgy, { maxLength: 3 }), { maxLength: 3 }),
  fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 10 }),
  fc.constant({}),
);
const fieldNames = ['at', 'do', 'node', 'from', 'to', 'groups', 'value', 'message', 'byMs', 'latencyMsMin', 'latencyMsMax', 'dropRatio', 'duplicateRatio', 'extra', 'constructor'];
const candidate = fc
  .tuple(fc.constantFrom(...kinds, 'nope'), fc.dictionary(fc.constantFrom(...fieldNames), anything, { maxKeys: 6 }))
  .map(([kind, fields]) => ({ ...fields, do: kind }) as Record<string, unknown>);

/** A valid action of each kind, for the acceptor to take. */
const validAction = fc.oneof(
  fc.record({ at: fc.integer({ min: 0, max: LIMITS.untilMsMax }), do: fc.constantFrom('crash', 'restart', 'timeout'), node: fc.integer({ min: 1, max: 9 }) }),
  fc.record({ at: fc.nat(1000), do: fc.constant('request'), node: fc.integer({ min: 1, max: 9 }), value: fc.string({ maxLength: 64 }) }),
  fc.record({ at: fc.nat(1000), do: fc.constantFrom('cut', 'restore'), from: fc.integer({ min: 1, max: 9 }), to: fc.integer({ min: 1, max: 9 }) }),
  fc.record({ at: fc.nat(1000), do: fc.constant('partition'), groups: fc.array(fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 9 }), { minLength: 1, maxLength: 9 }) }),
  fc.record({ at: fc.nat(1000), do: fc.constant('heal') }),
  fc.record({ at: fc.nat(1000), do: fc.constantFrom('drop', 'duplicate'), message: fc.nat(LIMITS.messageIdMax) }),
  fc.record({ at: fc.nat(1000), do: fc.constant('delay'), message: fc.nat(1000), byMs: fc.integer({ min: 1, max: LIMITS.delayMsMax }) }),
  fc.record(
    { at: fc.nat(1000), do: fc.constant('network'), latencyMsMin: fc.nat(LIMITS.latencyMsMax), dropRatio: fc.double({ min: 0, max: 1, noNaN: true }) },
    { requiredKeys: ['at', 'do'] },
  ),
);

describe('the fast acceptor compiled from the action schema', () => {
  it('compiles for every kind of action', () => {
    for (const kind of kinds) expect(acceptors.get(kind), kind).not.toBeNull();
  });

  it('accepts only what valibot accepts, with the same output', () => {
    fc.assert(
      fc.property(candidate, (action) => {
        const kind = action.do as string;
        const option = options.find((o) => o.entries.do.literal === kind);
        const accepted = acceptors.get(kind)?.(action) ?? null;
        if (accepted === null || option === undefined) return;
        const parsed = v.safeParse(option, action);
        expect(parsed.success).toBe(true);
        expect(Object.keys(accepted)).toEqual(Object.keys(parsed.output as object));
        expect(accepted).toEqual(parsed.output);
      }),
      { numRuns: 20_000 },
    );
  });

  it('accepts every valid action, so the fast path is the one taken', () => {
    fc.assert(
      fc.property(validAction, (action) => {
        expect(acceptors.get(action.do)!(action)).toEqual(v.parse(actionSchema, action));
      }),
      { numRuns: 5_000 },
    );
  });

  it('leaves objects with a prototype other than Object.prototype, and unknown or inherited keys, to valibot', () => {
    const crash = acceptors.get('crash')!;
    expect(crash({ at: 1, do: 'crash', node: 2 })).toEqual({ at: 1, do: 'crash', node: 2 });
    expect(crash(Object.assign(Object.create({ extra: 1 }), { at: 1, do: 'crash', node: 2 }))).toBeNull();
    expect(crash({ at: 1, do: 'crash', node: 2, extra: 1 })).toBeNull();
    expect(crash(JSON.parse('{"at":1,"do":"crash","node":2,"__proto__":{}}'))).toBeNull();
    expect(crash([1, 'crash', 2])).toBeNull();
  });

  it('whole scenarios fail with the message valibot alone gives, and pass with its output', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(candidate, validAction), { maxLength: 5 }),
        fc.constantFrom({}, { extra: 1 }, { nodes: 0 }, { network: { latencyMsMin: -1 } }),
        (actions, more) => {
          const input = { version: 1, protocol: 'raft', nodes: 9, until: LIMITS.untilMsMax, actions, ...more };
          const result = parseScenario(input);
          const reference = v.safeParse(scenarioSchema, input, { abortEarly: true });
          if (!reference.success) expect(result.ok ? null : result.error).toBe(failure(describeIssue(reference.issues[0])).error);
          else if (result.ok) expect(result.scenario.actions).toEqual(reference.output.actions);
        },
      ),
      { numRuns: 3_000 },
    );
  });
});
