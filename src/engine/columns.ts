// Growable typed-array columns: the run's record (messages, trace) is stored column-wise so that
// a long run retains no per-event objects for the garbage collector to copy and trace.

/**
 * The column, or a copy at least `needed` long. It grows by half its length at a time, not by
 * doubling: a long run's record is most of what it holds, and doubling left up to half of it
 * unused (still O(1) amortized: each element is copied at most three times on average).
 */
export function grow<T extends Float64Array | Int32Array | Uint8Array>(column: T, needed: number): T {
  if (needed <= column.length) return column;
  let size = Math.max(16, column.length);
  while (size < needed) size += size >> 1;
  const next = new (column.constructor as { new (n: number): T })(size);
  next.set(column);
  return next;
}
