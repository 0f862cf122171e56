// The scenario a lesson runs at each step: the lesson's own, with every step's parameters up to
// it. Pure. The store and the lesson panel use it on the page; check.ts (the lesson checker and
// the grading of answers, which run the engine) builds on it and loads with the lesson panel.

import { parseScenario } from '../scenario/validate';
import type { Scenario } from '../scenario/format';
import type { Lesson } from './types';

/** The protocol parameters in force at step `index`: the lesson's, then every step's up to it. */
export function paramsAtStep(lesson: Lesson, index: number): Record<string, unknown> {
  const params: Record<string, unknown> = { ...(lesson.scenario.params ?? {}) };
  for (let i = 0; i <= index && i < lesson.steps.length; i++) Object.assign(params, lesson.steps[i].params ?? {});
  return params;
}

/** The validated scenario the lesson runs at step `index` (null if it does not parse). */
export function lessonScenarioAt(lesson: Lesson, index: number): Scenario | null {
  const result = parseScenario({ version: 1, ...lesson.scenario, params: paramsAtStep(lesson, index) });
  return result.ok ? result.scenario : null;
}
