// Three-Phase Commit (Skeen, "Nonblocking Commit Protocols", 1981) and its quorum-based
// termination (Skeen 1982). Real engine runs with exact 10 ms latencies and the default
// timeouts (coordinator 300 ms, participant 600 ms):
// request at 0 → CanCommit at 10 → votes at 20 → PreCommit at 30 → acks at 40 → DoCommit at 50.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { threePhaseCommit } from '../../../src/protocols/three-phase-commit';
import {
  blockedOf,
  crash,
  EXACT,
  heal,
  notes,
  partition,
  phasesOf,
  request,
  restart,
  run,
  sent,
  simulate,
  type CommitScenarioFields,
} from '../two-phase-commit/commit-helpers';
import { englishNote } from '../../../src/i18n/note';

describe('3PC: the failure-free protocol', () => {
  it('Skeen 3PC: all yes → CanCommit, PreCommit, DoCommit; everyone commits', () => {
    const sim = run('3pc', { nodes: 4, until: 1000, network: EXACT, actions: [request(0, 't1')] });

    expect(phasesOf(sim, 't1')).toEqual(['committed', 'committed', 'committed', 'committed']);
    for (const type of ['CanCommit', 'VoteYes', 'PreCommit', 'DoCommit']) expect(sent(sim, type)).toHaveLength(3);
    expect(sent(sim, 'Ack')).toHaveLength(6);
    expect(sim.views()[0].log).toEqual([{ record: 'start', t: 't1', at: 0 }, { record: 'precommit', t: 't1', at: 20 }, { record: 'commit', t: 't1', at: 40 }, { record: 'end', t: 't1', at: 60 }]);
    expect(sim.views()[1].log).toEqual([{ record: 'yes', t: 't1', at: 10 }, { record: 'precommit', t: 't1', at: 30 }, { record: 'commit', t: 't1', at: 50 }]);
    expect(sim.violations).toEqual([]);
  });

  it('Skeen 3PC: a no vote aborts without any PreCommit', () => {
    const sim = run('3pc', { nodes: 4, until: 1000, network: EXACT, params: { votes: { '4': 'no' } }, actions: [request(0, 't1')] });

    expect(phasesOf(sim, 't1')).toEqual(['aborted', 'aborted', 'aborted', 'aborted']);
    expect(sent(sim, 'PreCommit')).toHaveLength(0);
    expect(sim.violations).toEqual([]);
  });
});

describe('3PC: non-blocking under crashes (Skeen timeout rules)', () => {
  it('Skeen p → commit: the coordinator crashes after every participant acked PreCommit; they commit on timeout', () => {
    // The acks are due at 40; S1 crashes at 35 and never sends DoCommit.
    const sim = simulate('3pc', { nodes: 4, until: 2000, network: EXACT, actions: [request(0, 't1'), crash(35, 1), restart(1000, 1)] });

    sim.runUntil(625);
    expect(phasesOf(sim, 't1')).toEqual(['precommitted', 'precommitted', 'precommitted', 'precommitted']);
    sim.runUntil(640);
    // Precommitted since 30, they time out at 630 and commit without the coordinator — no blocking.
    expect(phasesOf(sim, 't1')).toEqual(['precommitted', 'committed', 'committed', 'committed']);
    for (let id = 2; id <= 4; id++) expect(blockedOf(sim, id)).toEqual({});

    sim.runToEnd();
    expect(notes(sim)).toContain('S1 decides commit for t1: restarted in state p: p → commit (Skeen)');
    expect(phasesOf(sim, 't1')).toEqual(['committed', 'committed', 'committed', 'committed']);
    expect(sim.violations).toEqual([]);
  });

  it('Skeen w → abort: the coordinator crashes before any PreCommit; the participants abort on timeout', () => {
    // The votes are due at 20; S1 crashes at 15.
    const sim = simulate('3pc', { nodes: 4, until: 2000, network: EXACT, actions: [request(0, 't1'), crash(15, 1), restart(1000, 1)] });

    sim.runUntil(605);
    expect(phasesOf(sim, 't1')).toEqual(['working', 'prepared', 'prepared', 'prepared']);
    sim.runUntil(615);
    expect(phasesOf(sim, 't1')).toEqual(['working', 'aborted', 'aborted', 'aborted']);
    expect(notes(sim)).toContain('S2 timed out uncertain on t1, no PreCommit: aborts (Skeen: w → abort)');

    sim.runToEnd();
    expect(phasesOf(sim, 't1')).toEqual(['aborted', 'aborted', 'aborted', 'aborted']);
    expect(sim.violations).toEqual([]);
  });

  it('recovery: a participant that was down when PreCommit came restarts uncertain, asks, and commits (it must not abort)', () => {
    // S4 votes at 10 and crashes at 25: PreCommit (due at 30) is lost. S1 commits on its ack timeout (320).
    const sim = simulate('3pc', { nodes: 4, until: 3000, network: EXACT, actions: [request(0, 't1'), crash(25, 4), restart(1000, 4)] });

    sim.runUntil(1000);
    expect(phasesOf(sim, 't1')).toEqual(['committed', 'committed', 'committed', 'prepared']);
    expect(blockedOf(sim, 4)).toEqual({ t1: 10 });
    expect(notes(sim)).toContain('S4 restarted uncertain on t1: asks every node for the outcome (blocked)');

    sim.runToEnd();
    expect(phasesOf(sim, 't1')).toEqual(['committed', 'committed', 'committed', 'committed']);
    expect(sim.violations).toEqual([]);
  });
});

