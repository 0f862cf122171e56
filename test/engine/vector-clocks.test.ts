// Vector clocks from real engine runs: a relay chain, concurrent events, a lost message, and
// determinism (same scenario, same clocks) on a busy Raft run.

import { describe, expect, test } from 'vitest';
import { Simulation } from '../../src/engine/simulation';
import type { Protocol, RunConfig } from '../../src/engine/types';
import { BOOT_EVENT, NO_EVENT, clockOf, concurrent, happenedBefore, vectorClocks } from '../../src/engine/vector-clocks';
import { DELIVER_ENTRY, TIMER_ENTRY } from '../../src/engine/trace-log';
import { createSimulation } from '../../src/scenario/simulate';
import { parseScenario } from '../../src/scenario/validate';
import { quietNetwork } from './fixtures';

/** Relay: a request at a node sends a hop to the next node; a hop is passed on until S3. S4 only ticks. */
const relay: Protocol<{ hops: number }, { type: 'Hop' }> = {
  name: 'relay',
  title: 'Relay',
  params: [],
  invariants: [],
  init: () => ({ hops: 0 }),
  recover: (state) => state,
  start(ctx) {
    if (ctx.self === 4) ctx.setTimer('tick', 5);
  },
  onMessage(ctx, state) {
    state.hops++;
    if (ctx.self < 3) ctx.send(ctx.self + 1, { type: 'Hop' });
    else if (ctx.self === 3) ctx.send(4, { type: 'Hop' });
  },
  onTimer() {},
  onRequest(ctx) {
    ctx.send(ctx.self + 1, { type: 'Hop' });
  },
  onTimeout() {},
  view: (state) => ({ hops: state.hops }),
  describe: () => ({ type: 'Hop', label: { key: 'label.typed', params: { type: 'Hop', t: '' } } }),
};

function relayRun(actions: RunConfig['actions']) {
  const sim = new Simulation(relay, { seed: 1, nodes: 4, until: 200, network: quietNetwork, params: {}, actions });
  sim.runToEnd();
  return { sim, vc: vectorClocks(sim.traceLog, sim.messageLog, 4) };
}

const entries = (sim: Simulation, kind: number, node: number) =>
  Array.from({ length: sim.traceLog.count }, (_, i) => i).filter((i) => sim.traceLog.kind[i] === kind && sim.traceLog.node[i] === node);

