// One payload object for the messages of a transaction that say the same thing. Every message
// stays in the run's record, and 2PC/3PC send the same few words per transaction from every
// participant (VoteYes(t), Ack(t) ...): a 600 s run kept a quarter of a million payload objects.
// Contract: `sharingContext(ctx)` is ctx, except that `send` hands the engine a payload
// equal to the one given — one of the latest sent of that type, if one says the same, else the
// one given, which becomes the latest. Payloads are never mutated (handlers only read them), so
// which object carries the words changes nothing a run does or shows. (Not frozen: V8 gave
// every frozen copy a hidden class of its own, which cost more than the objects saved.)

import type { NodeContext, NodeId } from '../../engine/types';
import type { RandomStream } from '../../engine/random';

/** The fields a 2PC/3PC message may have: its type, the transaction, and Ack's `of` or StateReply's `state`. */
interface CommitMessage {
  type: string;
  t: string;
  of?: string;
  state?: string;
}

/**
 * The latest few payloads of each type, in a ring (module-wide: payloads are never mutated, so
 * any run may share them). A few, not one: acks of neighbouring transactions interleave. The
 * kept ones are pairwise different (one is kept only when none equals it), so the order they
 * are compared in never changes which one is returned.
 */
interface Recent {
  readonly kept: (CommitMessage | undefined)[];
  next: number;
}
const latest = new Map<string, Recent>();
/** Payloads kept per type (a power of two). */
const KEPT = 4;

/** The ring of the type last sent: a broadcast sends one type several times in a row. */
let lastType = '';
let lastRecent: Recent | undefined;

/** The ring of a type (made on its first message), now the type last sent. Apart from shared, which V8 then inlines into send. */
function ringOf(type: string): Recent {
  let recent = latest.get(type);
  if (recent === undefined) latest.set(type, (recent = { kept: new Array<CommitMessage | undefined>(KEPT).fill(undefined), next: 0 }));
  lastType = type;
  lastRecent = recent;
  return recent;
}

function shared<M extends CommitMessage>(message: M): M {
  const recent = message.type === lastType ? lastRecent! : ringOf(message.type);
  const kept = recent.kept;
  // Newest first: replies to one transaction come in a row.
  for (let k = 1; k <= KEPT; k++) {
    const last = kept[(recent.next - k) & (KEPT - 1)];
    if (last !== undefined && last.t === message.t && last.of === message.of && last.state === message.state) return last as M;
  }
  kept[recent.next] = message;
  recent.next = (recent.next + 1) & (KEPT - 1);
  return message;
}

class SharingContext<M extends CommitMessage> implements NodeContext<M> {
  constructor(readonly inner: NodeContext<M>) {}

  get now(): number {
    return this.inner.now;
  }

  get self(): NodeId {
    return this.inner.self;
  }

  get nodes(): number {
    return this.inner.nodes;
  }

  get params(): Readonly<Record<string, unknown>> {
    return this.inner.params;
  }

  get random(): RandomStream {
    return this.inner.random;
  }

  send(to: NodeId, message: M): void {
    this.inner.send(to, shared(message));
  }

  setTimer(name: string, afterMs: number): void {
    this.inner.setTimer(name, afterMs);
  }

  clearTimer(name: string): void {
    this.inner.clearTimer(name);
  }

  note(...args: Parameters<NodeContext<M>['note']>): void {
    this.inner.note(...args);
  }
}

/** One wrapper per engine context (a context lives as long as its run). */
const wrappers = new WeakMap<NodeContext<never>, SharingContext<never>>();
/** The wrapper last handed out per node id: a run's handlers ask for it at every event. */
const lastBySelf: (SharingContext<never> | undefined)[] = [];

export function sharingContext<M extends CommitMessage>(ctx: NodeContext<M>): NodeContext<M> {
  const last = lastBySelf[ctx.self] as SharingContext<M> | undefined;
  if (last !== undefined && last.inner === ctx) return last;
  let wrapper = wrappers.get(ctx as NodeContext<never>) as SharingContext<M> | undefined;
  if (wrapper === undefined) {
    wrapper = new SharingContext(ctx);
    wrappers.set(ctx as NodeContext<never>, wrapper as unknown as SharingContext<never>);
  }
  lastBySelf[ctx.self] = wrapper as unknown as SharingContext<never>;
  return wrapper;
}
