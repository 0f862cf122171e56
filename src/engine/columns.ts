// Growable typed-array columns: the run's record (messages, trace) is stored column-wise so that
// a long run retains no per-event objects for the garbage collector to copy and trace.

/**
 * The column, or a copy `needed` long and at least half again as long as it was. It grows by half,
 * not by doubling: a long run's record is most of what it holds, and doubling left up to half of it
 * unused (still O(1) amortized: each element is copied at most three times on average).
 */
export function grow<T extends Float64Array | Int32Array | Uint8Array>(column: T, needed: number): T {
  if (needed <= column.length) return column;
  return resized(column, Math.max(16, needed, column.length + (column.length >> 1)));
}

/**
 * The column, or a copy for `expected` rows (expectedRows) when `rows` no longer fit. An eighth
 * more at least, so that a prediction short of the mark still grows it in O(1) amortized; not
 * half again, which would override a prediction of less (a 10-minute 3PC run's last growth,
 * predicted at 322 000 rows, took 400 000).
 */
export function growToward<T extends Float64Array | Int32Array | Uint8Array>(column: T, rows: number, expected: number): T {
  if (rows <= column.length) return column;
  return resized(column, Math.max(16, rows, expected, column.length + (column.length >> 3)));
}

/** A copy of the column `size` long (longer than it is), for columns that follow another's capacity. */
export function resized<T extends Float64Array | Int32Array | Uint8Array>(column: T, size: number): T {
  const next = new (column.constructor as { new (n: number): T })(size);
  next.set(column);
  return next;
}

/**
 * How many rows a run's record should make room for when `rows` no longer fit, `now` into a run
 * that ends at `horizon`: the rows it will hold at its end if it keeps its rate so far, plus a
 * sixteenth. Growing by half at a time, a 10-minute run copied its columns some 25 times and paid
 * for fresh memory each time (a fifth of its time, growing with its length: issue 13); growing
 * toward the expected end, a steady run copies them a few times. At most eight times `rows`, so
 * an early burst does not reserve far more than the run holds; `rows` itself when the time says
 * nothing (at 0, or past the horizon).
 */
export function expectedRows(rows: number, now: number, horizon: number): number {
  if (!(now > 0) || !(horizon > now)) return rows;
  const atEnd = Math.ceil(((rows * horizon) / now) * 1.0625);
  return Math.max(rows, Math.min(atEnd, rows * 8));
}
