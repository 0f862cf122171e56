// How every door (validator, link decoder, CLI, import button) shows a piece of hostile input
// in an error: quoted, at most ~60 characters of it, with control characters escaped, so that
// a message stays one short line and can neither drive a terminal nor reorder text (bidi).

/** Characters of an offending value or key an error quotes at most. */
export const QUOTED_CHARS_MAX = 60;
/** Longest error message a door prints, in characters. */
export const MESSAGE_CHARS_MAX = 200;

// C0 controls, DEL, C1 controls (ESC's 8-bit twin CSI is \x9b), bidi marks and overrides,
// line/paragraph separators, the BOM / zero-width no-break space, and lone surrogates.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** The text with every unsafe character written as an escape (`\n`, `\u001b`). */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, (c) => SHORT[c] ?? '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** The first `max` UTF-16 units of text, without cutting a surrogate pair, `…` when cut. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end) + '…';
}

/** A string value as an error shows it: `"ab\u001bc…"` (clipped before escaping, so the count is of input characters). */
export function quoteText(text: string, max = QUOTED_CHARS_MAX): string {
  return '"' + escapeControls(clip(text, max)).replace(/"/g, '\\"') + '"';
}

/** Any parsed JSON value as an error shows it: strings quoted, numbers as written, containers by kind. */
export function quoteValue(value: unknown): string {
  if (typeof value === 'string') return quoteText(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}

const IDENTIFIER = /^[A-Za-z0-9_$-]+$/;

/** An object key inside a field path: `network.jitter`, or `["bad key\n"]` when not a short plain word. */
export function pathKey(key: string, first: boolean): string {
  if (IDENTIFIER.test(key) && key.length <= QUOTED_CHARS_MAX) return first ? key : '.' + key;
  return `[${quoteText(key)}]`;
}

/** The last guard of every door: one line, escaped, at most MESSAGE_CHARS_MAX characters. */
export function oneLine(message: string, max = MESSAGE_CHARS_MAX): string {
  const escaped = escapeControls(message);
  return escaped.length <= max ? escaped : clip(escaped, max - 1);
}

// What JSON.stringify leaves raw but a terminal may act on or reorder: DEL, C1 controls, bidi
// and separators. JSON.stringify already escapes C0 controls; lone surrogates it escapes too.
const UNSAFE_IN_JSON = /[\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** JSON text (from JSON.stringify) with those characters escaped: still the same JSON value. */
export function escapeForTerminal(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** The text as is when it is short and has nothing to escape (a file name), else quoted. */
export function plainOrQuoted(text: string): string {
  return text.length <= QUOTED_CHARS_MAX && escapeControls(text) === text ? text : quoteText(text);
}
