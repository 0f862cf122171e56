// A deep copy of plain data (objects, arrays, primitives), several times faster than
// structuredClone for the small, many-field objects protocol states are made of.
// Node states are plain data by contract (types.ts), so nothing else needs handling.

export function clonePlain<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      out[i] = typeof item === 'object' && item !== null ? clonePlain(item) : item;
    }
    return out as T;
  }
  const out: Record<string, unknown> = {};
  const source = value as Record<string, unknown>;
  for (const key in source) {
    const item = source[key];
    out[key] = typeof item === 'object' && item !== null ? clonePlain(item) : item;
  }
  return out as T;
}
