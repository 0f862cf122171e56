// Single-decree Paxos, checked against the reasoning of Lamport's "Paxos Made Simple".
// Every test is a real engine run of a validated scenario; section tags name what it checks.

import { describe, expect, it } from 'vitest';
import type { Protocol } from '../../../src/engine/types';
import type { PaxosMessage, PaxosState } from '../../../src/protocols/paxos';
import { createSimulation } from '../../../src/scenario/simulate';
import { parseScenario } from '../../../src/scenario/validate';
import {
  crash,
  learnedValues,
  notes,
  paxos,
  paxosScenario,
  request,
  restart,
  runPaxos,
  runWith,
  sent,
  type PaxosSimulation,
} from './helpers';
import { englishNote } from '../../../src/i18n/note';

const label = (message: PaxosMessage) => englishNote(paxos.describe(message).label);

describe('Paxos §2.3: choosing a value', () => {
  it('§2.3 a single proposer gets its own value chosen in two phases, and every learner learns it', () => {
    const sim = runPaxos({ nodes: 5, until: 1000, actions: [request(0, 1, 'x')] });

    expect(learnedValues(sim)).toEqual(['x', 'x', 'x', 'x', 'x']);
    for (let id = 1; id <= 5; id++) {
      expect(sim.state(id).promised).toEqual([1, 1]);
      expect(sim.state(id).accepted).toEqual({ ballot: [1, 1], value: 'x' });
    }
    // Phase 1a/1b to every acceptor (S1 included, through the network), 2a to all, 2b to all learners.
    expect(sent(sim, 'Prepare')).toHaveLength(5);
    expect(sent(sim, 'Promise')).toHaveLength(5);
    expect(sent(sim, 'Accept')).toHaveLength(5);
    expect(sent(sim, 'Accepted')).toHaveLength(25);
    expect(sent(sim, 'Nack')).toHaveLength(0);
    expect(sim.violations).toEqual([]);
    // §2.5: a proposer that learned the chosen value stops retrying.
    expect(sim.timersOf(1)).toEqual([]);
  });

  it('§2.3 two proposers with different values at nearly the same time: one value is chosen, every learner learns it', () => {
    const winners = new Set<string>();
    let duels = 0;
    let adopted = 0;
    for (let seed = 1; seed <= 30; seed++) {
      // S5's request comes 0–58 ms after S1's: within about two message latencies (10–30 ms).
      const sim = runPaxos({ seed, nodes: 5, until: 3000, actions: [request(0, 1, 'a'), request((seed - 1) * 2, 5, 'b')] });
      expect(sim.violations).toEqual([]);
      const learned = learnedValues(sim);
      expect(new Set(learned).size).toBe(1);
      expect(['a', 'b']).toContain(learned[0]);
      winners.add(learned[0] as string);
      if (sent(sim, 'Nack').length > 0) duels++;
      // P2c at work: S5 found 'a' accepted by its quorum and proposed it instead of its own 'b'.
      if (sent(sim, 'Accept').some((m) => m.from === 5 && m.payload.value === 'a')) adopted++;
    }
    expect(duels).toBeGreaterThan(0);
    expect(adopted).toBeGreaterThan(0);
    expect([...winners].sort()).toEqual(['a', 'b']);
  });

  it('§2.4 a minority of acceptors crashed: a value is still chosen by the majority that is up', () => {
    const sim = runPaxos({ nodes: 5, until: 1000, actions: [crash(0, 4), crash(0, 5), request(10, 1, 'x')] });
    expect(learnedValues(sim)).toEqual(['x', 'x', 'x', null, null]);
    expect([1, 2, 3].map((id) => sim.state(id).accepted)).toEqual(Array(3).fill({ ballot: [1, 1], value: 'x' }));
    expect(sim.violations).toEqual([]);
  });

  it('§2.4 a majority of acceptors crashed: nothing is chosen until they restart, then the value is', () => {
    const sim = createSimulation(
      paxosScenario({
        nodes: 5,
        until: 5000,
        actions: [crash(0, 3), crash(0, 4), crash(0, 5), request(10, 1, 'x'), restart(3000, 3), restart(3000, 4), restart(3000, 5)],
      }),
    ) as unknown as PaxosSimulation;
    sim.runUntil(2999);
    expect(learnedValues(sim)).toEqual([null, null, null, null, null]);
    // Two promises out of five never make a majority: no phase 2 at all, only retries.
    expect(sent(sim, 'Accept')).toHaveLength(0);
    const ballots = new Set(sent(sim, 'Prepare').map((m) => m.payload.ballot.join('.')));
    expect(ballots.size).toBeGreaterThanOrEqual(5);
    expect(notes(sim).some((text) => /gives up ballot .*no majority of promises/.test(text))).toBe(true);

    sim.runUntil(5000);
    expect(learnedValues(sim)).toEqual(['x', 'x', 'x', 'x', 'x']);
    expect(sim.violations).toEqual([]);
  });
});

