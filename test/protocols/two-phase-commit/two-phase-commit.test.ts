// Two-Phase Commit (Gray; Lamport's TwoPhase/TCommit; cooperative termination as in
// Bernstein–Hadzilacos–Goodman §7.4). Every test is a real engine run of a validated scenario
// with exact 10 ms latencies, so that a fault can be aimed between two deliveries:
// request at 0 → Prepare arrives at 10 → votes at 20 → decision at 20 → Commit at 30 → Ack at 40.

import { describe, expect, it } from 'vitest';
import type { Protocol } from '../../../src/engine/types';
import { twoPhaseCommit, type TwoPhaseMessage } from '../../../src/protocols/two-phase-commit';
import {
  blockedOf,
  crash,
  cut,
  EXACT,
  notes,
  phasesOf,
  request,
  restart,
  run,
  runWith,
  sent,
  simulate,
} from './commit-helpers';
import { englishNote } from '../../../src/i18n/note';

describe('2PC: the failure-free protocol', () => {
  it('Gray 2PC: every participant votes yes → all commit, every Ack comes back, the coordinator writes END', () => {
    const sim = run('2pc', { nodes: 4, until: 1000, network: EXACT, actions: [request(0, 't1')] });

    expect(phasesOf(sim, 't1')).toEqual(['committed', 'committed', 'committed', 'committed']);
    expect(sent(sim, 'Prepare')).toHaveLength(3);
    expect(sent(sim, 'VoteYes')).toHaveLength(3);
    expect(sent(sim, 'Commit')).toHaveLength(3);
    expect(sent(sim, 'Ack')).toHaveLength(3);
    expect(sent(sim, 'DecisionRequest')).toHaveLength(0);
    const coordinator = sim.views()[0];
    expect(coordinator.role).toBe('coordinator');
    expect(coordinator.log).toEqual([{ record: 'start', t: 't1', at: 0 }, { record: 'commit', t: 't1', at: 20 }, { record: 'end', t: 't1', at: 40 }]);
    expect(coordinator.votes).toEqual({ t1: { '2': 'yes', '3': 'yes', '4': 'yes' } });
    // A yes voter logs "prepared" before its vote leaves (at 10), then the decision (at 30).
    expect(sim.views()[2].log).toEqual([{ record: 'yes', t: 't1', at: 10 }, { record: 'commit', t: 't1', at: 30 }]);
    expect(sim.violations).toEqual([]);
    // Nothing left waiting: no timers, no retransmissions.
    for (let id = 1; id <= 4; id++) expect(sim.timersOf(id)).toEqual([]);
  });

  it('Gray 2PC: one no vote aborts the transaction everywhere; the no voter aborts unilaterally at once', () => {
    const sim = run('2pc', { nodes: 4, until: 1000, network: EXACT, params: { votes: { '3': 'no' } }, actions: [request(0, 't1')] });

    expect(phasesOf(sim, 't1')).toEqual(['aborted', 'aborted', 'aborted', 'aborted']);
    expect(sim.views()[2].log).toEqual([{ record: 'no', t: 't1', at: 10 }]);
    expect(notes(sim)).toContain('S1 decides abort for t1: S3 voted no');
    expect(sim.violations).toEqual([]);
  });

  it('TCommit: several transactions run side by side, each keyed by its label, with their own outcome', () => {
    // S4 votes yes on t1 (at 10) and crashes at 12, before t2's Prepare reaches it (at 15):
    // t1 commits, t2 aborts on the vote timeout. After its restart S4 learns both outcomes.
    const sim = run('2pc', {
      nodes: 4,
      until: 2000,
      network: EXACT,
      actions: [request(0, 't1'), request(5, 't2'), crash(12, 4), restart(1000, 4)],
    });

    expect(phasesOf(sim, 't1')).toEqual(['committed', 'committed', 'committed', 'committed']);
    expect(phasesOf(sim, 't2')).toEqual(['aborted', 'aborted', 'aborted', 'aborted']);
    // S4 asks about t1 on restart (answered at 1020, acked at 1030); t2's Abort comes with the
    // next retransmission (every 300 ms since t1's decision at 20: 1220 → Ack at 1240).
    expect(sim.views()[0].log).toEqual([{ record: 'start', t: 't1', at: 0 }, { record: 'start', t: 't2', at: 5 }, { record: 'commit', t: 't1', at: 20 }, { record: 'abort', t: 't2', at: 305 }, { record: 'end', t: 't1', at: 1030 }, { record: 'end', t: 't2', at: 1240 }]);
    expect(sim.violations).toEqual([]);
  });

  it('requests: only the coordinator begins transactions, and a label is used once', () => {
    const sim = run('2pc', { nodes: 3, until: 1000, network: EXACT, actions: [request(0, 't1'), request(1, 't1'), request(2, 'x', 2)] });

    expect(notes(sim)).toContain('S1 ignores request "t1": transaction t1 already exists');
    expect(notes(sim)).toContain('S2 ignores request "x": only the coordinator (S1) begins transactions');
    expect(sent(sim, 'Prepare')).toHaveLength(2);
    expect(sim.views().map((view) => Object.keys(view.transactions as object))).toEqual([['t1'], ['t1'], ['t1']]);
  });
});

