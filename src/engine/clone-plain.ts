// A deep copy of plain data (objects, arrays, primitives), several times faster than
// structuredClone for the small, many-field objects protocol states are made of.
// Node states are plain data by contract (types.ts), so nothing else needs handling.

/**
 * Slots copied by clonePlain so far: a measure of what a checkpoint costs. An object's key
 * counts 4 (a keyed copy costs several times an array element's).
 */
export const cloneStats = { slots: 0 };

export function clonePlain<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    cloneStats.slots += value.length;
    // slice() copies a packed array of numbers or strings as one block; only the object
    // elements then need copies of their own.
    const out = value.slice();
    for (let i = 0; i < out.length; i++) {
      const item = out[i];
      if (typeof item === 'object' && item !== null) out[i] = clonePlain(item);
    }
    return out as T;
  }
  // A map without a prototype (keyed by user strings: `__proto__`, `constructor`) stays one:
  // copied into `{}`, `__proto__` would set the copy's prototype and `constructor` be inherited.
  const out: Record<string, unknown> = Object.getPrototypeOf(value) === null ? Object.create(null) : {};
  const source = value as Record<string, unknown>;
  for (const key in source) {
    cloneStats.slots += 4;
    const item = source[key];
    out[key] = typeof item === 'object' && item !== null ? clonePlain(item) : item;
  }
  return out as T;
}

/**
 * A copy of an array that holds only primitives (numbers, strings, booleans, null): one block
 * copy, without clonePlain's per-element scan for nested objects, which costs several times
 * the copy itself on long arrays (a megamorphic element load each). Counted like clonePlain,
 * so that protocol-specific clones (Protocol.cloneState) space checkpoints the same way.
 */
export function copyFlat<T extends string | number | boolean | null>(array: readonly T[]): T[] {
  cloneStats.slots += array.length;
  return array.slice();
}
