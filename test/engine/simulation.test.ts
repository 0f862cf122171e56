import { describe, expect, it } from 'vitest';
import { Simulation } from '../../src/engine/simulation';
import type { Action } from '../../src/engine/types';
import { echoConfig, echoProtocol, onceConfig, onceProtocol } from './fixtures';
import { englishNote } from '../../src/i18n/note';

function runOnce(actions: Action[], network = {}, until = 1000) {
  const sim = new Simulation(onceProtocol, onceConfig(actions, network, until));
  sim.runToEnd();
  return sim;
}

describe('message fates', () => {
  it('delivers after the drawn latency and records it', () => {
    const sim = runOnce([{ at: 0, do: 'request', node: 1, value: '2:hi' }]);
    expect(sim.message(0)).toMatchObject({ id: 0, from: 1, to: 2, sentAt: 0, deliverAt: 10, endAt: 10, fate: 'delivered' });
    expect(sim.state(2).received).toEqual(['hi']);
    expect(sim.trace.some((e) => e.kind === 'deliver' && e.message === 0 && e.at === 10)).toBe(true);
  });

  it('draws latency within [latencyMsMin, latencyMsMax]', () => {
    const actions: Action[] = Array.from({ length: 50 }, (_, i) => ({ at: i, do: 'request', node: 1, value: '2:x' }));
    const sim = runOnce(actions, { latencyMsMin: 5, latencyMsMax: 25 });
    const latencies = sim.messages.map((m) => m.deliverAt - m.sentAt);
    expect(Math.min(...latencies)).toBeGreaterThanOrEqual(5);
    expect(Math.max(...latencies)).toBeLessThanOrEqual(25);
    expect(new Set(latencies).size).toBeGreaterThan(5);
  });

  it('drops by dropRatio', () => {
    const sim = runOnce([{ at: 0, do: 'request', node: 1, value: '2:hi' }], { dropRatio: 1 });
    expect(sim.message(0)!.fate).toBe('dropped');
    expect(sim.state(2).received).toEqual([]);
  });

  it('duplicates by duplicateRatio: the copy has its own id and is delivered too', () => {
    const sim = runOnce([{ at: 0, do: 'request', node: 1, value: '2:hi' }], { duplicateRatio: 1 });
    expect(sim.messages.map((m) => [m.id, m.fate, m.duplicateOf])).toEqual([
      [0, 'delivered', undefined],
      [1, 'delivered', 0],
    ]);
    expect(sim.state(2).received).toEqual(['hi', 'hi']);
  });

  it('loses a message sent on a cut link; links are directed', () => {
    const sim = runOnce([
      { at: 0, do: 'cut', from: 1, to: 2 },
      { at: 1, do: 'request', node: 1, value: '2:lost' },
      { at: 1, do: 'request', node: 2, value: '1:back' },
    ]);
    expect(sim.message(0)!.fate).toBe('cut');
    expect(sim.message(1)!.fate).toBe('delivered');
    expect(sim.isCut(1, 2)).toBe(true);
    expect(sim.isCut(2, 1)).toBe(false);
  });

  it('loses a message already in flight when its link is cut, at the cut time', () => {
    const sim = runOnce([
      { at: 0, do: 'request', node: 1, value: '2:hi' },
      { at: 5, do: 'cut', from: 1, to: 2 },
    ]);
    expect(sim.message(0)).toMatchObject({ fate: 'cut', endAt: 5 });
    expect(sim.state(2).received).toEqual([]);
  });

  it('restore makes a cut link carry messages again', () => {
    const sim = runOnce([
      { at: 0, do: 'cut', from: 1, to: 2 },
      { at: 20, do: 'restore', from: 1, to: 2 },
      { at: 30, do: 'request', node: 1, value: '2:hi' },
    ]);
    expect(sim.message(0)!.fate).toBe('delivered');
  });

  it('partition cuts every link between groups and heal restores them', () => {
    const sim = runOnce([
      { at: 0, do: 'partition', groups: [[1], [2, 3]] },
      { at: 1, do: 'request', node: 1, value: '2:a' },
      { at: 1, do: 'request', node: 2, value: '3:b' },
      { at: 1, do: 'request', node: 3, value: '1:c' },
      { at: 50, do: 'heal' },
      { at: 60, do: 'request', node: 1, value: '2:d' },
    ]);
    expect(sim.messages.map((m) => m.fate)).toEqual(['cut', 'delivered', 'cut', 'delivered']);
    expect(sim.state(2).received).toEqual(['d']);
  });

  it('loses a message to a crashed receiver', () => {
    const sim = runOnce([
      { at: 0, do: 'request', node: 1, value: '2:hi' },
      { at: 5, do: 'crash', node: 2 },
    ]);
    expect(sim.message(0)).toMatchObject({ fate: 'crashed', endAt: 10 });
  });

  it('drop, duplicate and delay actions act on a message in flight', () => {
    const dropped = runOnce([
      { at: 0, do: 'request', node: 1, value: '2:hi' },
      { at: 5, do: 'drop', message: 0 },
    ]);
    expect(dropped.message(0)).toMatchObject({ fate: 'user-dropped', endAt: 5 });

    const duplicated = runOnce([
      { at: 0, do: 'request', node: 1, value: '2:hi' },
      { at: 5, do: 'duplicate', message: 0 },
    ]);
    expect(duplicated.messages.map((m) => m.fate)).toEqual(['delivered', 'delivered']);
    expect(duplicated.message(1)!.duplicateOf).toBe(0);

    const delayed = runOnce([
      { at: 0, do: 'request', node: 1, value: '2:hi' },
      { at: 5, do: 'delay', message: 0, byMs: 50 },
    ]);
    expect(delayed.message(0)).toMatchObject({ fate: 'delivered', deliverAt: 60, endAt: 60 });
    expect(delayed.trace.filter((e) => e.kind === 'deliver')).toHaveLength(1);
  });

  it('acting on a message not in flight only notes it', () => {
    const sim = runOnce([
      { at: 0, do: 'request', node: 1, value: '2:hi' },
      { at: 500, do: 'drop', message: 0 },
      { at: 500, do: 'drop', message: 99 },
    ]);
    expect(sim.message(0)!.fate).toBe('delivered');
    expect(sim.trace.filter((e) => e.kind === 'action' && /not in flight/.test(e.note ? englishNote(e.note) : ''))).toHaveLength(2);
  });

  it('network action changes the ratios from then on', () => {
    const sim = runOnce([
      { at: 0, do: 'request', node: 1, value: '2:a' },
      { at: 10, do: 'network', dropRatio: 1 },
      { at: 20, do: 'request', node: 1, value: '2:b' },
    ]);
    expect(sim.messages.map((m) => m.fate)).toEqual(['delivered', 'dropped']);
    expect(sim.networkConfig().dropRatio).toBe(1);
  });
});

