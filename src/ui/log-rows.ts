// Where each event log line sits when lines wrap: a line's height is its estimated number of
// wrapped lines (text length over the characters that fit), and the tops are prefix sums, so
// the windowed log still finds the lines in view by binary search. Pure; estimates err long
// (a line gets blank space rather than overlapping the next).

import { messageNote, type RunRecord } from '../store/run';
import { TRACE_KINDS } from '../engine/trace-log';
import type { Note, NoteParam } from '../engine/types';
import { currentLanguage, ownText, type Language } from '../i18n/translate';

export const LINE_HEIGHT_PX = 18;
export const ROW_PADDING_PX = 4;
/** Characters a lost message adds after its label (" — dropped by the network"). */
const FRAME_CHARS = 26;

/** Columns a text takes: CJK characters are about two Latin ones wide. */
function width(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x2e80) n++;
  return n;
}

/** Per language, each key's template width: a run's million lines read a few dozen keys. */
const templateWidths = new Map<Language, Map<string, number>>();

/** The width of a key's template without its placeholders (noteWidth adds each parameter's own width). */
function templateWidth(key: string, language: Language): number {
  let widths = templateWidths.get(language);
  if (widths === undefined) templateWidths.set(language, (widths = new Map()));
  let w = widths.get(key);
  if (w === undefined) {
    w = width((ownText(key, language) ?? ownText(key, 'en') ?? key).replace(/\{\{[^}]*\}\}/g, ''));
    widths.set(key, w);
  }
  return w;
}

/** At least the width of the note as rendered: its template plus every parameter's own width. */
function noteWidth(note: Note, language: Language): number {
  let w = templateWidth(note.key, language);
  const params = note.params;
  if (params) for (const name in params) w += paramWidth(params[name], language);
  return w;
}

function paramWidth(value: NoteParam, language: Language): number {
  if (typeof value === 'number') return String(value).length;
  if (typeof value === 'string') return width(value);
  if (Array.isArray(value)) return value.length * 6;
  return noteWidth(value as Note, language);
}

/** The text length of trace entry `index` without building its sentence (an estimate that errs long). */
export function lineLength(run: RunRecord, index: number, language: Language = currentLanguage()): number {
  const trace = run.trace;
  const kind = TRACE_KINDS[trace.kind[index]];
  const ref = trace.ref[index];
  const word = trace.wordOf(index);
  // Words around a timer's name or a bare kind in another language than English (a few CJK characters).
  const frame = language === 'en' ? 0 : 12;
  if ((kind === 'deliver' || kind === 'lost') && ref >= 0 && ref < run.messages.count) {
    // The label's width from its note, not its rendered text: a long run has a million of them.
    return 10 + noteWidth(messageNote(run.protocol, run.messages.payloads.get(ref)).note, language) + (kind === 'lost' ? FRAME_CHARS : 0);
  }
  if (kind === 'timer') return width(word) + 20 + frame;
  if (!word) return kind.length + frame;
  return noteWidth({ key: word, params: trace.paramsOf(index) }, language);
}

export interface RowLayout {
  /** tops[r] is row r's top in px; tops[count] the total height (the array may be longer). */
  tops: Float64Array;
  count: number;
}

export function layoutRows(run: RunRecord, rows: readonly number[] | null, count: number, charsPerLine: number, previous: RowLayout | null = null): RowLayout {
  // A growing run appends rows: the rows `previous` laid out (same run, rows and width) keep
  // their tops, so each growth costs its new rows, not the whole log again.
  const reused = previous !== null && previous.count <= count ? previous.count : 0;
  const tops = reused > 0 && previous!.tops.length > count ? previous!.tops : new Float64Array(Math.ceil((count + 1) * (previous ? 1.5 : 1)));
  if (reused > 0 && tops !== previous!.tops) tops.set(previous!.tops.subarray(0, reused + 1));
  const perLine = Math.max(12, charsPerLine);
  for (let row = reused; row < count; row++) {
    const index = rows ? rows[row] : row;
    const lines = Math.max(1, Math.ceil(lineLength(run, index) / perLine));
    tops[row + 1] = tops[row] + lines * LINE_HEIGHT_PX + ROW_PADDING_PX;
  }
  return { tops, count };
}

/** The row whose span holds `y` (clamped to the rows). */
export function rowAt(layout: RowLayout, y: number): number {
  let lo = 0;
  let hi = layout.count - 1;
  if (hi < 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (layout.tops[mid] <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
