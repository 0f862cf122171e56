// Scenario bytes → text, the same for every door (a file, standard input, the import button,
// an inflated link): strict UTF-8 (a malformed byte is an error, not a silent U+FFFD) and a
// byte cap checked before anything is decoded. A leading byte order mark is kept here and
// dropped in one place only, parseScenarioText, so that text and bytes agree on it.

import { LIMITS } from './format';

export type TextResult = { ok: true; text: string } | { ok: false; error: string };

/** The error for input longer than the cap (readers stop at cap + 1 bytes and report this). */
export const TOO_LARGE = `scenario: larger than ${LIMITS.jsonBytesMax} bytes`;

export function decodeScenarioBytes(bytes: Uint8Array): TextResult {
  if (bytes.length > LIMITS.jsonBytesMax) return { ok: false, error: TOO_LARGE };
  let text: string;
  try {
    // fatal: reject malformed UTF-8; ignoreBOM: keep a leading BOM in the text (see above).
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, error: 'scenario: not valid UTF-8 text' };
  }
  return { ok: true, text };
}
