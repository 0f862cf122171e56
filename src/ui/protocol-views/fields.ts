// Defensive readers for protocol views: views are plain JSON whose fields may be missing while
// protocols land, so every read has a fallback and nothing here throws.

import { formatBallot } from '../../protocols/paxos/ballot';

export type View = { id: number; up: boolean } & Record<string, unknown>;

export const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
export const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
export const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
export const obj = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

/**
 * A ballot from [round, node] or {round, node}, in the one notation of the whole app: the
 * protocol's own ("1.5": round 1 of S5), as its message labels, notes and the lessons write it.
 */
export function ballotText(value: unknown): string | null {
  if (Array.isArray(value) && value.length >= 2 && num(value[0]) !== null && num(value[1]) !== null) return formatBallot([value[0], value[1]]);
  const o = obj(value);
  if (o && num(o.round) !== null) return `${o.round}.${String(o.node ?? '?')}`;
  if (typeof value === 'number' || typeof value === 'string') return String(value);
  return null;
}

/** A short, safe text for any JSON value (rendered as text, never as HTML). */
export function plainText(value: unknown, max = 80): string {
  let text: string;
  if (value === null || value === undefined) text = '—';
  else if (typeof value === 'string') text = value;
  else if (typeof value === 'number' || typeof value === 'boolean') text = String(value);
  else {
    try {
      text = JSON.stringify(value);
    } catch {
      text = '…';
    }
  }
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}
