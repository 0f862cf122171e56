// The one renderer of words-as-data (engine/types.ts Note): trace notes, action outcomes,
// violation details, invariant names, scenario errors. Used by the event log, the diagram, the
// inspector and the violation chain (the chosen language), and by the CLI and the exports
// (English, with the same catalog, so their text is the one they printed before notes were data).
//
// Parameter convention (the protocols and the engine follow it):
// - a number or a string is filled into its `{{name}}` placeholder as it is; node ids are
//   numbers and the catalog writes the "S" ("S{{node}}"), values and transaction names are
//   strings the catalog quotes as the language quotes;
// - a list of numbers is a list of node ids, rendered "S1, S2" (Chinese "S1、S2");
// - a Note ({ key, params }) is a reason or a phrase inside the sentence: rendered first, in the
//   same language, by the same rules (so `why: { key: 'raft.why.noLeader' }` fills `{{why}}`).

import type { Note, NoteParam, NoteParams } from '../engine/types';
import { currentLanguage, t, type Language } from './translate';

function renderParam(value: NoteParam, language: Language): string | number {
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const separator = t('note.list.separator', { lng: language });
    return (value as readonly number[]).map((id) => `S${id}`).join(separator);
  }
  return renderNote(value as Note, language);
}

/** The note's parameters, rendered (for callers that fill a key of their own with them). */
export function renderParams(params: NoteParams | undefined, language: Language = currentLanguage()): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  if (params) for (const name in params) out[name] = renderParam(params[name], language);
  return out;
}

/** The note's sentence in `language` (default: the language the page speaks now). */
export function renderNote(note: Note, language: Language = currentLanguage()): string {
  return t(note.key, { ...renderParams(note.params, language), lng: language });
}

/** English, for the CLI and the exports. */
export const englishNote = (note: Note): string => renderNote(note, 'en');
