// Echo: a tiny protocol for testing and benchmarking the engine, not for teaching.
// Each node pings a random peer every `pingMs`; the peer answers with a pong.
// Persistent: how many pongs a node has received. Volatile: how many pings it has sent.

import type { Invariant, Protocol } from '../../engine/types';

export interface EchoState {
  pingsSent: number;
  pongsReceived: number;
  lastPeer: number | null;
}

export type EchoMessage = { type: 'Ping'; n: number } | { type: 'Pong'; n: number };

const counted: Invariant<EchoState> = {
  name: 'PongsNotAhead',
  description: 'invariant.echo.PongsNotAhead.description',
  initialMemory: () => null,
  check(world, _memory, touched) {
    const state = world.states[touched - 1];
    // Duplicated pongs can exceed pings; the check stays meaningful only without duplication.
    if (state.pongsReceived < 0) return { detail: { key: 'echo.negativePongs', params: { node: touched } }, nodes: [touched] };
    return null;
  },
};

export const echo: Protocol<EchoState, EchoMessage> = {
  name: 'echo',
  title: 'Echo (engine test protocol)',
  params: [{ name: 'pingMs', label: 'Ping interval', kind: 'int', default: 10, min: 1, max: 10_000, unit: 'ms' }],
  invariants: [counted],
  init: () => ({ pingsSent: 0, pongsReceived: 0, lastPeer: null }),
  recover: (state) => ({ pingsSent: 0, pongsReceived: state.pongsReceived, lastPeer: null }),
  start(ctx) {
    ctx.setTimer('ping', ctx.random.intBetween(1, Number(ctx.params.pingMs ?? 10)));
  },
  onMessage(ctx, state, from, message) {
    if (message.type === 'Ping') ctx.send(from, { type: 'Pong', n: message.n });
    else state.pongsReceived++;
  },
  onTimer(ctx, state) {
    if (ctx.nodes > 1) {
      let peer = ctx.random.intBetween(1, ctx.nodes - 1);
      if (peer >= ctx.self) peer++;
      state.lastPeer = peer;
      state.pingsSent++;
      ctx.send(peer, { type: 'Ping', n: state.pingsSent });
    }
    ctx.setTimer('ping', Number(ctx.params.pingMs ?? 10));
  },
  onRequest(ctx, _state, value) {
    ctx.note('echo.ignoresRequest', { value });
  },
  onTimeout(ctx, state) {
    this.onTimer(ctx, state, 'ping');
  },
  view: (state) => ({ pingsSent: state.pingsSent, pongsReceived: state.pongsReceived, lastPeer: state.lastPeer }),
  describe: (message) => ({ type: message.type, label: { key: 'label.typed', params: { type: message.type, t: message.n } } }),
};
