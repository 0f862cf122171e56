// Append-only stores that checkpoints share instead of copying: a 2PC/3PC node's durable log and
// every per-transaction record that is written once and never changed (a decided transaction's
// outcome, the invariants' first decision and yes votes). Contract: a record, once written,
// never changes; a store sees the first `count` records. Saving or loading one is O(1): the
// saved form and the live store share the records. A store appends in place only at the end;
// a store behind the end (restored from a checkpoint while the records go on to the run's later
// ones) steps over the record it would write when it is equal — a replay from a checkpoint
// writes what the run wrote, so a seek copies nothing — and otherwise copies its own prefix
// first (a fork: never on the engine's deterministic replays).

/** Values are small codes, kept with the key's position in one number: position · CODES + code. */
const CODES = 256;

/**
 * Keys (user strings: a transaction label may be `__proto__`) to codes (integers 0..255) set once,
 * in insertion order. One Map holds both, so a store costs one map entry per key; the Map's size
 * is where the shared records end.
 */
export class AppendOnlyMap {
  private constructor(
    /** key → position · CODES + code; positions at or past `count` belong to a later point of the run. */
    private index: Map<string, number>,
    private count: number,
  ) {}

  static empty(): AppendOnlyMap {
    return new AppendOnlyMap(new Map(), 0);
  }

  get size(): number {
    return this.count;
  }

  get(key: string): number | undefined {
    const packed = this.index.get(key);
    return packed !== undefined && packed < this.count * CODES ? packed % CODES : undefined;
  }

  has(key: string): boolean {
    const packed = this.index.get(key);
    return packed !== undefined && packed < this.count * CODES;
  }

  /** Set `key` to `code` unless it is set already (the first code stays). False if it was. */
  add(key: string, code: number): boolean {
    const n = this.count;
    const packed = this.index.get(key);
    if (packed !== undefined && packed < n * CODES) return false;
    const mine = n * CODES + code;
    if (this.index.size !== n) {
      if (packed === mine) {
        this.count = n + 1;
        return true;
      }
      this.fork();
    }
    this.index.set(key, mine);
    this.count = n + 1;
    return true;
  }

  /** The keys and codes this store sees, in insertion order. */
  entries(): [string, number][] {
    const out: [string, number][] = [];
    for (const [key, packed] of this.index) if (packed < this.count * CODES) out.push([key, packed % CODES]);
    return out;
  }

  /** A store that shares this one's map and sees what this one sees now. O(1). */
  share(): AppendOnlyMap {
    return new AppendOnlyMap(this.index, this.count);
  }

  /** An own map of the first `count` entries, for writing where the shared one holds other ones. */
  private fork(): void {
    const own = new Map<string, number>();
    for (const [key, packed] of this.index) if (packed < this.count * CODES) own.set(key, packed);
    this.index = own;
  }
}
