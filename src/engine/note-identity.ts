// A Note as one string, equal for equal notes: how the engine tells a violation already recorded
// from a new one. Parameters in their own order (fixed per call site), so no sorting is needed.

import type { Note, NoteParam } from './types';

function paramIdentity(value: NoteParam): string {
  if (typeof value === 'number') return 'n' + value;
  if (typeof value === 'string') return 's' + value.length + ':' + value;
  if (Array.isArray(value)) return 'l' + value.join(',');
  return 'k' + noteIdentity(value as Note);
}

export function noteIdentity(note: Note): string {
  let out = note.key + '(';
  const params = note.params;
  if (params) for (const name in params) out += name + '=' + paramIdentity(params[name]) + ';';
  return out + ')';
}