describe('2PC: failures', () => {
  it('Gray 2PC vote timeout: a participant down before Prepare → abort; the decision is resent until it restarts', () => {
    const sim = simulate('2pc', { nodes: 4, until: 2000, network: EXACT, actions: [crash(0, 4), request(5, 't1'), restart(1000, 4)] });

    sim.runUntil(999);
    expect(phasesOf(sim, 't1')).toEqual(['aborted', 'aborted', 'aborted', undefined]);
    expect(notes(sim)).toContain('S1 decides abort for t1: vote timeout (no vote from S4)');

    sim.runToEnd();
    // S4 never saw Prepare; the coordinator's retransmission (every resendMs) reaches it after its restart.
    expect(phasesOf(sim, 't1')).toEqual(['aborted', 'aborted', 'aborted', 'aborted']);
    expect(sim.views()[0].log).toContainEqual({ record: 'end', t: 't1', at: 1225 });
    expect(sim.violations).toEqual([]);
  });

  it('Gray 2PC blocking: coordinator down after every vote was cast, before it decided — nobody decides until it is back (presumed abort)', () => {
    // Votes are in flight (sent at 10, due at 20) when S1 crashes at 15: they are lost.
    const sim = simulate('2pc', { nodes: 4, until: 3000, network: EXACT, actions: [request(0, 't1'), crash(15, 1), restart(2000, 1)] });

    sim.runUntil(1990);
    // During the outage every participant is prepared, uncertain and blocked since its vote.
    expect(phasesOf(sim, 't1')).toEqual(['working', 'prepared', 'prepared', 'prepared']);
    for (let id = 2; id <= 4; id++) expect(blockedOf(sim, id)).toEqual({ t1: 10 });
    // They keep asking the coordinator, in vain.
    expect(sent(sim, 'DecisionRequest').length).toBeGreaterThanOrEqual(9);
    expect(sent(sim, 'DecisionRequest').every((m) => m.to === 1)).toBe(true);

    sim.runToEnd();
    // Restarted without a logged decision, S1 aborts; everyone follows consistently.
    expect(notes(sim)).toContain('S1 decides abort for t1: restarted without a logged decision (presumed abort)');
    expect(phasesOf(sim, 't1')).toEqual(['aborted', 'aborted', 'aborted', 'aborted']);
    for (let id = 2; id <= 4; id++) expect(blockedOf(sim, id)).toEqual({});
    expect(sim.violations).toEqual([]);
  });

  it('Gray 2PC blocking: Commit reaches only S2, then S1 and S2 crash — S3 and S4 stay prepared and blocked', () => {
    // Links S1→S3 and S1→S4 are cut after Prepare (at 10) and before Commit is sent (at 20).
    const actions = [request(0, 't1'), cut(15, 1, 3), cut(15, 1, 4), crash(35, 1), crash(35, 2)];
    const sim = run('2pc', { nodes: 4, until: 5000, network: EXACT, actions });

    expect(phasesOf(sim, 't1')).toEqual(['committed', 'committed', 'prepared', 'prepared']);
    expect(blockedOf(sim, 3)).toEqual({ t1: 10 });
    expect(blockedOf(sim, 4)).toEqual({ t1: 10 });
    expect(notes(sim)).toContain('S3 is prepared on t1 and cannot decide alone: blocked');
    expect(sim.violations).toEqual([]);
  });

  it('Gray 2PC recovery: a participant that crashed prepared asks on restart and commits', () => {
    // S4 votes yes at 10 and crashes at 25: the Commit due at 30 is lost.
    const sim = simulate('2pc', { nodes: 4, until: 2000, network: EXACT, actions: [request(0, 't1'), crash(25, 4), restart(1000, 4)] });

    sim.runUntil(1000);
    expect(sim.views()[3].transactions).toEqual({ t1: 'prepared' });
    expect(blockedOf(sim, 4)).toEqual({ t1: 10 });

    sim.runToEnd();
    expect(phasesOf(sim, 't1')).toEqual(['committed', 'committed', 'committed', 'committed']);
    expect(blockedOf(sim, 4)).toEqual({});
    expect(sim.violations).toEqual([]);
  });
});

