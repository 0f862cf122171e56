// A growable array of references in fixed-size segments: the run record's per-row objects
// (message payloads, note parameters). A plain array grows by copying itself into one half again
// as long; a 1.4 M-row record copied its payloads some 30 times, each old copy a large object
// left for a major collection: 35 MB of garbage at the peak of a worst-case run (issue 16), for
// 11 MB of references. Segments are allocated once each and never copied. They are small (4 096
// rows, 32 KB): a segment is allocated young and filled while young, where storing a young
// payload costs no write barrier, and is promoted once full. A 65 536-row segment (512 KB) went
// straight to the large-object space, old from birth, so every store of a fresh payload into it
// paid the old-to-new barrier: Raft ran 10 %, 3PC 4 % slower (events/s, issue 13).
// Contract: get(i) is what set(i) last wrote (undefined if nothing); rows are never removed.

/** Rows per segment: a segment (32 KB of references, under V8's large-object size) is allocated whole, once. */
const SEGMENT_BITS = 12;
const SEGMENT_ROWS = 1 << SEGMENT_BITS;
const ROW_MASK = SEGMENT_ROWS - 1;

export class Segments<T> {
  /** The first segment grows like a plain array (a short run allocates little); the next ones are allocated whole. */
  private segments: T[][] = [];

  get(i: number): T {
    return this.segments[i >>> SEGMENT_BITS]?.[i & ROW_MASK] as T;
  }

  set(i: number, value: T): void {
    const s = i >>> SEGMENT_BITS;
    const segment = this.segments[s] ?? this.addSegments(s);
    segment[i & ROW_MASK] = value;
  }

  /** Segments up to index s (apart from set, which V8 then inlines where rows are stored); returns segment s. */
  private addSegments(s: number): T[] {
    while (this.segments.length <= s) this.segments.push(this.segments.length === 0 ? [] : new Array<T>(SEGMENT_ROWS));
    return this.segments[s];
  }

  /** Rows first..end-1, as a plain array. */
  slice(first: number, end: number): T[] {
    const out = new Array<T>(Math.max(0, end - first));
    for (let i = first; i < end; i++) out[i - first] = this.get(i);
    return out;
  }

  /** A store sharing nothing with this one, with its rows 0..count-1. */
  copy(count: number): Segments<T> {
    const out = new Segments<T>();
    for (let i = 0; i < count; i++) out.set(i, this.get(i));
    return out;
  }
}
