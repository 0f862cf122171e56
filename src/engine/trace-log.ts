// The append-only trace of a run, stored column-wise; `get(i)` materializes a TraceEntry.
// Words are data: an entry's word (a note's catalog key, a timer's name, a lost message's fate)
// is an index into an interned table, and a note's parameters are the next ones in a params
// column, so an entry costs a few typed-array cells and, only when it has parameters, one
// reference. Which parameters are an entry's is counted, not stored: a flag per entry, and per
// block of 64 entries how many parameters come before it (an index per entry cost 4 bytes for
// every delivery and timer, none of which has parameters: 6 MB of a worst-case 3PC run's 122).

import { expectedRows, grow, growToward } from './columns';
import { Segments } from './segments';
import type { MessageFate, NoteParams, TraceEntry, TraceKind } from './types';

export const TRACE_KINDS: readonly TraceKind[] = ['deliver', 'lost', 'timer', 'action', 'note'];
export const DELIVER_ENTRY = 0;
export const LOST_ENTRY = 1;
export const TIMER_ENTRY = 2;
export const ACTION_ENTRY = 3;
export const NOTE_ENTRY = 4;

/** Entries per block of the parameters' count (a power of two). */
const BLOCK_BITS = 6;
const BLOCK_MASK = (1 << BLOCK_BITS) - 1;

export class TraceLog {
  count = 0;
  at = new Int32Array(64);
  kind = new Uint8Array(64);
  /** 0 when no node is involved. */
  node = new Uint8Array(64);
  /** Message id (deliver, lost) or action index (action); -1 otherwise. */
  ref = new Int32Array(64);
  /** Index into `words` (note or action: its key; timer: its name; lost: the fate), or -1. */
  word = new Int32Array(64);
  /** 1 when the entry has parameters (the next ones in `params`), else 0. */
  hasParams = new Uint8Array(64);
  /** Per block of 64 entries: how many of the entries before it have parameters. */
  paramsBefore = new Int32Array(4);
  /** The interned words, in order of first use; never shortened (a restore keeps them). */
  words: string[] = [];
  /** Parameters of the entries that have some; the ones past paramsCount belong to entries past `count`. */
  params = new Segments<NoteParams>();
  paramsCount = 0;
  /** The simulated time the run ends at (0: unknown): the columns grow toward what it will hold. */
  horizon = 0;
  private wordIds = new Map<string, number>();

  /** The index of a word, interning it on first use. */
  wordId(word: string): number {
    let id = this.wordIds.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(word);
      this.wordIds.set(word, id);
    }
    return id;
  }

  push(at: number, kind: number, node: number, ref: number, word: number, params: NoteParams | undefined): void {
    const i = this.count++;
    if (i >= this.at.length) this.grow(i + 1, at);
    if ((i & BLOCK_MASK) === 0) this.startBlock(i, this.paramsCount);
    this.at[i] = at;
    this.kind[i] = kind;
    this.node[i] = node;
    this.ref[i] = ref;
    this.word[i] = word;
    if (params === undefined) this.hasParams[i] = 0;
    else {
      this.hasParams[i] = 1;
      this.params.set(this.paramsCount++, params);
    }
  }

  /** Room for `n` rows (apart from push, which V8 then inlines where entries are recorded: see MessageLog.grow). */
  private grow(n: number, at: number): void {
    const expected = expectedRows(n, at, this.horizon);
    this.at = growToward(this.at, n, expected);
    this.kind = growToward(this.kind, n, expected);
    this.node = growToward(this.node, n, expected);
    this.ref = growToward(this.ref, n, expected);
    this.word = growToward(this.word, n, expected);
    this.hasParams = growToward(this.hasParams, n, expected);
  }

  /** Entry i (the first of its block) has `before` parameters before it. */
  private startBlock(i: number, before: number): void {
    const block = i >> BLOCK_BITS;
    if (block >= this.paramsBefore.length) this.paramsBefore = grow(this.paramsBefore, block + 1);
    this.paramsBefore[block] = before;
  }

  /**
   * Count the parameters of rows first..end-1 whose hasParams cells are filled, the first
   * having `before` before it (the page's copy, which receives the cells, not the counts).
   */
  countParams(first: number, end: number, before: number): void {
    let count = before;
    for (let i = first; i < end; i++) {
      if ((i & BLOCK_MASK) === 0) this.startBlock(i, count);
      count += this.hasParams[i];
    }
  }

  /** Entry i's word ('' when it has none). */
  wordOf(i: number): string {
    const w = this.word[i];
    return w >= 0 ? this.words[w] : '';
  }

  /** Entry i's parameters (undefined when it has none). */
  paramsOf(i: number): NoteParams | undefined {
    const has = this.hasParams;
    if (has[i] === 0) return undefined;
    let p = this.paramsBefore[i >> BLOCK_BITS];
    for (let j = i & ~BLOCK_MASK; j < i; j++) p += has[j];
    return this.params.get(p);
  }

  get(i: number): TraceEntry {
    const kind = TRACE_KINDS[this.kind[i]];
    const entry: TraceEntry = { at: this.at[i], kind };
    if (this.node[i] !== 0) entry.node = this.node[i];
    const ref = this.ref[i];
    if (ref >= 0) {
      if (kind === 'action') entry.action = ref;
      else entry.message = ref;
    }
    if (this.word[i] >= 0) {
      const word = this.words[this.word[i]];
      if (kind === 'timer') entry.timer = word;
      else if (kind === 'lost') entry.fate = word as MessageFate;
      else {
        const params = this.paramsOf(i);
        entry.note = params === undefined ? { key: word } : { key: word, params };
      }
    }
    return entry;
  }

  all(): TraceEntry[] {
    const out = new Array<TraceEntry>(this.count);
    for (let i = 0; i < this.count; i++) out[i] = this.get(i);
    return out;
  }

  /** Move the end of the trace (restoring a checkpoint); entries past it are kept, as in MessageLog. */
  setCount(count: number, paramsCount: number): void {
    this.count = count;
    this.paramsCount = paramsCount;
  }

  /** Append words interned elsewhere (the page's copy of a run, fed by the worker). */
  addWords(first: number, words: readonly string[]): void {
    for (let k = 0; k < words.length; k++) {
      this.words[first + k] = words[k];
      this.wordIds.set(words[k], first + k);
    }
  }

  snapshot(): TraceLog {
    const copy = new TraceLog();
    copy.count = this.count;
    copy.at = this.at.slice(0, this.count);
    copy.kind = this.kind.slice(0, this.count);
    copy.node = this.node.slice(0, this.count);
    copy.ref = this.ref.slice(0, this.count);
    copy.word = this.word.slice(0, this.count);
    copy.hasParams = this.hasParams.slice(0, this.count);
    copy.paramsBefore = this.paramsBefore.slice(0, (this.count >> BLOCK_BITS) + 1);
    copy.params = this.params.copy(this.paramsCount);
    copy.paramsCount = this.paramsCount;
    copy.addWords(0, this.words);
    return copy;
  }
}
