// Rows an invariant memory only appends to, shared with the checkpoints that hold a prefix of
// them, as log.ts shares a log's columns: a memory keeps its rows and its own length, and a
// checkpoint the same rows and the length it saw (O(1) both ways, however long the run: a
// restore no longer copies them). Contract: a row below `held` never changes. Appending where a
// row is already there (left by a run further on, which a replay after a restore retraces)
// keeps it when it is the same; otherwise the rows are copied first (below `held`) or the rows
// no checkpoint holds are cut.

export interface SharedRows {
  /** Every column, the same length (the named columns of the rows that extend this). */
  readonly columns: readonly unknown[][];
  /** How many leading rows some checkpoint holds. */
  held: number;
}

/** The rows as a checkpoint takes them at `length`: marked held, shared. */
export function holdRows(rows: SharedRows, length: number): void {
  if (length > rows.held) rows.held = length;
}

/** The rows to push row `at` onto: these, cut to `at`, or a copy of their first `at` rows when a checkpoint holds more. */
export function rowsForAppend<R extends SharedRows>(rows: R, at: number, copy: (rows: R, at: number) => R): R {
  if (at >= rows.columns[0].length) return rows;
  if (at < rows.held) return copy(rows, at);
  for (const column of rows.columns) column.length = at;
  return rows;
}
