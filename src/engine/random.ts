// Seeded random streams: a pure function of (seed, stream path), no global state.
// sfc32 (Chris Doty-Humphrey's Small Fast Counting generator): 128 bits of state, fast in JS,
// passes PractRand to 2^40+. Child streams are derived by hashing the root seed with a label,
// so drawing from one stream never shifts another (TigerBeetle VOPR habit).

/** The full state of a stream: four 32-bit words (signed integers). Plain data, safe to clone. */
export type RandomState = [number, number, number, number];

/** splitmix32-style finalizer, used to spread seeds and labels over 32 bits. */
function mix32(x: number): number {
  x = (x + 0x9e3779b9) | 0;
  x = Math.imul(x ^ (x >>> 16), 0x21f0aaad);
  x = Math.imul(x ^ (x >>> 15), 0x735a2d97);
  return (x ^ (x >>> 15)) >>> 0;
}

function hashLabel(seed: number, label: string): number {
  let h = mix32(seed >>> 0 ^ 0x5bd1e995);
  for (let i = 0; i < label.length; i++) h = mix32(h ^ label.charCodeAt(i));
  return h;
}

/** A deterministic pseudo-random stream. */
export class RandomStream {
  private a = 0;
  private b = 0;
  private c = 0;
  private d = 0;

  private constructor(state: RandomState) {
    this.load(state);
  }

  /** The root stream of a run. Seeds are taken modulo 2^32. */
  static fromSeed(seed: number): RandomStream {
    return RandomStream.derive(seed, 'root');
  }

  /** A stream independent of every other label under the same seed. */
  static derive(seed: number, label: string): RandomStream {
    const s = hashLabel(Math.floor(seed) >>> 0, label);
    const stream = new RandomStream([s, mix32(s ^ 1), mix32(s ^ 2), 1]);
    for (let i = 0; i < 12; i++) stream.nextUint32(); // warm up, as the reference does
    return stream;
  }

  static fromState(state: RandomState): RandomStream {
    return new RandomStream([state[0], state[1], state[2], state[3]]);
  }

  state(): RandomState {
    return [this.a, this.b, this.c, this.d];
  }

  /** Continue from a saved state (this stream then draws what fromState(state) would). */
  load(state: RandomState): void {
    // As signed words (the same bits): a field that ever holds a number beyond the small-integer
    // range is stored as a boxed double in every stream, and step() then unboxes and reboxes
    // four of them per draw. A seed's words are unsigned; step() keeps them signed.
    this.a = state[0] | 0;
    this.b = state[1] | 0;
    this.c = state[2] | 0;
    this.d = state[3] | 0;
  }

  /**
   * One step of sfc32, as a signed word: V8 keeps an int32 as a small integer, where the
   * unsigned word above 2^31 that callers want is a boxed number once it crosses a call (a
   * latency per message and a timeout per heartbeat make these the engine's hottest calls).
   */
  private step(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t;
  }

  /** A uniformly distributed unsigned 32-bit integer. */
  nextUint32(): number {
    return this.step() >>> 0;
  }

  /** A float in [0, 1). */
  nextFloat(): number {
    return (this.step() >>> 0) / 4294967296;
  }

  /**
   * An integer in [min, max], both inclusive: min + floor(nextFloat() · (max − min + 1)), to the
   * bit. t · n / 2^32 equals nextFloat() · n exactly: dividing by a power of two only moves the
   * exponent, so both are t · n rounded once.
   */
  intBetween(min: number, max: number): number {
    if (max <= min) return min;
    return min + Math.floor(((this.step() >>> 0) * (max - min + 1)) / 4294967296);
  }

  /** True with probability `ratio`; draws nothing when the ratio is 0 or 1. */
  chance(ratio: number): boolean {
    if (ratio <= 0) return false;
    if (ratio >= 1) return true;
    return this.nextFloat() < ratio;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.intBetween(0, items.length - 1)];
  }
}
