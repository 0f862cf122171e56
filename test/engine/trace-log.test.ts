// TraceLog keeps which parameters are an entry's by counting (a flag per entry, a count per
// block of 64): paramsOf must find each entry's own, across blocks, after a restore that replays
// the same entries, in a snapshot, and on the page's copy that receives only the flags.

import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../src/engine/random';
import { NOTE_ENTRY, TIMER_ENTRY, TraceLog } from '../../src/engine/trace-log';
import type { NoteParams } from '../../src/engine/types';

function filled(rows: number, seed: number): { trace: TraceLog; expected: (NoteParams | undefined)[] } {
  const random = RandomStream.derive(seed, 'trace-log');
  const trace = new TraceLog();
  const expected: (NoteParams | undefined)[] = [];
  for (let i = 0; i < rows; i++) {
    // Runs of entries with and without parameters, some blocks with none at all.
    const params = random.intBetween(0, 9) < (i % 512 < 128 ? 0 : 4) ? { i } : undefined;
    trace.push(i, params ? NOTE_ENTRY : TIMER_ENTRY, 1, -1, trace.wordId(params ? 'note' : 'tick'), params);
    expected.push(params);
  }
  return { trace, expected };
}

describe('TraceLog parameters', () => {
  it('each entry gets its own parameters, across blocks', () => {
    const { trace, expected } = filled(5_000, 1);
    for (let i = 0; i < expected.length; i++) expect(trace.paramsOf(i)).toBe(expected[i]);
    expect(trace.paramsCount).toBe(expected.filter(Boolean).length);
  });

  it('a restore that replays the same entries, a snapshot and a copy fed only the flags agree', () => {
    const { trace, expected } = filled(3_000, 2);
    // Back to entry 1 000 (with the parameters before it), then the same entries again.
    const before = expected.slice(0, 1_000).filter(Boolean).length;
    trace.setCount(1_000, before);
    for (let i = 1_000; i < expected.length; i++) trace.push(i, expected[i] ? NOTE_ENTRY : TIMER_ENTRY, 1, -1, trace.wordId(expected[i] ? 'note' : 'tick'), expected[i]);
    const snapshot = trace.snapshot();
    // The page's copy: the columns in two parts, the counts made from the flags.
    const page = new TraceLog();
    for (const [first, end] of [
      [0, 1_300],
      [1_300, 3_000],
    ]) {
      page.hasParams = new Uint8Array(end);
      page.hasParams.set(trace.hasParams.subarray(0, end));
      page.countParams(first, end, expected.slice(0, first).filter(Boolean).length);
    }
    for (let i = 0; i < expected.length; i++) page.params.set(i, trace.params.get(i));
    for (let i = 0; i < expected.length; i++) {
      expect(trace.paramsOf(i)).toBe(expected[i]);
      expect(snapshot.paramsOf(i)).toBe(expected[i]);
      expect(page.paramsOf(i)).toBe(expected[i]);
    }
  });
});
