// Every lesson against its own run: each step's claims hold at its time, each highlighted
// message type is in flight then, each question has exactly one right answer in the run, every
// key a lesson uses is in the catalog, and each lesson ends when its story ends.

import { describe, expect, test } from 'vitest';
import { LESSONS } from '../../src/lessons/library';
import { checkLesson, lessonScenarioAt } from '../../src/lessons/check';
import type { Lesson } from '../../src/lessons/types';
import { hasKey } from '../../src/i18n/translate';
import { PROTOCOL_NAMES } from '../../src/protocols/registry';
import { LESSON_INDEX } from '../../src/lessons/lesson-index';

/** Every catalog key a lesson uses. */
function keysOf(lesson: Lesson): string[] {
  const keys = [lesson.titleKey];
  for (const step of lesson.steps) {
    keys.push(`${step.key}.title`, `${step.key}.text`);
    if (step.question) keys.push(step.question.key, ...step.question.choices.map((c) => c.key));
  }
  return keys;
}

describe('the lesson library', () => {
  test.each(LESSONS.map((lesson) => [lesson.id, lesson] as const))('%s: every claim holds in its run', (_id, lesson) => {
    expect(checkLesson(lesson)).toEqual([]);
  });

  test('a deliberately wrong claim fails the check', () => {
    const lesson = LESSONS[0];
    const wrongLeader: Lesson = {
      ...lesson,
      steps: lesson.steps.map((step, i) => (i === 0 ? { ...step, claims: [...step.claims, { leaders: [1] }] } : step)),
    };
    expect(checkLesson(wrongLeader).join('\n')).toMatch(/step 1: leaders: expected on \{S1\}, the run has \{\}/);
    const twoRight: Lesson = {
      ...lesson,
      steps: lesson.steps.map((step) =>
        step.question ? { ...step, question: { ...step.question, choices: step.question.choices.map((c) => ({ ...c, holds: [{ violations: 0 as const }] })) } } : step,
      ),
    };
    expect(checkLesson(twoRight).join('\n')).toMatch(/choices are right \(want exactly one\)/);
  });

  test('a highlighted message type with nothing of that type in flight fails the check', () => {
    // raft-election step 1 (100 ms): five followers, no message on the wire yet.
    const lesson = LESSONS.find((l) => l.id === 'raft-election')!;
    const wrongHighlight: Lesson = {
      ...lesson,
      steps: lesson.steps.map((step, i) => (i === 0 ? { ...step, highlight: { ...step.highlight, messageTypes: ['RequestVote'] } } : step)),
    };
    expect(checkLesson(wrongHighlight)).toEqual(['raft-election step 1: highlights RequestVote, but no RequestVote is in flight at 100 ms']);
    // Step 2 (152 ms): S5's RequestVote messages are on the wire, so the same highlight passes there.
    const rightHighlight: Lesson = {
      ...lesson,
      steps: lesson.steps.map((step, i) => (i === 1 ? { ...step, highlight: { ...step.highlight, messageTypes: ['RequestVote'] } } : step)),
    };
    expect(checkLesson(rightHighlight)).toEqual([]);
  });

  test('every word a lesson shows is in the catalog', () => {
    const missing = LESSONS.flatMap(keysOf).filter((key) => !hasKey(key));
    expect(missing).toEqual([]);
  });

  test('the index in the first load lists the library lessons, in order', () => {
    expect(LESSON_INDEX).toEqual(LESSONS.map(({ id, protocol }) => ({ id, protocol })));
    for (const lesson of LESSONS) expect(lesson.titleKey).toBe(`lessons.${lesson.id}.title`);
  });

  test('ids are unique; each lesson ends within a second of its last step', () => {
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
    for (const lesson of LESSONS) {
      const last = lesson.steps[lesson.steps.length - 1];
      const scenario = lessonScenarioAt(lesson, lesson.steps.length - 1)!;
      expect(scenario.until - last.at, lesson.id).toBeLessThanOrEqual(1000);
    }
  });

  test('at least four lessons per protocol', () => {
    for (const protocol of PROTOCOL_NAMES) expect(LESSONS.filter((l) => l.protocol === protocol).length, protocol).toBeGreaterThanOrEqual(4);
  });
});