describe('crash and restart', () => {
  it('keeps only the persistent state; volatile state is lost at the crash', () => {
    const sim = new Simulation(onceProtocol, onceConfig([
      { at: 0, do: 'request', node: 1, value: '2:a' },
      { at: 50, do: 'crash', node: 2 },
      { at: 80, do: 'restart', node: 2 },
    ]));
    sim.runUntil(40);
    expect(sim.state(2)).toEqual({ received: ['a'], kept: 1 });
    sim.runUntil(60);
    expect(sim.isUp(2)).toBe(false);
    expect(sim.state(2)).toEqual({ received: [], kept: 1 });
    sim.runUntil(100);
    expect(sim.isUp(2)).toBe(true);
    expect(sim.state(2)).toEqual({ received: [], kept: 1 });
  });

  it('timers die with a crash and start again at restart', () => {
    const sim = new Simulation(onceProtocol, onceConfig([
      { at: 150, do: 'crash', node: 3 },
      { at: 430, do: 'restart', node: 3 },
    ]));
    sim.runToEnd();
    const ticks = sim.trace.filter((e) => e.kind === 'timer' && e.node === 3).map((e) => e.at);
    expect(ticks).toEqual([100, 530, 630, 730, 830, 930]);
    expect(sim.timersOf(3)).toEqual([{ name: 'tick', setAt: 930, firesAt: 1030 }]);
  });

  it('actions on a crashed node are noted, not applied', () => {
    const sim = runOnce([
      { at: 0, do: 'crash', node: 1 },
      { at: 1, do: 'request', node: 1, value: '2:a' },
      { at: 2, do: 'timeout', node: 1 },
      { at: 3, do: 'crash', node: 1 },
    ]);
    expect(sim.messages).toHaveLength(0);
    expect(sim.trace.filter((e) => e.kind === 'action').map((e) => englishNote(e.note!))).toEqual([
      'S1 crashed',
      'request "2:a" to S1 lost: it is down',
      'timeout on S1 ignored: it is down',
      'S1 is already down',
    ]);
  });
});

describe('invariants', () => {
  it('records a violation with its time, name, sentence and nodes, once', () => {
    const sim = runOnce([
      { at: 0, do: 'request', node: 1, value: '2:bang' },
      { at: 100, do: 'request', node: 1, value: '2:more' },
    ]);
    expect(sim.violations).toEqual([{ at: 10, invariant: 'NoBang', detail: { key: 'once.bang', params: { node: 2 } }, nodes: [2] }]);
  });

  it('runs after every node handler', () => {
    const sim = runOnce([{ at: 0, do: 'request', node: 1, value: '2:x' }], {}, 250);
    // handlers: 3 nodes × 2 ticks (100, 200) + the request + the delivery
    const memory = (sim as unknown as { memories: { checks: number }[] }).memories[0];
    expect(memory.checks).toBe(8);
  });
});

