// Hostile share links built bit by bit (RFC 1951), as an attacker would: a zip bomb of deflated
// zeros and a "Huffman bomb" of empty dynamic-Huffman blocks that costs CPU and yields nothing.

import { toBase64Url } from '../../src/scenario/link';

/** Deflate's bit order: fields least significant bit first, Huffman codes most significant bit first. */
class BitWriter {
  private bytes: number[] = [];
  private current = 0;
  private used = 0;

  bits(value: number, count: number): void {
    for (let i = 0; i < count; i++) this.bit((value >> i) & 1);
  }

  code(code: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) this.bit((code >> i) & 1);
  }

  private bit(b: number): void {
    this.current |= b << this.used;
    if (++this.used === 8) {
      this.bytes.push(this.current);
      this.current = 0;
      this.used = 0;
    }
  }

  finish(): Uint8Array {
    if (this.used > 0) this.bytes.push(this.current);
    return Uint8Array.from(this.bytes);
  }
}

const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/**
 * A dynamic block header: HLIT/HDIST/HCLEN, then the code-length code (given as symbol →
 * length, codes assigned canonically), then the literal/length and distance code lengths
 * written with `emit` (which writes code-length symbols and their extra bits).
 */
function dynamicHeader(w: BitWriter, final: boolean, hlit: number, hdist: number, clLengths: Record<number, number>, emit: () => void): void {
  w.bits(final ? 1 : 0, 1);
  w.bits(2, 2); // BTYPE 10: dynamic Huffman
  w.bits(hlit - 257, 5);
  w.bits(hdist - 1, 5);
  w.bits(19 - 4, 4); // all 19 code-length code lengths
  for (const symbol of CODE_LENGTH_ORDER) w.bits(clLengths[symbol] ?? 0, 3);
  emit();
}

/** Canonical Huffman codes (RFC 1951 §3.2.2) for symbol → length. */
function canonical(lengths: Record<number, number>): Record<number, number> {
  const symbols = Object.keys(lengths).map(Number).sort((a, b) => a - b);
  const maxLength = Math.max(...symbols.map((s) => lengths[s]));
  const count = new Array(maxLength + 1).fill(0);
  for (const s of symbols) count[lengths[s]]++;
  const next = new Array(maxLength + 1).fill(0);
  let code = 0;
  for (let bits = 1; bits <= maxLength; bits++) {
    code = (code + (bits > 1 ? count[bits - 1] : 0)) << 1;
    next[bits] = code;
  }
  const out: Record<number, number> = {};
  for (const s of symbols) out[s] = next[lengths[s]]++;
  return out;
}

/** Literal/length code lengths of the empty block: 9 bits, but 15 for the last symbol. */
const EMPTY_BLOCK_LIT = Object.fromEntries(Array.from({ length: 286 }, (_, s) => [s, s === 285 ? 15 : 9]));

/**
 * One empty dynamic block of ~38 bytes: 286 literal/length codes and 30 distance codes, all
 * spelled out, some 15 bits long (so the decoder fills 2^15-entry lookup tables for each
 * block), then only the end-of-block symbol.
 */
function emptyDynamicBlock(w: BitWriter, final: boolean): void {
  const cl = { 9: 2, 15: 2, 16: 2 };
  const clCode = canonical(cl);
  const lengths = (count: number, length: number) => {
    w.code(clCode[length], 2);
    let left = count - 1;
    while (left >= 3) {
      const run = Math.min(6, left);
      w.code(clCode[16], 2);
      w.bits(run - 3, 2);
      left -= run;
    }
    for (; left > 0; left--) w.code(clCode[length], 2);
  };
  dynamicHeader(w, final, 286, 30, cl, () => {
    lengths(285, 9);
    w.code(clCode[15], 2);
    lengths(30, 15);
  });
  w.code(canonical(EMPTY_BLOCK_LIT)[256], 9);
}

/** The Huffman bomb: `blocks` empty dynamic blocks and a final empty one, as a link fragment. */
export function huffmanBombLink(blocks: number): string {
  const w = new BitWriter();
  for (let i = 0; i < blocks; i++) emptyDynamicBlock(w, false);
  emptyDynamicBlock(w, true);
  return '#s=1.' + toBase64Url(w.finish());
}

/**
 * The zip bomb: one dynamic block whose codes are 1–2 bits long: a literal 0, then matches of
 * 258 bytes at distance 1 (3 bits each, ~688:1), until the stream is `bytes` long.
 */
export function zeroBombBytes(bytes: number): Uint8Array {
  const w = new BitWriter();
  // Literal/length: 0 → 1 bit, 256 (end) and 285 (length 258) → 2 bits. Distance: 0 → 1 bit.
  const lit: Record<number, number> = { 0: 1, 256: 2, 285: 2 };
  const cl = { 0: 2, 1: 2, 2: 2, 18: 2 };
  const clCode = canonical(cl);
  dynamicHeader(w, true, 286, 1, cl, () => {
    // Symbol 0: length 1; 1..255: zero (18 repeats zeros 11..138 times); 256: 2; 257..284: zero; 285: 2.
    w.code(clCode[1], 2);
    w.code(clCode[18], 2);
    w.bits(138 - 11, 7);
    w.code(clCode[18], 2);
    w.bits(117 - 11, 7);
    w.code(clCode[2], 2);
    w.code(clCode[18], 2);
    w.bits(28 - 11, 7);
    w.code(clCode[2], 2);
    w.code(clCode[1], 2); // the one distance code
  });
  const litCode = canonical(lit);
  w.code(litCode[0], 1);
  const matches = Math.max(0, Math.floor(((bytes - 64) * 8) / 3));
  for (let i = 0; i < matches; i++) {
    w.code(litCode[285], 2);
    w.code(0, 1); // distance code 0: distance 1
  }
  w.code(litCode[256], 2);
  return w.finish();
}

/** The zip bomb as a link fragment of about `chars` characters. */
export function zeroBombLink(chars: number): string {
  return '#s=1.' + toBase64Url(zeroBombBytes(Math.floor((chars * 3) / 4)));
}

/** A fixed-Huffman block (BTYPE 01) writing `text` (ASCII), optionally preceded by a run of 259 spaces. */
function fixedBlock(w: BitWriter, final: boolean, text: string, spaces: boolean): void {
  w.bits(final ? 1 : 0, 1);
  w.bits(1, 2);
  const literal = (byte: number) => w.code(0x30 + byte, 8); // literals 0..143: 8-bit codes from 0x30
  if (spaces) {
    literal(32);
    w.code(0xc0 + (285 - 280), 8); // length 258
    w.code(0, 5); // distance 1
  }
  for (let i = 0; i < text.length; i++) literal(text.charCodeAt(i));
  w.code(0, 7); // end of block (256)
}

/**
 * The bomb that keeps the output ahead of the input: each expensive empty dynamic block is
 * followed by a cheap block of 259 spaces (valid JSON whitespace), and the stream ends with a
 * valid scenario, so only a bound on time (not on output, nor on input without output)
 * stops it before it has cost every block.
 */
export function interleavedBombLink(blocks: number, scenarioJson: string): string {
  const w = new BitWriter();
  for (let i = 0; i < blocks; i++) {
    emptyDynamicBlock(w, false);
    fixedBlock(w, false, '', true);
  }
  fixedBlock(w, true, scenarioJson, false);
  return '#s=1.' + toBase64Url(w.finish());
}
