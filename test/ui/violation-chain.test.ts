// The chain of events behind a violation, from real runs: the 3PC partition lesson (Skeen's
// timeout rules split the decision) and a run without violations in the part that led there.

import { describe, expect, test } from 'vitest';
import { computeRun } from '../../src/store/compute-run';
import { lessonById } from '../../src/lessons/library';
import { lessonScenarioAt } from '../../src/lessons/check';
import { chainStepText, violationChain } from '../../src/ui/violation-chain';
import { englishNote } from '../../src/i18n/note';
import type { Note } from '../../src/engine/types';

describe('violation chain', () => {
  test('3PC under a partition: S2 never received PreCommit → timed out uncertain → aborted, while S1 committed', () => {
    const lesson = lessonById('3pc-partition')!;
    const run = computeRun(lessonScenarioAt(lesson, lesson.steps.length - 1)!).record;
    const violation = run.violations.find((v) => v.invariant === 'Atomicity')!;
    expect(violation.nodes).toEqual([1, 2]);
    const chain = violationChain(run, violation);
    expect(chain.node).toBe(2);
    expect(chain.steps.map((s) => s.key)).toEqual(['chain.action', 'chain.neverReceived', 'chain.neverReceived', 'chain.timer', 'chain.note']);
    expect(englishNote(chain.steps[0].params.text as Note)).toMatch(/^partition/);
    expect(chain.steps[1].params).toMatchObject({ node: 2, type: 'PreCommit', from: 1, fate: 'cut' });
    expect(chain.steps[2].params).toMatchObject({ type: 'DoCommit', fate: 'cut' });
    expect(chain.steps[3].params).toMatchObject({ node: 2, timer: 'decide:T1' });
    expect(englishNote(chain.steps[4].params.text as Note)).toMatch(/S2 timed out uncertain on T1.*aborts/);
    // In time order, and none after the violation.
    const times = chain.steps.map((s) => s.at);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(Math.max(...times)).toBeLessThanOrEqual(violation.at);
    expect(chain.meanwhile).toHaveLength(1);
    expect(chain.meanwhile[0].node).toBe(1);
    expect(englishNote(chain.meanwhile[0].params.text as Note)).toMatch(/S1 decides commit for T1/);
    // Worded in English as the panel shows it: the fate and the timer by the catalog.
    expect(chainStepText(chain.steps[1], 'en')).toMatch(/^S2 never received PreCommit from S1 \(lost: link cut, \d+ ms\)$/);
    expect(chainStepText(chain.steps[3], 'en')).toMatch(/^S2’s decide:T1 timer fired \(\d+ ms\)$/);
    expect(chainStepText(chain.meanwhile[0], 'en')).toMatch(/^S1 decides commit for T1: .* \(\d+ ms\)$/);
  });
});
