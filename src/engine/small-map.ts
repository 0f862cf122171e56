// A Map from strings for the few keys a node holds at a time (its running timers, the
// transactions in progress) that come and go all run long. Contract: Map's semantics for get,
// set, delete, size and iteration order (insertion order; a deleted key re-added goes last).
// Up to SMALL keys it is two arrays scanned in order, which grow to the most keys held at once
// and never shrink: a key that comes and goes then allocates nothing (V8 rebuilds a Map's table
// as deleted entries pile up, which was a third of the bytes a 2PC run allocated). Past SMALL
// keys it becomes a Map, for good.

const SMALL = 8;

export class SmallMap<V> {
  private keyList: (string | undefined)[] | null = [];
  private valueList: (V | undefined)[] = [];
  private count = 0;
  private map: Map<string, V> | null = null;

  get size(): number {
    return this.map === null ? this.count : this.map.size;
  }

  private find(key: string): number {
    const keys = this.keyList!;
    for (let i = 0; i < this.count; i++) if (keys[i] === key) return i;
    return -1;
  }

  get(key: string): V | undefined {
    if (this.map !== null) return this.map.get(key);
    const at = this.find(key);
    return at < 0 ? undefined : this.valueList[at];
  }

  has(key: string): boolean {
    return this.map !== null ? this.map.has(key) : this.find(key) >= 0;
  }

  set(key: string, value: V): void {
    if (this.map !== null) {
      this.map.set(key, value);
      return;
    }
    const at = this.find(key);
    if (at >= 0) {
      this.valueList[at] = value;
      return;
    }
    const keys = this.keyList!;
    if (this.count < keys.length) {
      keys[this.count] = key;
      this.valueList[this.count++] = value;
      return;
    }
    this.add(key, value);
  }

  /**
   * set, for a new key when the arrays are full: they grow, or past SMALL keys become a Map.
   * Apart from set, which V8 then inlines where timers are set and transactions move.
   */
  private add(key: string, value: V): void {
    const keys = this.keyList!;
    if (this.count < SMALL) {
      keys.push(key);
      this.valueList.push(value);
      this.count++;
      return;
    }
    const map = new Map<string, V>();
    this.forEach((v, k) => map.set(k, v));
    map.set(key, value);
    this.map = map;
    this.keyList = null;
    this.valueList = [];
  }

  /** True when the key was there. */
  delete(key: string): boolean {
    if (this.map !== null) return this.map.delete(key);
    const at = this.find(key);
    if (at < 0) return false;
    const keys = this.keyList!;
    const values = this.valueList;
    const last = --this.count;
    for (let i = at; i < last; i++) {
      keys[i] = keys[i + 1];
      values[i] = values[i + 1];
    }
    keys[last] = undefined;
    values[last] = undefined;
    return true;
  }

  /** Every (value, key), in insertion order. Do not change the map meanwhile. */
  forEach(visit: (value: V, key: string) => void): void {
    if (this.map !== null) {
      this.map.forEach(visit);
      return;
    }
    for (let i = 0; i < this.count; i++) visit(this.valueList[i] as V, this.keyList![i]!);
  }

  /** The values, in insertion order (a new array). */
  values(): V[] {
    return this.map !== null ? [...this.map.values()] : (this.valueList.slice(0, this.count) as V[]);
  }

  /** A copy (its own arrays or Map). */
  copy(): SmallMap<V> {
    const out = new SmallMap<V>();
    this.forEach((value, key) => out.set(key, value));
    return out;
  }
}
