// Small protocols and configs for engine tests: real engine runs, no mocks.
import type { Action, NetworkConfig, Protocol, RunConfig } from '../../src/engine/types';
import { echo } from '../../src/protocols/echo';

export const quietNetwork: NetworkConfig = { latencyMsMin: 10, latencyMsMax: 10, dropRatio: 0, duplicateRatio: 0 };

export function echoConfig(overrides: Partial<RunConfig> = {}): RunConfig {
  return {
    seed: 42,
    nodes: 5,
    until: 2000,
    network: { latencyMsMin: 10, latencyMsMax: 30, dropRatio: 0, duplicateRatio: 0 },
    params: { pingMs: 10 },
    actions: [],
    ...overrides,
  };
}

export const echoProtocol = echo as Protocol;

/**
 * "Once": node 1 sends one message to node 2 at start (or on request); every node counts what
 * it received. Persistent: `kept`; volatile: `received`. Lets tests follow single messages.
 */
export interface OnceState {
  received: string[];
  kept: number;
}

export const onceProtocol: Protocol<OnceState, { type: 'Note'; text: string }> = {
  name: 'once',
  title: 'Once',
  params: [],
  invariants: [
    {
      name: 'NoBang',
      description: 'No node ever receives the text "bang".',
      initialMemory: () => ({ checks: 0 }),
      check(world, memory, touched) {
        (memory as { checks: number }).checks++;
        const state = world.states[touched - 1];
        return state.received.includes('bang') ? { detail: { key: 'once.bang', params: { node: touched } }, nodes: [touched] } : null;
      },
    },
  ],
  init: () => ({ received: [], kept: 0 }),
  recover: (state) => ({ received: [], kept: state.kept }),
  start(ctx) {
    ctx.setTimer('tick', 100);
  },
  onMessage(_ctx, state, _from, message) {
    state.received.push(message.text);
    state.kept++;
  },
  onTimer(ctx) {
    ctx.setTimer('tick', 100);
  },
  onRequest(ctx, _state, value) {
    const [to, text] = value.split(':');
    ctx.send(Number(to), { type: 'Note', text });
  },
  onTimeout(ctx) {
    ctx.note('timeout');
  },
  view: (state) => ({ received: state.received, kept: state.kept }),
  describe: (m) => ({ type: m.type, label: { key: 'label.typed', params: { type: 'Note', t: m.text } } }),
};

export function onceConfig(actions: Action[], network: Partial<NetworkConfig> = {}, until = 1000): RunConfig {
  return { seed: 7, nodes: 3, until, network: { ...quietNetwork, ...network }, params: {}, actions };
}