describe('Paxos §2.2 P2c: a chosen value stays chosen', () => {
  /**
   * S1 gets 'a' chosen by {S1, S2, S3} while S4 and S5 are down. Then S1 and S2 crash, S4 and
   * S5 come back, and S4 proposes 'b' to the quorum {S3, S4, S5}, which shares only S3 with the
   * first one. S3's promise reports 'a', so S4 must propose 'a'.
   */
  const differentQuorum = (params: Record<string, unknown> = {}) =>
    runPaxos({
      nodes: 5,
      until: 2000,
      params,
      actions: [crash(0, 4), crash(0, 5), request(10, 1, 'a'), crash(500, 1), crash(500, 2), restart(500, 4), restart(500, 5), request(600, 4, 'b')],
    });

  it('§2.2 P2c a value chosen by a majority is kept by a later, higher ballot that asks a different quorum (crashes)', () => {
    const sim = differentQuorum();
    expect(learnedValues(sim)).toEqual(['a', 'a', 'a', 'a', 'a']);
    // S4 restarted with nothing seen, so its ballot is 1.4 — still above 1.1.
    expect(sim.state(4).accepted).toEqual({ ballot: [1, 4], value: 'a' });
    expect(sent(sim, 'Promise').map((m) => label(m.payload))).toContain("Promise(1.4, accepted 1.1='a')");
    expect(sent(sim, 'Accept').filter((m) => m.from === 4).every((m) => m.payload.value === 'a')).toBe(true);
    expect(notes(sim)).toContain("S4 has promises for 1.4 from S3, S4, S5; proposes 'a': the value of the highest-ballot acceptance reported (1.1)");
    expect(sim.violations).toEqual([]);
  });

  it('§2.2 P2c the same, with partitions forcing the second quorum; after the heal everyone agrees', () => {
    const sim = runPaxos({
      nodes: 5,
      until: 3000,
      actions: [
        { at: 0, do: 'partition', groups: [[1, 2, 3], [4, 5]] },
        request(10, 1, 'a'),
        { at: 500, do: 'partition', groups: [[1, 2], [3, 4, 5]] },
        request(600, 5, 'b'),
        { at: 1500, do: 'heal' },
      ],
    });
    expect(learnedValues(sim)).toEqual(['a', 'a', 'a', 'a', 'a']);
    expect(sim.state(5).accepted?.value).toBe('a');
    expect(sim.violations).toEqual([]);
  });

  it('§2.2 P2c the unsafe teaching variant (own value, reports ignored) chooses a second value, and Agreement catches it', () => {
    const sim = differentQuorum({ unsafeIgnorePromises: true });
    expect(sim.state(3).accepted).toEqual({ ballot: [1, 4], value: 'b' });
    expect(sim.violations.map((v) => ({ ...v, detail: englishNote(v.detail) }))).toEqual([
      {
        at: expect.any(Number),
        invariant: 'Agreement',
        detail: "Two values were chosen: 'a' in ballot 1.1 by S1, S2, S3, then 'b' in ballot 1.4 by S3, S4, S5.",
        nodes: [1, 2, 3, 4, 5],
      },
    ]);
    expect(notes(sim).some((text) => text.includes("UNSAFE: ignores 'a' accepted in 1.1"))).toBe(true);
  });

  it('§2.2 P2c phase 2 takes the value of the highest-ballot acceptance, not the most frequent one', () => {
    // A reachable history, seeded into stable storage with the real handlers: ballot 1.1 got 'x'
    // accepted by S1 and S2 only (not chosen); ballot 2.2, prepared with {S3, S4, S5}, got 'y'
    // accepted by S3 only. S4 and S5 are down, so S3's new ballot needs exactly S1, S2, S3:
    // 'x' is reported twice, 'y' once — and 'y' (ballot 2.2) is the one P2c requires.
    const seeded: Protocol<PaxosState, PaxosMessage> = {
      ...paxos,
      init(self, nodes, params) {
        const state = paxos.init(self, nodes, params);
        if (self <= 2) Object.assign(state, { promised: [1, 1], accepted: { ballot: [1, 1], value: 'x' } });
        else if (self === 3) Object.assign(state, { promised: [2, 2], accepted: { ballot: [2, 2], value: 'y' } });
        else Object.assign(state, { promised: [2, 2] });
        return state;
      },
    };
    const sim = runWith(seeded, {
      nodes: 5,
      until: 1000,
      // 'x' and 'y' were requested back then: the requests reach nodes that are down, so they only
      // enter the record of requested values that Validity checks against.
      actions: [crash(0, 4), crash(0, 5), request(1, 4, 'x'), request(1, 5, 'y'), request(10, 3, 'z')],
    });

    const promises = sent(sim, 'Promise').filter((m) => m.to === 3);
    expect(promises.map((m) => label(m.payload)).sort()).toEqual([
      "Promise(3.3, accepted 1.1='x')",
      "Promise(3.3, accepted 1.1='x')",
      "Promise(3.3, accepted 2.2='y')",
    ]);
    expect(sent(sim, 'Accept').map((m) => m.payload.value)).toEqual(['y', 'y', 'y', 'y', 'y']);
    expect(learnedValues(sim)).toEqual(['y', 'y', 'y', null, null]);
    expect(sim.violations).toEqual([]);
  });
});

