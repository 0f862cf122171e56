// A fast acceptor compiled from a valibot schema: true only for a value the schema accepts and
// outputs unchanged (no defaults, no transforms). It never rejects on its own: a value it does not
// accept goes through valibot, which says what is wrong. It knows the handful of schema kinds
// and pipe checks the scenario's actions use; a schema with anything else compiles to null, and
// valibot does all the work for it. Why: valibot builds a dataset object per field and check, so
// a 10 000-action link's actions took 20–40 ms to validate cold (validate.ts parseActions).
// The rules stay in one place, schema.ts: this reads them, and test/scenario/fast-accept.test.ts
// checks on generated values that whatever it accepts, valibot accepts with an equal output.

type Accept = (value: unknown) => boolean;

/** The parts of a valibot schema or pipe item this reads. */
interface Node {
  kind?: string;
  type: string;
  pipe?: readonly Node[];
  literal?: unknown;
  requirement?: unknown;
  item?: Node;
  entries?: Record<string, Node>;
  default?: unknown;
  fallback?: unknown;
}

const all =
  (checks: readonly Accept[]): Accept =>
  (value) => {
    for (let i = 0; i < checks.length; i++) if (!checks[i](value)) return false;
    return true;
  };

/** A pipe's own check (not its root schema), or null when it is not one this knows. */
function pipeCheck(item: Node): Accept | null | 'skip' {
  if (item.kind === 'metadata') return 'skip';
  const r = item.requirement;
  switch (item.type) {
    case 'integer':
      return (x) => Number.isInteger(x);
    case 'min_value':
      return typeof r === 'number' ? (x) => (x as number) >= r : null;
    case 'max_value':
      return typeof r === 'number' ? (x) => (x as number) <= r : null;
    case 'min_length':
      return typeof r === 'number' ? (x) => (x as { length: number }).length >= r : null;
    case 'max_length':
      return typeof r === 'number' ? (x) => (x as { length: number }).length <= r : null;
    default:
      return null;
  }
}

/** The acceptor for a value schema (a field's, an array's items), or null. */
function compileValue(schema: Node): Accept | null {
  if (schema.pipe !== undefined) {
    const [root, ...items] = schema.pipe;
    const base = compileValue(root);
    if (base === null) return null;
    const checks: Accept[] = [base];
    for (const item of items) {
      const check = pipeCheck(item);
      if (check === null) return null;
      if (check !== 'skip') checks.push(check);
    }
    return all(checks);
  }
  switch (schema.type) {
    case 'number':
      return (x) => typeof x === 'number' && !Number.isNaN(x);
    case 'string':
      return (x) => typeof x === 'string';
    case 'literal': {
      const literal = schema.literal;
      return (x) => x === literal;
    }
    case 'array': {
      const item = schema.item === undefined ? null : compileValue(schema.item);
      if (item === null) return null;
      return (x) => Array.isArray(x) && x.every((element) => item(element));
    }
    default:
      return null;
  }
}

/**
 * For a strict object schema: a function that returns valibot's output for a value it accepts
 * (a fresh object with the schema's fields in the schema's order, as valibot builds it), or
 * null for any value it does not (which valibot must then look at). Null when the schema has a
 * part this does not know. Optional fields must have no default: valibot would add it.
 */
export function compileStrictObject(schema: Node): ((value: unknown) => Record<string, unknown> | null) | null {
  if (schema.type !== 'strict_object' || schema.entries === undefined || schema.pipe !== undefined) return null;
  const fields: { key: string; accept: Accept; optional: boolean }[] = [];
  for (const [key, entry] of Object.entries(schema.entries)) {
    const optional = entry.type === 'optional';
    if (optional && (entry.default !== undefined || entry.pipe !== undefined)) return null;
    if (entry.fallback !== undefined) return null;
    const accept = compileValue(optional ? (entry as { wrapped?: Node }).wrapped ?? { type: '?' } : entry);
    if (accept === null) return null;
    fields.push({ key, accept, optional });
  }
  const known = new Set(fields.map((field) => field.key));
  return (value) => {
    if (typeof value !== 'object' || value === null) return null;
    // Only plain objects: valibot reads keys with `in` and `for…in`, which see a prototype's.
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return null;
    const input = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    let present = 0;
    for (let i = 0; i < fields.length; i++) {
      const { key, accept, optional } = fields[i];
      if (!Object.hasOwn(input, key)) {
        if (optional) continue;
        return null;
      }
      const item = input[key];
      if (!(optional && item === undefined) && !accept(item)) return null;
      out[key] = item;
      present++;
    }
    // No key the schema does not declare (every own key counted above is a declared one).
    let own = 0;
    for (const key in input) {
      if (!known.has(key)) return null;
      own++;
    }
    return own === present ? out : null;
  };
}