describe('vector clocks (Lamport 1978; Fidge/Mattern)', () => {
  test('a message chain S1 → S2 → S3: each receive knows every event before it', () => {
    const { sim, vc } = relayRun([{ at: 10, do: 'request', node: 1, value: 'go' }]);
    const [request] = Array.from({ length: sim.traceLog.count }, (_, i) => i).filter((i) => sim.traceLog.node[i] === 1 && sim.traceLog.at[i] === 10);
    const [at2] = entries(sim, DELIVER_ENTRY, 2);
    const [at3] = entries(sim, DELIVER_ENTRY, 3);
    // Boot is each node's first event; S1's request is its second.
    expect(clockOf(vc, request)).toEqual([2, 0, 0, 0]);
    expect(clockOf(vc, at2)).toEqual([2, 2, 0, 0]);
    expect(clockOf(vc, at3)).toEqual([2, 2, 2, 0]);
    expect(happenedBefore(vc, sim.traceLog, request, at3)).toBe(true);
    expect(happenedBefore(vc, sim.traceLog, at3, request)).toBe(false);
    expect(vc.sendEntry[0]).toBe(request);
    expect(vc.receiveEntry[0]).toBe(at2);
    expect(vc.sendEntry[1]).toBe(at2);
  });

  test('concurrent events: S4 ticking knows nothing of the chain, and the chain nothing of it', () => {
    const { sim, vc } = relayRun([{ at: 10, do: 'request', node: 1, value: 'go' }]);
    const [tick] = entries(sim, TIMER_ENTRY, 4);
    const [at3] = entries(sim, DELIVER_ENTRY, 3);
    expect(sim.traceLog.at[tick]).toBe(5);
    expect(clockOf(vc, tick)).toEqual([0, 0, 0, 2]);
    expect(concurrent(vc, sim.traceLog, tick, at3)).toBe(true);
  });

  test('a lost message has no receive event, and its receiver learns nothing from it', () => {
    const { sim, vc } = relayRun([
      { at: 10, do: 'request', node: 1, value: 'go' },
      { at: 10, do: 'cut', from: 3, to: 4 },
      { at: 100, do: 'timeout', node: 4 },
    ]);
    // Message 2 is S3 → S4 on the cut link (the cut is recorded as an event of S3, the link's sender).
    expect(sim.messageLog.get(2)).toMatchObject({ from: 3, to: 4, fate: 'cut' });
    expect(vc.receiveEntry[2]).toBe(NO_EVENT);
    expect(entries(sim, DELIVER_ENTRY, 4)).toEqual([]);
    const lost = Array.from({ length: sim.traceLog.count }, (_, i) => i).find((i) => sim.traceLog.ref[i] === 2 && sim.traceLog.kind[i] !== DELIVER_ENTRY)!;
    expect(clockOf(vc, lost)).toBeNull();
    const later = entries(sim, 3 /* action */, 4).at(-1)!;
    expect(sim.traceLog.at[later]).toBe(100);
    expect(clockOf(vc, later)![2]).toBe(0);
  });

  test('two deliveries in one millisecond: a reply to the first does not know the second', () => {
    // S2 and S3 each send S1 a Vote at 10 ms; both arrive at 20 ms. S1 notes and answers the
    // first voter only. A guess by sender and time would pick S1's later entry at 20 ms.
    type Msg = { type: 'Vote' } | { type: 'Ack' };
    const leader: Protocol<{ votes: number }, Msg> = {
      ...(relay as unknown as Protocol<{ votes: number }, Msg>),
      init: () => ({ votes: 0 }),
      start() {},
      onRequest(ctx) {
        ctx.send(1, { type: 'Vote' });
      },
      onMessage(ctx, state, from, message) {
        if (message.type !== 'Vote' || state.votes++ > 0) return;
        ctx.note('first vote');
        ctx.send(from, { type: 'Ack' });
      },
    };
    const sim = new Simulation(leader, {
      seed: 1,
      nodes: 3,
      until: 100,
      network: quietNetwork,
      params: {},
      actions: [
        { at: 10, do: 'request', node: 2, value: 'a' },
        { at: 10, do: 'request', node: 3, value: 'b' },
      ],
    });
    sim.runToEnd();
    const vc = vectorClocks(sim.traceLog, sim.messageLog, 3);
    const [first, second] = entries(sim, DELIVER_ENTRY, 1);
    expect(sim.traceLog.at[first]).toBe(20);
    expect(sim.traceLog.at[second]).toBe(20);
    expect(sim.messageLog.from[sim.traceLog.ref[first]]).toBe(2);
    const note = entries(sim, 4 /* note */, 1)[0];
    expect(first < note && note < second).toBe(true);
    const ack = 2;
    expect(sim.messageLog.get(ack)).toMatchObject({ from: 1, to: 2, sentAt: 20, sentBy: note });
    expect(vc.sendEntry[ack]).toBe(note);
    const [ackReceive] = entries(sim, DELIVER_ENTRY, 2);
    expect(vc.receiveEntry[ack]).toBe(ackReceive);
    expect(happenedBefore(vc, sim.traceLog, first, ackReceive)).toBe(true);
    expect(happenedBefore(vc, sim.traceLog, second, ackReceive)).toBe(false);
    expect(concurrent(vc, sim.traceLog, second, ackReceive)).toBe(true);
    // Nothing of S3 reaches S2: S3's request is not in the reply's causal past.
    expect(clockOf(vc, ackReceive)).toEqual([3, 3, 0]);
  });

  test('messages sent by start() come from the boot event', () => {
    const sim = new Simulation(
      { ...relay, start: (ctx) => (ctx.self === 1 ? ctx.send(2, { type: 'Hop' }) : undefined) },
      { seed: 1, nodes: 3, until: 100, network: quietNetwork, params: {}, actions: [] },
    );
    sim.runToEnd();
    const vc = vectorClocks(sim.traceLog, sim.messageLog, 3);
    expect(vc.sendEntry[0]).toBe(BOOT_EVENT);
    expect(clockOf(vc, vc.receiveEntry[0])).toEqual([1, 2, 0]);
  });

  test('every delivery knows its send; the same scenario gives the same clocks', () => {
    const parsed = parseScenario({
      version: 1,
      protocol: 'raft',
      seed: 7,
      nodes: 5,
      until: 4000,
      network: { latencyMsMin: 5, latencyMsMax: 15, dropRatio: 0.05, duplicateRatio: 0.05 },
      actions: [
        { at: 1500, do: 'crash', node: 1 },
        { at: 2500, do: 'restart', node: 1 },
        { at: 1800, do: 'partition', groups: [[1, 2], [3, 4, 5]] },
        { at: 3000, do: 'heal' },
      ],
    });
    if (!parsed.ok) throw new Error(parsed.error);
    const run = () => {
      const sim = createSimulation(parsed.scenario, { checkpointEvery: 0 });
      sim.runToEnd();
      return { sim, vc: vectorClocks(sim.traceLog, sim.messageLog, 5) };
    };
    const a = run();
    const b = run();
    expect(Array.from(b.vc.clocks)).toEqual(Array.from(a.vc.clocks));
    expect(Array.from(b.vc.sendEntry)).toEqual(Array.from(a.vc.sendEntry));
    const { sim, vc } = a;
    let deliveries = 0;
    for (let m = 0; m < sim.messageLog.count; m++) {
      const receive = vc.receiveEntry[m];
      const send = vc.sendEntry[m];
      expect(send === BOOT_EVENT || send >= 0).toBe(true);
      if (receive === NO_EVENT) {
        expect(sim.messageLog.fate[m]).not.toBe(1);
        continue;
      }
      deliveries++;
      if (send >= 0) {
        expect(sim.traceLog.node[send]).toBe(sim.messageLog.from[m]);
        const original = sim.messageLog.duplicateOf[m] >= 0 ? sim.messageLog.duplicateOf[m] : m;
        expect(sim.messageLog.sentBy[m]).toBe(sim.messageLog.sentBy[original]);
        expect(sim.traceLog.at[send]).toBe(sim.messageLog.sentAt[original]);
        expect(happenedBefore(vc, sim.traceLog, send, receive)).toBe(true);
      }
    }
    expect(deliveries).toBeGreaterThan(100);
  });
});
