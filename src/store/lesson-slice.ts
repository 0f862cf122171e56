// The lesson part of the session store: which lesson is open, at which step, the answers given,
// and whether the page shows the whole run or only what has happened up to the playhead.
// Actions load the lesson's scenario for a step (src/lessons/check.ts) and seek to its time
// through the store's own actions; nothing here knows a protocol's rules.

import { lessonById } from '../lessons/registry';
import { t } from '../i18n/translate';
import { lessonScenarioAt } from '../lessons/step-scenario';
import type { Lesson } from '../lessons/types';
import type { Scenario } from '../scenario/format';

export interface LessonProgress {
  id: string;
  /** Index of the current step (0-based; the page says "Step k of n" with k = step + 1). */
  step: number;
  /** The choice picked at each step's question, by step index (absent: not answered). */
  answers: Readonly<Record<number, number>>;
}

export interface LessonState {
  lesson: LessonProgress | null;
  /** Off by default: the log, invariants and timeline show only what happened up to the playhead. */
  showWholeRun: boolean;
  /** Open a lesson at a step (default the first). False when the id or step is unknown. */
  startLesson(id: string, step?: number): boolean;
  /** Move to a step: its scenario (settings switched on by the steps so far), paused at its time. */
  goToStep(step: number): void;
  answerQuestion(choice: number): void;
  /** After acting on the run: restore the lesson's scenario and the current step. */
  backToLesson(): void;
  closeLesson(): void;
  setShowWholeRun(show: boolean): void;
}

/** What the lesson slice needs from the rest of the store. */
interface Host {
  scenario: Scenario;
  loadScenario(scenario: Scenario, time?: number): void;
  setTime(time: number): void;
  pause(): void;
  setError(error: string | null): void;
}

type Set = (partial: Partial<LessonState>) => void;
type Get = () => LessonState & Host;

/** Same scenario, field by field (both come from the validator, so key order matches). */
export function sameScenario(a: Scenario | null, b: Scenario | null): boolean {
  return a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b);
}

const scripts = new WeakMap<Lesson, Map<number, Scenario | null>>();

/** The lesson's scenario at a step, validated once and then shared (scenarios are never mutated). */
function scriptAt(lesson: Lesson, step: number): Scenario | null {
  let byStep = scripts.get(lesson);
  if (!byStep) scripts.set(lesson, (byStep = new Map()));
  if (!byStep.has(step)) byStep.set(step, lessonScenarioAt(lesson, step));
  return byStep.get(step)!;
}

/** The last answer of onScript, by the objects it was asked about. */
let lastAsked: { scenario: Scenario; lesson: LessonProgress | null; answer: boolean } | null = null;

/**
 * True while the run on the page is the lesson's run for its current step. Selectors of the
 * cluster call it on every animation frame: the answer is kept until the scenario or the lesson
 * progress object changes.
 */
export function onScript(state: { scenario: Scenario; lesson: LessonProgress | null }): boolean {
  if (lastAsked !== null && lastAsked.scenario === state.scenario && lastAsked.lesson === state.lesson) return lastAsked.answer;
  const lesson = state.lesson ? lessonById(state.lesson.id) : undefined;
  const answer = lesson !== undefined && sameScenario(state.scenario, scriptAt(lesson, state.lesson!.step));
  lastAsked = { scenario: state.scenario, lesson: state.lesson, answer };
  return answer;
}

export function lessonSlice(set: Set, get: Get, initial: { lesson?: LessonProgress | null; showWholeRun?: boolean } = {}): LessonState {
  const show = (lesson: Lesson, step: number, answers: LessonProgress['answers']) => {
    const scenario = scriptAt(lesson, step);
    if (!scenario) {
      get().setError(t('controls.error.lessonFailed'));
      return false;
    }
    const state = get();
    state.pause();
    const at = lesson.steps[step].at;
    if (sameScenario(state.scenario, scenario)) state.setTime(at);
    else state.loadScenario(scenario, at);
    set({ lesson: { id: lesson.id, step, answers } });
    return true;
  };
  return {
    lesson: initial.lesson ?? null,
    showWholeRun: initial.showWholeRun ?? false,
    startLesson: (id, step = 0) => {
      const lesson = lessonById(id);
      if (!lesson || !Number.isInteger(step) || step < 0 || step >= lesson.steps.length) return false;
      return show(lesson, step, {});
    },
    goToStep: (step) => {
      const progress = get().lesson;
      const lesson = progress ? lessonById(progress.id) : undefined;
      if (!progress || !lesson || step < 0 || step >= lesson.steps.length) return;
      show(lesson, step, progress.answers);
    },
    answerQuestion: (choice) => {
      const progress = get().lesson;
      if (!progress || progress.answers[progress.step] !== undefined) return;
      set({ lesson: { ...progress, answers: { ...progress.answers, [progress.step]: choice } } });
    },
    backToLesson: () => {
      const progress = get().lesson;
      const lesson = progress ? lessonById(progress.id) : undefined;
      if (progress && lesson) show(lesson, progress.step, progress.answers);
    },
    closeLesson: () => set({ lesson: null }),
    setShowWholeRun: (showWholeRun) => set({ showWholeRun }),
  };
}