describe('Paxos §2.5: progress', () => {
  const fiveProposers = (seed: number, backoff: boolean) =>
    createSimulation(
      paxosScenario({ seed, nodes: 5, until: 6000, params: { backoff }, actions: [1, 2, 3, 4, 5].map((id) => request(0, id, `v${id}`)) }),
      { checkpointEvery: 0 },
    ) as unknown as PaxosSimulation;

  /** Time of the first learn, or null if nothing is learned by the end of the run. */
  function firstLearnAt(sim: PaxosSimulation): number | null {
    while (sim.step(sim.config.until)) if (sim.views().some((view) => view.learned !== null)) return sim.now;
    return null;
  }

  it('§2.5 dueling proposers that retry at once make no progress (seed 1: nothing chosen in 5 s); randomized back-off ends the duel', () => {
    const duel = fiveProposers(1, false);
    duel.runUntil(5000);
    expect(learnedValues(duel)).toEqual([null, null, null, null, null]);
    expect(sent(duel, 'Nack').length).toBeGreaterThan(500);
    expect(duel.violations).toEqual([]);

    const calm = firstLearnAt(fiveProposers(1, true));
    expect(calm).not.toBeNull();
    expect(calm as number).toBeLessThan(200);
  });

  it('§2.5 over 20 seeds, retrying at once takes far longer to choose than a randomized back-off', () => {
    let withoutMs = 0;
    let withMs = 0;
    for (let seed = 1; seed <= 20; seed++) {
      withoutMs += firstLearnAt(fiveProposers(seed, false)) ?? 6000;
      withMs += firstLearnAt(fiveProposers(seed, true)) ?? 6000;
    }
    expect(withMs / 20).toBeLessThan(150);
    expect(withoutMs).toBeGreaterThan(5 * withMs);
  });

  it('§2.5 the timeout action makes a stuck proposer retry at once with a higher ballot', () => {
    const sim = runPaxos({ nodes: 3, until: 100, actions: [crash(0, 2), crash(0, 3), request(10, 1, 'x'), { at: 50, do: 'timeout', node: 1 }] });
    expect(sent(sim, 'Prepare').map((m) => [m.sentAt, m.payload.ballot.join('.')])).toEqual([
      [10, '1.1'],
      [10, '1.1'],
      [10, '1.1'],
      [50, '2.1'],
      [50, '2.1'],
      [50, '2.1'],
    ]);
    expect(notes(sim)).toContain("S1 starts ballot 2.1 to propose 'x' (timeout)");
  });

  it('§2.5 a node that learned the chosen value does not propose again', () => {
    const sim = runPaxos({ nodes: 3, until: 1000, actions: [request(0, 1, 'x'), request(500, 2, 'y')] });
    expect(learnedValues(sim)).toEqual(['x', 'x', 'x']);
    expect(sent(sim, 'Prepare').every((m) => m.from === 1)).toBe(true);
    expect(notes(sim)).toContain("S2 already learned 'x': request 'y' is not proposed");
  });
});