describe('2PC: cooperative termination (BHG §7.4)', () => {
  const commitReachesOnlyS2 = [request(0, 't1'), cut(15, 1, 3), cut(15, 1, 4), crash(35, 1)];

  it('a blocked participant learns the outcome from a peer that knows it, while the coordinator is down', () => {
    const sim = run('2pc', { nodes: 4, until: 3000, network: EXACT, params: { termination: 'cooperative' }, actions: commitReachesOnlyS2 });

    expect(phasesOf(sim, 't1')).toEqual(['committed', 'committed', 'committed', 'committed']);
    expect(notes(sim)).toContain('S3 learns commit for t1 from S2');
    expect(sim.violations).toEqual([]);
  });

  it('without it, the same participants stay blocked', () => {
    const sim = run('2pc', { nodes: 4, until: 3000, network: EXACT, actions: commitReachesOnlyS2 });

    expect(phasesOf(sim, 't1')).toEqual(['committed', 'committed', 'prepared', 'prepared']);
    expect(sent(sim, 'DecisionRequest').every((m) => m.to === 1)).toBe(true);
  });

  it('it does not help when every peer that knows is down too; once S2 restarts the others learn from it', () => {
    const sim = simulate('2pc', {
      nodes: 4,
      until: 5000,
      network: EXACT,
      params: { termination: 'cooperative' },
      actions: [...commitReachesOnlyS2, crash(35, 2), restart(3000, 2)],
    });

    sim.runUntil(2990);
    expect(phasesOf(sim, 't1')).toEqual(['committed', 'committed', 'prepared', 'prepared']);
    expect(blockedOf(sim, 3)).toEqual({ t1: 10 });

    sim.runToEnd();
    expect(phasesOf(sim, 't1')).toEqual(['committed', 'committed', 'committed', 'committed']);
    expect(sim.violations).toEqual([]);
  });

  it('a participant that has not voted answers by aborting unilaterally, and then votes no', () => {
    // S4 never gets Prepare (link cut); S1 crashes before any vote arrives. S2 and S3 are
    // prepared; when they ask around (at 510), S4 aborts unilaterally and tells them.
    const actions = [cut(0, 1, 4), request(1, 't1'), crash(5, 1), restart(2000, 1)];
    const cooperative = simulate('2pc', { nodes: 4, until: 3000, network: EXACT, params: { termination: 'cooperative' }, actions });

    cooperative.runUntil(1000);
    expect(phasesOf(cooperative, 't1')).toEqual(['working', 'aborted', 'aborted', 'aborted']);
    expect(notes(cooperative)).toContain('S4 has not voted on t1: aborts unilaterally and tells S2');

    cooperative.runToEnd();
    expect(phasesOf(cooperative, 't1')).toEqual(['aborted', 'aborted', 'aborted', 'aborted']);
    expect(cooperative.violations).toEqual([]);

    // Without cooperative termination they wait for the coordinator instead.
    const plain = simulate('2pc', { nodes: 4, until: 3000, network: EXACT, actions });
    plain.runUntil(1000);
    expect(phasesOf(plain, 't1')).toEqual(['working', 'prepared', 'prepared', undefined]);
  });
});

describe('2PC invariants catch a broken coordinator', () => {
  it('TCConsistent / Validity: a coordinator that counts a no vote as yes is reported', () => {
    const broken: Protocol = {
      ...(twoPhaseCommit as Protocol),
      onMessage(ctx, state, from, message: TwoPhaseMessage) {
        const forged: TwoPhaseMessage = message.type === 'VoteNo' ? { type: 'VoteYes', t: message.t } : message;
        twoPhaseCommit.onMessage(ctx, state, from, forged);
      },
    };
    const sim = runWith(broken, '2pc', { nodes: 3, until: 1000, network: EXACT, params: { votes: { '3': 'no' } }, actions: [request(0, 't1')] });

    expect(sim.violations.map((v) => [v.at, v.invariant, englishNote(v.detail)])).toEqual([
      [20, 'Atomicity', 't1 was committed at S1 but aborted at S3'],
      [20, 'Validity', 't1 was committed at S1 but S3 did not vote yes'],
    ]);
  });
});

describe('2PC view and messages', () => {
  it('view: role, transactions, blocked, votes and the log; describe labels name the transaction', () => {
    const sim = simulate('2pc', { nodes: 3, until: 1000, network: EXACT, actions: [request(0, 'pay'), crash(15, 1)] });
    sim.runUntil(600);
    const [coordinator, participant] = sim.views();
    expect(coordinator).toMatchObject({ id: 1, up: false, role: 'coordinator', transactions: { pay: 'working' } });
    expect(participant).toMatchObject({
      id: 2,
      up: true,
      role: 'participant',
      transactions: { pay: 'prepared' },
      blocked: { pay: 10 },
      log: [{ record: 'yes', t: 'pay', at: 10 }],
      logLength: 1,
    });
    const vote = twoPhaseCommit.describe({ type: 'VoteYes', t: 'pay' });
    expect({ type: vote.type, label: englishNote(vote.label) }).toEqual({ type: 'VoteYes', label: 'VoteYes(pay)' });
    expect(englishNote(twoPhaseCommit.describe({ type: 'DecisionRequest', t: 'pay' }).label)).toBe('DecisionRequest(pay)');
    expect(twoPhaseCommit.params.map((p) => p.name)).toEqual(['votes', 'voteTimeoutMs', 'decisionTimeoutMs', 'resendMs', 'termination', 'unsafeAbortAfterYes']);
  });
});
