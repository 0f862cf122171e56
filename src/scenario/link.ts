// Share links: the scenario (and the playhead) in the URL fragment.
// Format: `#s=1.<base64url(deflate-raw(JSON))>&t=<playhead ms>`. The "1." is the link encoding's
// version, so that a later encoding can be told apart. Decoding never throws: anything
// malformed comes back as a one-line message. Decoding is bounded by work, not only by output:
// an over-long link is refused before anything is decoded, inflating goes in small steps that
// stop as soon as the output passes the cap, a stream that consumes input without producing
// output (empty blocks: the "Huffman bomb") is refused after 2 KB, and a 2 s clock backstops
// the rest. The text then goes through the same door as a file (read-text.ts, validate.ts).

import { Inflate, deflateSync, strToU8 } from 'fflate';
import { LIMITS, type Scenario } from './format';
import type { Note } from '../engine/types';
import { quoteText } from './quote';
import { decodeScenarioBytes } from './read-text';
import { failure, fieldProblem, parseScenarioText } from './validate';

const LINK_VERSION = '1';
/**
 * Longest fragment we even look at, in characters. The largest legitimate link measured is a
 * 10 000-action scenario of network actions with random latencies and three-decimal ratios:
 * 223 740 characters (10 000 requests with random 64-character values: 199 488; a realistic
 * mix of crashes, partitions and requests: 56 088). The cap leaves a third more than that.
 */
export const FRAGMENT_CHARS_MAX = 300_000;
/**
 * Compressed bytes fed to the inflater per step: 4 KB over the first 32 KB, then 8 KB. A step
 * bounds the work done before the next look: deflate's best ratio is 1032:1, so a step yields
 * at most ~8.5 MB and the output cap is noticed within a step of being passed; padding (empty
 * blocks, each a Huffman table build) is noticed within a step too, and a step of it costs a
 * cold Chromium about as many ms as it holds blocks (16 KB steps let a padded link take 0.6-1.3 s
 * longer than a refused one, against 0.1-0.2 s with 4 KB). Each step also costs fflate fresh
 * output buffers: the largest legitimate link inflates in a median 74 ms cold with 1 KB steps
 * over its first 32 KB then 4 KB, 42 ms with these, 38 ms with 16 KB throughout (9 fresh
 * processes each, here).
 */
const inflateStepBytes = (fed: number): number => (fed < 32_768 ? 4096 : 8192);
/**
 * How far the compressed bytes fed may run ahead of the bytes produced. JSON never deflates to
 * more than its own size, and fflate emits as it decodes (a block header, a few hundred bytes,
 * comes before its output; a stored block, up to 64 KB, comes out once it is whole: links
 * with stored blocks over 2 KB are refused, and deflate only writes those for data that does
 * not compress, which JSON always does). A stream further ahead is padding — empty blocks,
 * each costing a Huffman table build of up to 2^15 entries while producing nothing — and is
 * refused. Deterministic: the same link is refused on every machine, at the same byte.
 */
const INPUT_AHEAD_OF_OUTPUT_MAX = 2048;
/**
 * Wall time one link may spend inflating: a backstop, for the one attack the deterministic
 * bounds above cannot tell from JSON — empty blocks interleaved with cheap output (a run of
 * spaces after each), which keeps the output ahead of the input at JSON's own ratio. The
 * length cap bounds its work (fflate builds two tables of up to 2^15 entries per ~40 bytes):
 * 0.5 s in Node here, 1.5–3.3 s in a cold Chromium on this loaded machine. A clock is not
 * deterministic — a slow enough device could refuse a link another opens — so it is set well
 * above the largest legitimate link, which takes 0.06–1.1 s to inflate in the same cold
 * Chromium (30–50 ms warm in Node).
 */
const INFLATE_MS_MAX = 2000;

export type LinkResult =
  | { ok: true; scenario: Scenario; time: number | null }
  | { ok: false; error: string; problem: Note }
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

/** The inflated bytes, or why they were refused (a link.error.* key). Never more than one step's output past `maxBytes`. */
export function inflateBounded(bytes: Uint8Array, maxBytes: number): Uint8Array | string {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total <= maxBytes) chunks.push(chunk);
  });
  const started = performance.now();
  try {
    for (let fed = 0; fed < bytes.length; ) {
      const end = Math.min(bytes.length, fed + inflateStepBytes(fed));
      inflate.push(bytes.subarray(fed, end), end === bytes.length);
      fed = end;
      if (total > maxBytes) return 'link.error.tooLarge';
      if (fed - total > INPUT_AHEAD_OF_OUTPUT_MAX) return 'link.error.padded';
      if (performance.now() - started > INFLATE_MS_MAX) return 'link.error.slow';
    }
  } catch {
    return 'link.error.corrupt';
  }
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
  if (text.length > FRAGMENT_CHARS_MAX) return failure(fieldProblem('link', 'link.error.tooLong', { length: text.length, max: FRAGMENT_CHARS_MAX }));
  const fields = new Map<string, string>();
  for (const part of text.split('&')) {
    const eq = part.indexOf('=');
    if (eq <= 0) return failure(fieldProblem('link', 'link.error.notOurs'));
    fields.set(part.slice(0, eq), part.slice(eq + 1));
  }
  const packed = fields.get('s');
  if (packed === undefined) return failure(fieldProblem('link', 'link.error.noScenario'));
  const dot = packed.indexOf('.');
  const version = dot > 0 ? packed.slice(0, dot) : '';
  if (version !== LINK_VERSION) return failure(fieldProblem('link', 'link.error.version', { version: quoteText(version, 8) }));
  const bytes = fromBase64Url(packed.slice(dot + 1));
  if (bytes === null) return failure(fieldProblem('link', 'link.error.base64'));
  const inflated = inflateBounded(bytes, LIMITS.jsonBytesMax);
  if (typeof inflated === 'string') return failure(fieldProblem('link', inflated));
  // A problem of the text inside the link: "link: scenario: …".
  const decoded = decodeScenarioBytes(inflated);
  if (!decoded.ok) return failure({ key: 'scenario.error.field', params: { field: 'link', problem: decoded.problem } });
  const parsed = parseScenarioText(decoded.text);
  if (!parsed.ok) return failure({ key: 'scenario.error.field', params: { field: 'link', problem: parsed.problem } });
  let time: number | null = null;
  const t = fields.get('t');
  if (t !== undefined) {
    if (!/^\d{1,7}$/.test(t)) return failure(fieldProblem('link', 'link.error.playhead'));
    time = Math.min(Number(t), parsed.scenario.until);
  }
  return { ok: true, scenario: parsed.scenario, time };
}