/** PreCommit reaches S2 only: sent at 20, due at 30; the partition at 25 loses the ones to S3 and S4 in flight. */
const splitAfterPreCommit = (params: Record<string, unknown>): CommitScenarioFields => ({
  nodes: 4,
  until: 3000,
  network: EXACT,
  params,
  actions: [request(0, 't1'), partition(25, [1, 2], [3, 4]), heal(2000)],
});

describe('3PC under a partition', () => {
  it('Skeen 3PC is unsafe under partitions: {S1, S2} commit while {S3, S4} abort — Atomicity is violated', () => {
    const sim = run('3pc', splitAfterPreCommit({}));

    expect(sent(sim, 'PreCommit').map((m) => [m.to, m.fate])).toEqual([
      [2, 'delivered'],
      [3, 'cut'],
      [4, 'cut'],
    ]);
    // S1: no ack from S3, S4 by 320 → commits (p → commit). S3, S4: no PreCommit by 610 → abort (w → abort).
    expect(phasesOf(sim, 't1')).toEqual(['committed', 'committed', 'aborted', 'aborted']);
    expect(sim.violations.map((v) => ({ ...v, detail: englishNote(v.detail) }))).toEqual([{ at: 610, invariant: 'Atomicity', detail: 't1 was committed at S1 but aborted at S3', nodes: [1, 3] }]);
  });

  it('quorum termination: the same partition blocks both minorities instead; after the heal everyone commits', () => {
    const sim = simulate('3pc', splitAfterPreCommit({ termination: 'quorum' }));

    sim.runUntil(1990);
    // Neither side holds a majority (3 of 4): no one decides, everyone is blocked.
    expect(phasesOf(sim, 't1')).toEqual(['precommitted', 'precommitted', 'prepared', 'prepared']);
    expect([1, 2, 3, 4].map((id) => blockedOf(sim, id))).toEqual([{ t1: 20 }, { t1: 10 }, { t1: 10 }, { t1: 10 }]);
    expect(sent(sim, 'StateRequest').length).toBeGreaterThan(0);

    sim.runToEnd();
    expect(phasesOf(sim, 't1')).toEqual(['committed', 'committed', 'committed', 'committed']);
    expect([1, 2, 3, 4].map((id) => blockedOf(sim, id))).toEqual([{}, {}, {}, {}]);
    expect(sim.violations).toEqual([]);
  });

  it('quorum termination: a majority side that saw no PreCommit preaborts and aborts; the precommitted minority blocks, then learns abort', () => {
    const sim = simulate('3pc', {
      nodes: 5,
      until: 3000,
      network: EXACT,
      params: { termination: 'quorum' },
      actions: [request(0, 't1'), partition(25, [1, 2], [3, 4, 5]), heal(2000)],
    });

    sim.runUntil(1990);
    expect(phasesOf(sim, 't1')).toEqual(['precommitted', 'precommitted', 'aborted', 'aborted', 'aborted']);
    expect(blockedOf(sim, 1)).toEqual({ t1: 20 });
    expect(blockedOf(sim, 2)).toEqual({ t1: 10 });
    expect(sim.views()[2].log).toEqual([{ record: 'yes', t: 't1', at: 10 }, { record: 'preabort', t: 't1', at: 630 }, { record: 'abort', t: 't1', at: 650 }]);

    sim.runToEnd();
    // A precommitted node may still abort: p is not a decision, a majority of preaborted nodes is.
    expect(phasesOf(sim, 't1')).toEqual(['aborted', 'aborted', 'aborted', 'aborted', 'aborted']);
    expect(sim.violations).toEqual([]);
  });

  it('Skeen assumes accurate failure detection: a forced timeout at an uncertain participant splits the decision; quorum does not', () => {
    // S3's timeout is forced at 25, after its yes vote and before PreCommit arrives at 30.
    const actions = [request(0, 't1'), { at: 25, do: 'timeout' as const, node: 3 }];
    const plain = run('3pc', { nodes: 4, until: 2000, network: EXACT, actions });
    expect(phasesOf(plain, 't1')).toEqual(['committed', 'committed', 'aborted', 'committed']);
    expect(plain.violations.map((v) => v.invariant)).toEqual(['Atomicity']);

    const quorum = run('3pc', { nodes: 4, until: 2000, network: EXACT, params: { termination: 'quorum' }, actions });
    expect(phasesOf(quorum, 't1')).toEqual(['committed', 'committed', 'committed', 'committed']);
    expect(quorum.violations).toEqual([]);
  });

  it('replay: seeking back into a quorum run and running on gives the same states and trace hash', () => {
    const whole = run('3pc', splitAfterPreCommit({ termination: 'quorum' }));
    const seeking = simulate('3pc', splitAfterPreCommit({ termination: 'quorum' }));
    seeking.runUntil(2500);
    seeking.seek(700);
    seeking.runToEnd();
    expect(seeking.views()).toEqual(whole.views());
    expect(seeking.traceHash()).toBe(whole.traceHash());
  });
});

