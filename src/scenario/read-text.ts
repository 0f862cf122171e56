// Scenario bytes → text, the same for every door (a file, standard input, the import button,
// an inflated link): strict UTF-8 (a malformed byte is an error, not a silent U+FFFD) and a
// byte cap checked before anything is decoded. A leading byte order mark is kept here and
// dropped in one place only, parseScenarioText, so that text and bytes agree on it.

import type { Note } from '../engine/types';
import { LIMITS } from './format';
import { failure, fieldProblem } from './validate';

export type TextResult = { ok: true; text: string } | { ok: false; error: string; problem: Note };

/** The problem of input longer than the cap (readers stop at cap + 1 bytes and report this). */
export const TOO_LARGE_PROBLEM: Note = fieldProblem('scenario', 'scenario.error.tooManyBytes', { max: LIMITS.jsonBytesMax });
/** The same in English, for the CLI. */
export const TOO_LARGE = failure(TOO_LARGE_PROBLEM).error;

export function decodeScenarioBytes(bytes: Uint8Array): TextResult {
  if (bytes.length > LIMITS.jsonBytesMax) return failure(TOO_LARGE_PROBLEM);
  let text: string;
  try {
    // fatal: reject malformed UTF-8; ignoreBOM: keep a leading BOM in the text (see above).
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return failure(fieldProblem('scenario', 'scenario.error.notUtf8'));
  }
  return { ok: true, text };
}
