// The built-in lessons (src/scenario/library.ts): each parses, and each shows what its summary
// promises when run in the engine.

import { describe, expect, test } from 'vitest';
import { LESSONS, lessonScenario } from '../../src/scenario/library';
import { createSimulation } from '../../src/scenario/simulate';

function runLesson(id: string) {
  const lesson = LESSONS.find((l) => l.id === id)!;
  const scenario = lessonScenario(lesson)!;
  const sim = createSimulation(scenario);
  return { sim, scenario };
}

describe('lessons', () => {
  test('every lesson is a valid scenario', () => {
    for (const lesson of LESSONS) expect(lessonScenario(lesson), lesson.id).not.toBeNull();
  });

  test('Raft lessons: a leader is elected; after the leader crash a new one in a higher term', () => {
    const { sim } = runLesson('raft-election');
    sim.runToEnd();
    expect(sim.views().filter((v) => v.role === 'leader')).toHaveLength(1);
    const crash = runLesson('raft-leader-crash');
    crash.sim.runUntil(2499);
    const before = crash.sim.views().find((v) => v.role === 'leader')!;
    expect(before.id).toBe(3);
    crash.sim.runUntil(4400);
    const after = crash.sim.views().find((v) => v.role === 'leader' && v.up)!;
    expect(after.id).not.toBe(3);
    expect(after.term as number).toBeGreaterThan(before.term as number);
    expect(crash.sim.violations).toEqual([]);
  });

  test('Raft partition lesson: the majority side commits, the run stays safe', () => {
    const { sim } = runLesson('raft-partition');
    sim.runToEnd();
    expect(sim.violations).toEqual([]);
    const leaders = sim.views().filter((v) => v.role === 'leader');
    expect(leaders).toHaveLength(1);
  });

  test('Raft §9.6 lessons: without PreVote the rejoining node deposes the leader; with PreVote it does not', () => {
    const without = runLesson('raft-rejoin').sim;
    without.runToEnd();
    expect(without.trace.some((e) => /^S1 sees term \d+ .*steps down from leader$/.test(e.text ?? ''))).toBe(true);
    const withPreVote = runLesson('raft-rejoin-prevote').sim;
    withPreVote.runToEnd();
    expect(withPreVote.views().map((v) => [v.role, v.term])).toEqual([['leader', 1], ['follower', 1], ['follower', 1], ['follower', 1], ['follower', 1]]);
    expect(without.violations).toEqual([]);
    expect(withPreVote.violations).toEqual([]);
  });

  test('Raft Figure 8 lesson: safe as given; the unsafe teaching toggle is caught by the invariants', () => {
    const safe = runLesson('raft-figure-8');
    safe.sim.runToEnd();
    expect(safe.sim.violations).toEqual([]);
    const unsafe = createSimulation({ ...safe.scenario, params: { ...safe.scenario.params, unsafeCommitOldTerms: true } });
    unsafe.runToEnd();
    expect(unsafe.violations.map((v) => v.invariant)).toContain('StateMachineSafety');
  });

  test('Paxos livelock lesson: nothing chosen for seconds without back-off; quickly with it', () => {
    const { sim, scenario } = runLesson('paxos-livelock');
    sim.runUntil(2000);
    expect(sim.views().every((v) => v.learned === null)).toBe(true);
    const withBackoff = createSimulation({ ...scenario, params: { ...scenario.params, backoff: true } });
    withBackoff.runUntil(2000);
    expect(withBackoff.views().every((v) => v.learned !== null)).toBe(true);
    sim.runToEnd();
    expect(sim.violations).toEqual([]);
  });

  test('Paxos lessons: every node learns one value', () => {
    for (const id of ['paxos-single', 'paxos-dueling']) {
      const { sim } = runLesson(id);
      sim.runToEnd();
      const learned = new Set(sim.views().map((v) => v.learned));
      expect(learned.size, id).toBe(1);
      expect([...learned][0], id).not.toBeNull();
      expect(sim.violations).toEqual([]);
    }
  });

  test('2PC lessons: a commit; a coordinator crash leaves prepared participants blocked', () => {
    const commit = runLesson('2pc-commit');
    commit.sim.runToEnd();
    expect(commit.sim.views().every((v) => (v.transactions as Record<string, string>).T1 === 'committed')).toBe(true);
    const blocking = runLesson('2pc-blocking');
    blocking.sim.runUntil(3000);
    const blocked = blocking.sim.views().filter((v) => Object.keys((v.blocked as object) ?? {}).length > 0);
    expect(blocked.length).toBeGreaterThan(0);
    blocking.sim.runToEnd();
    expect(blocking.sim.violations).toEqual([]);
  });

  test('3PC lessons: a clean commit; the partition breaks Atomicity', () => {
    const commit = runLesson('3pc-commit');
    commit.sim.runToEnd();
    expect(commit.sim.views().every((v) => (v.transactions as Record<string, string>).T1 === 'committed')).toBe(true);
    const split = runLesson('3pc-partition');
    split.sim.runToEnd();
    expect(split.sim.violations.map((v) => v.invariant)).toContain('Atomicity');
    const quorum = runLesson('3pc-partition-quorum');
    quorum.sim.runUntil(3000);
    const blocked = quorum.sim.views().filter((v) => Object.keys((v.blocked as object) ?? {}).length > 0);
    expect(blocked.length).toBeGreaterThan(0);
    quorum.sim.runToEnd();
    expect(quorum.sim.violations).toEqual([]);
  });
});
