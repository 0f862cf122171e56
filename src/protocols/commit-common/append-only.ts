// Append-only stores that checkpoints share instead of copying: a 2PC/3PC node's durable log and
// every per-transaction record that is written once and never changed (a decided transaction's
// outcome, the invariants' first decision and yes votes). Contract: an array element, once
// written, never changes; a store sees the first `count` elements of its arrays. Saving or
// loading one is O(1): the saved form and the live store share the arrays. A store appends in
// place only at the arrays' end; a store behind the end (restored from a checkpoint while the
// arrays hold the run's later records) steps over the element it would write when it is equal
// — a replay from a checkpoint writes what the run wrote, so a seek copies nothing — and
// otherwise copies its own prefix first (a fork: never on the engine's deterministic replays).

/** Keys (user strings: a transaction label may be `__proto__`) to values set once, in insertion order. */
export class AppendOnlyMap<V> {
  private constructor(
    private keys: string[],
    private values: V[],
    /** key → its position; positions at or past `count` belong to a later point of the run. */
    private index: Map<string, number>,
    private count: number,
  ) {}

  static empty<V>(): AppendOnlyMap<V> {
    return new AppendOnlyMap<V>([], [], new Map(), 0);
  }

  get size(): number {
    return this.count;
  }

  get(key: string): V | undefined {
    const i = this.index.get(key);
    return i !== undefined && i < this.count ? this.values[i] : undefined;
  }

  has(key: string): boolean {
    const i = this.index.get(key);
    return i !== undefined && i < this.count;
  }

  /** Set `key` to `value` unless it is set already (the first value stays). False if it was. */
  add(key: string, value: V): boolean {
    const n = this.count;
    const i = this.index.get(key);
    if (i !== undefined && i < n) return false;
    if (this.keys.length !== n) {
      if (this.keys[n] === key && this.values[n] === value) {
        this.count = n + 1;
        return true;
      }
      this.fork();
    }
    this.keys.push(key);
    this.values.push(value);
    this.index.set(key, n);
    this.count = n + 1;
    return true;
  }

  /** The key at position i (0 ≤ i < size), in insertion order. */
  keyAt(i: number): string {
    return this.keys[i];
  }

  valueAt(i: number): V {
    return this.values[i];
  }

  /** A store that shares this one's arrays and sees what this one sees now. O(1). */
  share(): AppendOnlyMap<V> {
    return new AppendOnlyMap(this.keys, this.values, this.index, this.count);
  }

  /** Own copies of the first `count` elements, for writing where the arrays hold other ones. */
  private fork(): void {
    const n = this.count;
    this.keys = this.keys.slice(0, n);
    this.values = this.values.slice(0, n);
    this.index = new Map();
    for (let i = 0; i < n; i++) this.index.set(this.keys[i], i);
  }
}