describe('Paxos §2.4: stable storage across crashes', () => {
  it('§2.2 P1a a crashed and restarted acceptor keeps its promise: a late lower Prepare is nacked', () => {
    // S1's Prepare(1.1) to S2 (message #1) is held back 500 ms; meanwhile S2 promises S3's 1.3
    // and then crashes and restarts. The late Prepare(1.1) must meet the remembered promise.
    const sim = createSimulation(
      paxosScenario({
        seed: 3,
        nodes: 3,
        until: 1500,
        actions: [request(0, 1, 'a'), { at: 1, do: 'delay', message: 1, byMs: 500 }, request(5, 3, 'c'), crash(200, 2), restart(300, 2)],
      }),
    ) as unknown as PaxosSimulation;
    sim.runUntil(199);
    const before = sim.state(2).promised;
    expect(before).not.toBeNull();
    sim.runUntil(300);
    expect(sim.state(2).promised).toEqual(before);
    sim.runToEnd();
    const late = sent(sim, 'Nack').filter((m) => m.from === 2 && m.sentAt > 300);
    expect(late.map((m) => label(m.payload))).toEqual([`Nack(1.1 < ${before?.join('.')})`]);
    expect(new Set(learnedValues(sim)).size).toBe(1);
    expect(sim.violations).toEqual([]);
  });

  it('§2.5 a restarted proposer never reuses a ballot, even when its own Prepare was lost in the crash', () => {
    // S1 crashes right after sending Prepare(1.1): the copy to itself is lost, so its acceptor
    // never promised 1.1, but S2 and S3 did. After the restart it must start above round 1.
    const sim = runPaxos({ nodes: 3, until: 1000, actions: [request(0, 1, 'a'), crash(1, 1), restart(100, 1), request(110, 1, 'b')] });
    const ballots = sent(sim, 'Prepare').filter((m) => m.from === 1).map((m) => m.payload.ballot.join('.'));
    expect(new Set(ballots)).toEqual(new Set(['1.1', '2.1']));
    expect(sim.state(1).triedRound).toBe(2);
    expect(learnedValues(sim)).toEqual(['b', 'b', 'b']);
    expect(sim.violations).toEqual([]);
  });

  it('§2.4 what survives a crash: promise, acceptance, learned value and tried round — not the ballot in progress', () => {
    const state = paxos.init(1, 3, {});
    Object.assign(state, {
      promised: [4, 2],
      accepted: { ballot: [3, 1], value: 'x' },
      learned: 'x',
      triedRound: 3,
      ownValue: 'x',
      proposal: { ballot: [3, 1], phase: 'accept', promises: [1, 2], highest: null, value: 'x', accepts: [1] },
      tallies: { '3.1|x': { ballot: [3, 1], value: 'x', from: [1] } },
    });
    const after = paxos.recover(state, 1, 3, {});
    expect(after).toMatchObject({ promised: [4, 2], accepted: { ballot: [3, 1], value: 'x' }, learned: 'x', triedRound: 3 });
    expect(after).toMatchObject({ ownValue: null, proposal: null, tallies: {}, roundSeen: 4 });
    expect(after).not.toBe(state);
  });
});

describe('Paxos §2.1: the invariants catch broken variants', () => {
  it('§2.1 LearnedIsChosen: a learner that learns from the first Accepted is caught', () => {
    const hasty: Protocol<PaxosState, PaxosMessage> = {
      ...paxos,
      onMessage(ctx, state, from, message) {
        paxos.onMessage(ctx, state, from, message);
        if (message.type === 'Accepted' && state.learned === null) state.learned = message.value;
      },
    };
    const sim = runWith(hasty, { nodes: 5, until: 1000, actions: [request(0, 1, 'x')] });
    const caught = sim.violations.filter((v) => v.invariant === 'LearnedIsChosen');
    expect(caught.length).toBeGreaterThan(0);
    expect(englishNote(caught[0].detail)).toMatch(/^S\d learned 'x' but no majority of acceptors accepted it in any one ballot\.$/);
    expect(sim.violations.every((v) => v.invariant === 'LearnedIsChosen')).toBe(true);
  });

  it('§2.1 Validity: a proposer that proposes a value no client requested is caught', () => {
    const inventive: Protocol<PaxosState, PaxosMessage> = {
      ...paxos,
      onRequest: (ctx, state, value) => paxos.onRequest(ctx, state, `${value}!`),
    };
    const sim = runWith(inventive, { nodes: 3, until: 1000, actions: [request(0, 1, 'x')] });
    expect({ ...sim.violations[0], detail: englishNote(sim.violations[0].detail) }).toMatchObject({
      invariant: 'Validity',
      detail: "Value 'x!' in ballot 1.1 by S1, S2 was chosen but no client requested it.",
      nodes: [1, 2],
    });
  });
});

