// The append-only trace of a run, stored column-wise; `get(i)` materializes a TraceEntry.

import { grow } from './columns';
import type { TraceEntry, TraceKind } from './types';

export const TRACE_KINDS: readonly TraceKind[] = ['deliver', 'lost', 'timer', 'action', 'note'];
export const DELIVER_ENTRY = 0;
export const LOST_ENTRY = 1;
export const TIMER_ENTRY = 2;
export const ACTION_ENTRY = 3;
export const NOTE_ENTRY = 4;

export class TraceLog {
  count = 0;
  at = new Int32Array(64);
  kind = new Uint8Array(64);
  /** 0 when no node is involved. */
  node = new Uint8Array(64);
  /** Message id (deliver, lost) or action index (action); -1 otherwise. */
  ref = new Int32Array(64);
  /** Index into `texts`, or -1. */
  textIndex = new Int32Array(64);
  texts: string[] = [];
  /** Texts in use; the ones past it belong to entries past `count`. */
  textCount = 0;

  push(at: number, kind: number, node: number, ref: number, text: string | undefined): void {
    const i = this.count++;
    if (i >= this.at.length) {
      const n = i + 1;
      this.at = grow(this.at, n);
      this.kind = grow(this.kind, n);
      this.node = grow(this.node, n);
      this.ref = grow(this.ref, n);
      this.textIndex = grow(this.textIndex, n);
    }
    this.at[i] = at;
    this.kind[i] = kind;
    this.node[i] = node;
    this.ref[i] = ref;
    if (text === undefined) this.textIndex[i] = -1;
    else {
      this.textIndex[i] = this.textCount;
      this.texts[this.textCount++] = text;
    }
  }

  get(i: number): TraceEntry {
    const kind = TRACE_KINDS[this.kind[i]];
    const entry: TraceEntry = { at: this.at[i], kind };
    if (this.node[i] !== 0) entry.node = this.node[i];
    const ref = this.ref[i];
    if (ref >= 0) {
      if (kind === 'action') entry.action = ref;
      else entry.message = ref;
    }
    const t = this.textIndex[i];
    if (t >= 0) {
      if (kind === 'timer') entry.timer = this.texts[t];
      else entry.text = this.texts[t];
    }
    return entry;
  }

  all(): TraceEntry[] {
    const out = new Array<TraceEntry>(this.count);
    for (let i = 0; i < this.count; i++) out[i] = this.get(i);
    return out;
  }

  /** Move the end of the trace (restoring a checkpoint); entries past it are kept, as in MessageLog. */
  setCount(count: number, textCount: number): void {
    this.count = count;
    this.textCount = textCount;
  }

  snapshot(): TraceLog {
    const copy = new TraceLog();
    copy.count = this.count;
    copy.at = this.at.slice(0, this.count);
    copy.kind = this.kind.slice(0, this.count);
    copy.node = this.node.slice(0, this.count);
    copy.ref = this.ref.slice(0, this.count);
    copy.textIndex = this.textIndex.slice(0, this.count);
    copy.texts = this.texts.slice(0, this.textCount);
    copy.textCount = this.textCount;
    return copy;
  }
}
