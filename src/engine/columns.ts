// Growable typed-array columns: the run's record (messages, trace) is stored column-wise so that
// a long run retains no per-event objects for the garbage collector to copy and trace.

export function grow<T extends Float64Array | Int32Array | Uint8Array>(column: T, needed: number): T {
  if (needed <= column.length) return column;
  let size = Math.max(16, column.length);
  while (size < needed) size *= 2;
  const next = new (column.constructor as { new (n: number): T })(size);
  next.set(column);
  return next;
}