describe('determinism', () => {
  const faults: Action[] = [
    { at: 300, do: 'crash', node: 2 },
    { at: 700, do: 'restart', node: 2 },
    { at: 500, do: 'partition', groups: [[1, 2], [3, 4, 5]] },
    { at: 900, do: 'heal' },
    { at: 1200, do: 'cut', from: 1, to: 3 },
    { at: 1300, do: 'restore', from: 1, to: 3 },
    { at: 400, do: 'network', dropRatio: 0.2, duplicateRatio: 0.1 },
  ];
  const config = echoConfig({ actions: faults });

  it('the same config gives the same trace hash; another seed a different one', () => {
    const a = new Simulation(echoProtocol, config);
    const b = new Simulation(echoProtocol, config);
    a.runToEnd();
    b.runToEnd();
    expect(a.traceHash()).toBe(b.traceHash());
    expect(a.eventCount).toBeGreaterThan(1000);
    const c = new Simulation(echoProtocol, { ...config, seed: 43 });
    c.runToEnd();
    expect(c.traceHash()).not.toBe(a.traceHash());
  });

  it('the trace hash covers every note: a run differing only in one note key or parameter hashes differently', () => {
    const noting = (key: string, word: string | number): typeof echoProtocol => ({
      ...echoProtocol,
      onTimeout(ctx, state) {
        ctx.note(key, { word });
        echoProtocol.onTimeout(ctx, state);
      },
    });
    const withTimeout = { ...config, actions: [...faults, { at: 800, do: 'timeout', node: 3 } as Action] };
    const a = new Simulation(noting('test.timeout', 'here'), withTimeout);
    const b = new Simulation(noting('test.timeout', 'there'), withTimeout);
    const c = new Simulation(noting('test.timeout', 'hare'), withTimeout); // same length as "here"
    const d = new Simulation(noting('test.timeouts', 'here'), withTimeout); // another key
    const e = new Simulation(noting('test.timeout', 4), withTimeout); // a number, not a string
    const f = new Simulation(noting('test.timeout', '4'), withTimeout);
    for (const sim of [a, b, c, d, e, f]) sim.runToEnd();
    expect(new Set([a, b, c, d, e, f].map((sim) => sim.traceHash())).size).toBe(6);
  });

  it('a run stopped at T and continued equals the run straight through', () => {
    const straight = new Simulation(echoProtocol, config);
    straight.runToEnd();
    const pieces = new Simulation(echoProtocol, config);
    for (const t of [1, 299, 300, 301, 777, 1500]) pieces.runUntil(t);
    pieces.runToEnd();
    expect(pieces.traceHash()).toBe(straight.traceHash());
    expect(pieces.views()).toEqual(straight.views());
  });

  it('stepping one event at a time equals running', () => {
    const straight = new Simulation(echoProtocol, { ...config, until: 600 });
    straight.runToEnd();
    const stepped = new Simulation(echoProtocol, { ...config, until: 600 });
    while (stepped.step(600));
    expect(stepped.traceHash()).toBe(straight.traceHash());
    expect(stepped.eventCount).toBe(straight.eventCount);
  });

  it('a node action does not reshuffle the other nodes\u2019 randomness', () => {
    // Node 5's own stream picks its ping peers; a timeout on node 1 must not change them.
    const peersOf5 = (actions: Action[]) => {
      const sim = new Simulation(echoProtocol, echoConfig({ actions, until: 200 }));
      sim.runToEnd();
      return sim.messages.filter((m) => m.from === 5 && (m.payload as { type: string }).type === 'Ping').map((m) => m.to);
    };
    expect(peersOf5([{ at: 50, do: 'timeout', node: 1 }])).toEqual(peersOf5([]));
  });
});

describe('seek', () => {
  const config = echoConfig({
    until: 3000,
    actions: [
      { at: 400, do: 'crash', node: 1 },
      { at: 900, do: 'restart', node: 1 },
      { at: 600, do: 'partition', groups: [[1, 2], [3, 4, 5]] },
      { at: 1100, do: 'heal' },
      { at: 200, do: 'network', dropRatio: 0.1 },
    ],
  });

  function freshTo(t: number) {
    const sim = new Simulation(echoProtocol, config);
    sim.runUntil(t);
    return sim;
  }

  it('seek(t) equals a fresh run to t, by state and trace hash, backward and forward', () => {
    const sim = new Simulation(echoProtocol, config, { checkpointEvery: 100 });
    sim.runToEnd();
    for (const t of [2500, 10, 1234, 0, 2999, 401, 3000, 650]) {
      sim.seek(t);
      const fresh = freshTo(t);
      expect(sim.traceHash(), `t=${t}`).toBe(fresh.traceHash());
      expect(sim.views(), `t=${t}`).toEqual(fresh.views());
      expect(sim.eventCount).toBe(fresh.eventCount);
      expect(sim.messages).toEqual(fresh.messages);
      expect(sim.trace).toEqual(fresh.trace);
      for (let id = 1; id <= 5; id++) expect(sim.timersOf(id)).toEqual(fresh.timersOf(id));
    }
  });

  it('a snapshot of the record stays intact while seeking', () => {
    const sim = new Simulation(echoProtocol, config);
    sim.runToEnd();
    const record = sim.snapshotRecord();
    const messages = sim.messages;
    sim.seek(500);
    expect(record.messages.count).toBe(messages.length);
    expect(record.messages.all()).toEqual(messages);
    expect(sim.messageLog.count).toBeLessThan(messages.length);
  });
});
