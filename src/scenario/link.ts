// Share links: the scenario (and the playhead) in the URL fragment.
// Format: `#s=1.<base64url(deflate-raw(JSON))>&t=<playhead ms>`. The "1." is the link encoding's
// version, so that a later encoding can be told apart. Decoding never throws: anything
// malformed comes back as a message, and the inflated size is capped (no zip bombs).

import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate';
import { LIMITS, type Scenario } from './format';
import { parseScenario } from './validate';

const LINK_VERSION = '1';
/** Longest fragment we even look at, in characters. */
const FRAGMENT_CHARS_MAX = 400_000;

export type LinkResult =
  | { ok: true; scenario: Scenario; time: number | null }
  | { ok: false; error: string }
  | { ok: true; scenario: null; time: null };

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i];
    const b = i + 1 < bytes.length ? bytes[i + 1] : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2] : 0;
    const triple = (a << 16) | (b << 8) | c;
    out += ALPHABET[(triple >> 18) & 63] + ALPHABET[(triple >> 12) & 63];
    if (i + 1 < bytes.length) out += ALPHABET[(triple >> 6) & 63];
    if (i + 2 < bytes.length) out += ALPHABET[triple & 63];
  }
  return out;
}

/** Null when the text is not base64url. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const digit = code < 128 ? LOOKUP[code] : -1;
    if (digit < 0) return null;
    value = (value << 6) | digit;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

/** The URL fragment (without '#') for a scenario and an optional playhead time. */
export function encodeShareFragment(scenario: Scenario, time?: number): string {
  const json = JSON.stringify(scenario);
  const packed = toBase64Url(deflateSync(strToU8(json), { level: 9 }));
  return `s=${LINK_VERSION}.${packed}` + (time !== undefined ? `&t=${Math.max(0, Math.round(time))}` : '');
}

function inflateCapped(bytes: Uint8Array, maxBytes: number): Uint8Array | string {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let tooLarge = false;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxBytes) tooLarge = true;
    else chunks.push(chunk);
  });
  try {
    inflate.push(bytes, true);
  } catch {
    return 'link: the scenario data is corrupt (could not be decompressed)';
  }
  if (tooLarge) return 'link: the scenario is too large';
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** Decode a URL fragment (with or without '#'). An empty fragment is not an error. */
export function decodeShareFragment(fragment: string): LinkResult {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text.trim() === '') return { ok: true, scenario: null, time: null };
  if (text.length > FRAGMENT_CHARS_MAX) return { ok: false, error: 'link: too long' };
  const fields = new Map<string, string>();
  for (const part of text.split('&')) {
    const eq = part.indexOf('=');
    if (eq <= 0) return { ok: false, error: 'link: not a Consensus Lab scenario link' };
    fields.set(part.slice(0, eq), part.slice(eq + 1));
  }
  const packed = fields.get('s');
  if (packed === undefined) return { ok: false, error: 'link: no scenario in the link (missing "s=")' };
  const dot = packed.indexOf('.');
  const version = dot > 0 ? packed.slice(0, dot) : '';
  if (version !== LINK_VERSION) return { ok: false, error: `link: unsupported link version "${version.slice(0, 8)}"` };
  const bytes = fromBase64Url(packed.slice(dot + 1));
  if (bytes === null) return { ok: false, error: 'link: the scenario data is not valid base64url' };
  const inflated = inflateCapped(bytes, LIMITS.jsonCharsMax);
  if (typeof inflated === 'string') return { ok: false, error: inflated };
  let json: unknown;
  try {
    json = JSON.parse(strFromU8(inflated));
  } catch {
    return { ok: false, error: 'link: the scenario data is not valid JSON' };
  }
  const parsed = parseScenario(json);
  if (!parsed.ok) return { ok: false, error: `link: ${parsed.error}` };
  let time: number | null = null;
  const t = fields.get('t');
  if (t !== undefined) {
    if (!/^\d{1,7}$/.test(t)) return { ok: false, error: 'link: t (playhead) must be a whole number of milliseconds' };
    time = Math.min(Number(t), parsed.scenario.until);
  }
  return { ok: true, scenario: parsed.scenario, time };
}
