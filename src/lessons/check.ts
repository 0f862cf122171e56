// A lesson against its run: the scenario in force at each step, and the check that every step's
// claims hold, every highlighted message type is on screen, and every question has exactly one
// right answer. Pure: runs the engine, no DOM.
// The unit suite runs it over the whole library; the lesson panel uses the same scenarios.

import { createSimulation } from '../scenario/simulate';
import { protocols } from '../protocols/registry';
import type { Scenario } from '../scenario/format';
import { evaluateClaim, type ClaimWorld, type NodeView } from './claims';
import type { Claim, Lesson } from './types';
import { lessonScenarioAt } from './step-scenario';

export { lessonScenarioAt, paramsAtStep } from './step-scenario';

/** The state at one time, plus the message types drawn in flight then. */
export interface StepWorld extends ClaimWorld {
  /** Types (as the protocol's describe() names them) of the messages in flight: sentAt <= t < endAt. */
  inFlight: ReadonlySet<string>;
}

/** The state of the scenario's run at time t (after every event at or before t). */
export function worldAt(scenario: Scenario, t: number): StepWorld {
  const simulation = createSimulation(scenario, { checkpointEvery: 0 });
  simulation.runUntil(t);
  const protocol = protocols[scenario.protocol];
  const inFlight = new Set(simulation.messages.filter((m) => m.sentAt <= t && t < m.endAt).map((m) => protocol.describe(m.payload).type));
  return { protocol: scenario.protocol, views: simulation.views() as NodeView[], violations: simulation.violations.filter((v) => v.at <= t), inFlight };
}

/**
 * Highlighted message types with no message of that type in flight at the step's time: the
 * step would point the class at nothing.
 */
export function missingMessageTypes(types: readonly string[], world: StepWorld): string[] {
  return types.filter((type) => !world.inFlight.has(type));
}

/** The claims that fail in this world, with what the run shows instead. */
export function failingClaims(claims: readonly Claim[], world: ClaimWorld): string[] {
  return claims.flatMap((claim) => {
    const problem = evaluateClaim(claim, world);
    return problem === null ? [] : [problem];
  });
}

/** Which choices of step `index`'s question the run makes right (at the next step's time). */
export function rightChoices(lesson: Lesson, index: number): number[] {
  const step = lesson.steps[index];
  const next = lesson.steps[index + 1];
  if (!step?.question || !next) return [];
  const scenario = lessonScenarioAt(lesson, index + 1);
  if (!scenario) return [];
  const world = worldAt(scenario, next.at);
  return step.question.choices.flatMap((choice, i) => (failingClaims(choice.holds, world).length === 0 ? [i] : []));
}

/** Every problem of a lesson against its runs; empty when the lesson tells the truth. */
export function checkLesson(lesson: Lesson): string[] {
  const problems: string[] = [];
  const where = (i: number) => `${lesson.id} step ${i + 1}`;
  if (lesson.steps.length === 0) problems.push(`${lesson.id}: no steps`);
  lesson.steps.forEach((step, i) => {
    const scenario = lessonScenarioAt(lesson, i);
    if (!scenario) return problems.push(`${where(i)}: the scenario does not parse`);
    if (scenario.protocol !== lesson.protocol) problems.push(`${where(i)}: protocol ${scenario.protocol}, lesson ${lesson.protocol}`);
    if (i > 0 && step.at <= lesson.steps[i - 1].at) problems.push(`${where(i)}: at ${step.at} is not after the previous step`);
    if (step.at > scenario.until) problems.push(`${where(i)}: at ${step.at} is past the run's end (${scenario.until})`);
    if (step.claims.length === 0) problems.push(`${where(i)}: no claim`);
    const world = worldAt(scenario, step.at);
    for (const problem of failingClaims(step.claims, world)) problems.push(`${where(i)}: ${problem}`);
    for (const type of missingMessageTypes(step.highlight?.messageTypes ?? [], world)) {
      problems.push(`${where(i)}: highlights ${type}, but no ${type} is in flight at ${step.at} ms`);
    }
    if (step.question) {
      if (i === lesson.steps.length - 1) problems.push(`${where(i)}: a question on the last step has no answer`);
      else {
        const right = rightChoices(lesson, i);
        if (right.length !== 1) problems.push(`${where(i)}: ${right.length} choices are right (want exactly one)`);
      }
    }
  });
  return problems;
}