describe('3PC view and messages', () => {
  it('view: role, transactions, blocked, votes, log; describe labels name the transaction', () => {
    const sim = simulate('3pc', { nodes: 3, until: 1000, network: EXACT, actions: [request(0, 'pay')] });
    sim.runUntil(35);
    expect(sim.views()[0]).toMatchObject({ role: 'coordinator', transactions: { pay: 'precommitted' }, votes: { pay: { '2': 'yes', '3': 'yes' } } });
    expect(sim.views()[1]).toMatchObject({ role: 'participant', transactions: { pay: 'precommitted' }, blocked: {} });
    const ack = threePhaseCommit.describe({ type: 'Ack', t: 'pay', of: 'PreCommit' });
    expect({ type: ack.type, label: englishNote(ack.label) }).toEqual({ type: 'Ack', label: 'Ack(pay, PreCommit)' });
    expect(englishNote(threePhaseCommit.describe({ type: 'StateReply', t: 'pay', state: 'preaborted' }).label)).toBe('StateReply(pay, preaborted)');
    expect(threePhaseCommit.params.map((p) => p.name)).toEqual(['votes', 'voteTimeoutMs', 'decisionTimeoutMs', 'resendMs', 'termination']);
  });
});

// The CLI is the lead's (src/cli/main.ts); this checks its exit code on our scenario.
const CLI = join(process.cwd(), 'src/cli/main.ts');
describe.skipIf(!existsSync(CLI))('3PC from the command line', () => {
  it('`sim run` exits 1 on the partition scenario and 0 with quorum termination', () => {
    const dir = mkdtempSync(join(tmpdir(), 'consensus-lab-3pc-'));
    try {
      const runCli = (params: Record<string, unknown>) => {
        const file = join(dir, 'scenario.json');
        writeFileSync(file, JSON.stringify({ version: 1, protocol: '3pc', ...splitAfterPreCommit(params) }));
        return spawnSync(process.execPath, ['--import', 'tsx', CLI, 'run', file], { encoding: 'utf8', timeout: 60_000 });
      };
      const plain = runCli({});
      expect(plain.status).toBe(1);
      const summary = JSON.parse(plain.stdout);
      expect(summary.violations).toEqual([expect.objectContaining({ at: 610, invariant: 'Atomicity' })]);
      expect(summary.nodes.map((node: { transactions: Record<string, string> }) => node.transactions.t1)).toEqual([
        'committed',
        'committed',
        'aborted',
        'aborted',
      ]);

      expect(runCli({ termination: 'quorum' }).status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
