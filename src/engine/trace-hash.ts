// An incremental 64-bit (two 32-bit lanes) hash of everything a run records, so that two runs
// can be compared by one string. Lane A is FNV-1a over 32-bit words; lane B a multiply-rotate mix.

import type { Note, NoteParams } from './types';

/** The two lanes, and the time last mixed in (-1 before any). An Int32Array, not an array of
 * numbers: every mix stores an int32, and a plain array holds those beyond the small-integer
 * range as doubles (a conversion on every store). */
export type HashState = Int32Array;

export const initialHash = (): HashState => Int32Array.of(0x811c9dc5, 0x1b873593, -1);

export function mixWord(h: HashState, word: number): void {
  h[0] = Math.imul(h[0] ^ (word | 0), 0x01000193);
  let b = Math.imul((h[1] ^ (word | 0)) | 0, 0xcc9e2d51);
  b = (b << 15) | (b >>> 17);
  h[1] = Math.imul(b, 0x1b873593) ^ (h[1] >>> 13);
}

/**
 * mixWord of the length, then of the UTF-16 units two to a word (half the rounds of one per
 * unit: notes are most of the text a run records); the lanes stay in locals during the loop.
 */
export function mixString(h: HashState, text: string): void {
  const n = text.length;
  mixWord(h, n);
  let a = h[0];
  let b = h[1];
  for (let i = 0; i < n; i += 2) {
    const word = i + 1 < n ? text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16) : text.charCodeAt(i);
    a = Math.imul(a ^ word, 0x01000193);
    let x = Math.imul(b ^ word, 0xcc9e2d51);
    x = (x << 15) | (x >>> 17);
    b = Math.imul(x, 0x1b873593) ^ (b >>> 13);
  }
  h[0] = a;
  h[1] = b;
}

export function hashHex(h: HashState): string {
  return (h[0] >>> 0).toString(16).padStart(8, '0') + (h[1] >>> 0).toString(16).padStart(8, '0');
}

/** One 32-bit word standing for a string (FNV-1a over its UTF-16 units): a trace word's hash, computed once per word. */
export function stringWord(text: string): number {
  let a = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) a = Math.imul(a ^ text.charCodeAt(i), 0x01000193);
  return a | 0;
}

/**
 * A note's parameters, in their (fixed, per call site) order: numbers as words (non-integers by
 * their text), strings by content, node lists by length and ids, nested notes by key and params.
 */
export function mixParams(h: HashState, params: NoteParams): void {
  for (const name in params) {
    const value = params[name];
    if (typeof value === 'number') {
      if (Number.isInteger(value)) mixWord(h, value);
      else mixString(h, String(value));
    } else if (typeof value === 'string') mixString(h, value);
    else if (Array.isArray(value)) {
      mixWord(h, ~value.length);
      for (const id of value as readonly number[]) mixWord(h, id);
    } else {
      const note = value as Note;
      mixWord(h, stringWord(note.key));
      if (note.params) mixParams(h, note.params);
    }
  }
}