describe('Paxos: outputs for the CLI and the UI', () => {
  it('views carry the CLI contract fields (promised, accepted, learned) as plain JSON, plus proposal and round', () => {
    const sim = runPaxos({ nodes: 3, until: 1000, actions: [crash(0, 3), request(10, 1, 'x')] });
    const views = sim.views();
    expect(JSON.parse(JSON.stringify(views))).toEqual(views);
    expect(views[0]).toEqual({
      id: 1,
      up: true,
      promised: [1, 1],
      accepted: { ballot: [1, 1], value: 'x' },
      learned: 'x',
      round: 1,
      proposal: { ballot: [1, 1], value: 'x', phase: 'idle', promises: [1, 2], accepts: [1, 2] },
    });
    expect(views[2]).toEqual({ id: 3, up: false, promised: null, accepted: null, learned: null, round: 0, proposal: null });
  });

  it('views show a proposal in progress', () => {
    const sim = createSimulation(paxosScenario({ nodes: 3, until: 1000, actions: [crash(0, 2), crash(0, 3), request(10, 1, 'x')] }));
    sim.runUntil(100);
    expect(sim.views()[0].proposal).toEqual({ ballot: [1, 1], value: 'x', phase: 'prepare', promises: [1], accepts: [] });
  });

  it('describe() names the paper messages and writes ballots as round.node', () => {
    const cases: [PaxosMessage, string, string][] = [
      [{ type: 'Prepare', ballot: [2, 1] }, 'Prepare', 'Prepare(2.1)'],
      [{ type: 'Promise', ballot: [2, 1], accepted: { ballot: [1, 3], value: 'x' } }, 'Promise', "Promise(2.1, accepted 1.3='x')"],
      [{ type: 'Promise', ballot: [2, 1], accepted: null }, 'Promise', 'Promise(2.1, none accepted)'],
      [{ type: 'Accept', ballot: [2, 1], value: 'x' }, 'Accept', "Accept(2.1, 'x')"],
      [{ type: 'Accepted', ballot: [2, 1], value: 'x' }, 'Accepted', "Accepted(2.1, 'x')"],
      [{ type: 'Nack', ballot: [2, 1], promised: [3, 2] }, 'Nack', 'Nack(2.1 < 3.2)'],
      [{ type: 'Nack', ballot: [2, 1], promised: [2, 1] }, 'Nack', 'Nack(2.1 ≤ 2.1)'],
    ];
    for (const [message, type, text] of cases) {
      const d = paxos.describe(message);
      expect({ type: d.type, label: englishNote(d.label) }).toEqual({ type, label: text });
    }
  });

  it('params are declared for the validator and the UI, the unsafe one marked as teaching', () => {
    const ok = parseScenario({ version: 1, protocol: 'paxos', params: { backoff: false, retryMsMin: 0 } });
    expect(ok.ok && ok.scenario.params).toEqual({ ballotTimeoutMs: 200, retryMsMin: 0, retryMsMax: 300, backoff: false, unsafeIgnorePromises: false });
    const bad = parseScenario({ version: 1, protocol: 'paxos', params: { backof: true } });
    expect(bad.ok).toBe(false);
    const unsafe = paxos.params.find((spec) => spec.name === 'unsafeIgnorePromises');
    expect(unsafe).toMatchObject({ kind: 'boolean', default: false, teaching: true });
    expect(paxos.params.every((spec) => spec.label.length > 0)).toBe(true);
    expect(paxos.invariants.map((inv) => inv.name)).toEqual(['Agreement', 'Validity', 'LearnedIsChosen']);
  });
});
