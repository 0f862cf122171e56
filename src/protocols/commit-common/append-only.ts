// Append-only stores that checkpoints share instead of copying: a 2PC/3PC node's durable log and
// every per-transaction record that is written once and never changed (a decided transaction's
// outcome, the invariants' first decision and yes votes). Contract: a record, once written,
// never changes; a store sees the first `count` records. Saving or loading one is O(1): the
// saved form and the live store share the records. A store appends in place only at the end;
// a store behind the end (restored from a checkpoint while the records go on to the run's later
// ones) steps over the record it would write when it is equal — a replay from a checkpoint
// writes what the run wrote, so a seek copies nothing — and otherwise copies its own prefix
// first (a fork: never on the engine's deterministic replays).

import { grow } from '../../engine/columns';
import { Labels } from './labels';

/** Values are small codes, kept with the key's position in one number: position · CODES + code + 1 (0: none). */
const CODES = 256;

/**
 * The records of a family of stores that share them: by label id, the packed position and code
 * (a Float64Array: positions are not bounded by 2^23); by position, the label id (insertion
 * order). `size` is how many are written; the arrays may be longer (room to grow), and growing
 * replaces them here, so every sharer sees the same records.
 */
interface Records {
  packed: Float64Array;
  order: Int32Array;
  size: number;
}

/**
 * Keys (transaction labels: user strings, `__proto__` included) to codes (integers 0..255) set
 * once, in insertion order. Keys are ids of a Labels table (labels.ts): a store's records are two
 * typed arrays, and a lookup reads one cell. Stores that share a table may be asked by id
 * (`codeOf`, `hasId`): a caller that reads several of them for one label looks it up once.
 */
export class AppendOnlyMap {
  private constructor(
    readonly labels: Labels,
    private records: Records,
    /** Records at or past `count` belong to a later point of the run. */
    private count: number,
  ) {}

  /** An empty store, with its own label table or one it shares with other stores. */
  static empty(labels: Labels = new Labels()): AppendOnlyMap {
    return new AppendOnlyMap(labels, { packed: new Float64Array(16), order: new Int32Array(16), size: 0 }, 0);
  }

  get size(): number {
    return this.count;
  }

  /** The code of label id `id`, if this store sees one. */
  codeOf(id: number): number | undefined {
    const packed = this.records.packed;
    const p = id < packed.length ? packed[id] : 0;
    return p !== 0 && p <= this.count * CODES ? (p - 1) % CODES : undefined;
  }

  hasId(id: number): boolean {
    const packed = this.records.packed;
    const p = id < packed.length ? packed[id] : 0;
    return p !== 0 && p <= this.count * CODES;
  }

  get(key: string): number | undefined {
    return this.codeOf(this.labels.id(key));
  }

  has(key: string): boolean {
    return this.hasId(this.labels.id(key));
  }

  /** Set `key` to `code` unless it is set already (the first code stays). False if it was. */
  add(key: string, code: number): boolean {
    const id = this.labels.id(key);
    const n = this.count;
    const records = this.records;
    const packed = id < records.packed.length ? records.packed[id] : 0;
    if (packed !== 0 && packed <= n * CODES) return false;
    // The usual case, at the end of records with room: the rest is apart (addApart), so that
    // V8 inlines this where transactions are recorded.
    if (records.size !== n || id >= records.packed.length || n >= records.order.length) return this.addApart(id, code, packed);
    records.packed[id] = n * CODES + code + 1;
    records.order[n] = id;
    records.size = n + 1;
    this.count = n + 1;
    return true;
  }

  /** add, behind the end of the shared records (a replay, or a fork) or where they must grow. */
  private addApart(id: number, code: number, packed: number): boolean {
    const n = this.count;
    let records = this.records;
    const mine = n * CODES + code + 1;
    if (records.size !== n) {
      if (packed === mine) {
        this.count = n + 1;
        return true;
      }
      records = this.fork();
    }
    // Doubling: every node's stores grow by the same labels, and a typed array's allocation
    // costs far more than its copy (a 60 s 2PC run grew each store a dozen times by half).
    if (id >= records.packed.length) records.packed = grow(records.packed, Math.max(id + 1, 2 * records.packed.length));
    if (n >= records.order.length) records.order = grow(records.order, Math.max(n + 1, 2 * records.order.length));
    records.packed[id] = mine;
    records.order[n] = id;
    records.size = n + 1;
    this.count = n + 1;
    return true;
  }

  /** The keys and codes this store sees, in insertion order. */
  entries(): [string, number][] {
    const out: [string, number][] = [];
    const { packed, order } = this.records;
    for (let k = 0; k < this.count; k++) out.push([this.labels.names[order[k]], (packed[order[k]] - 1) % CODES]);
    return out;
  }

  /** A store that shares this one's records and sees what this one sees now. O(1). */
  share(): AppendOnlyMap {
    return new AppendOnlyMap(this.labels, this.records, this.count);
  }

  /** Records of its own, holding the first `count`, for writing where the shared ones hold other ones. */
  private fork(): Records {
    const { packed, order } = this.records;
    const own: Records = { packed: new Float64Array(packed.length), order: order.slice(0, this.count + 16), size: this.count };
    for (let k = 0; k < this.count; k++) own.packed[order[k]] = packed[order[k]];
    this.records = own;
    return own;
  }
}
