// The lesson in the store: opening at a step, Next and Back, answers, acting off the script and
// returning, switching protocol, and the share link carrying the lesson and its step.

import { describe, expect, test } from 'vitest';
import { createAppStore } from '../fixtures/app-store';
import { onScript } from '../../src/store/lesson-slice';
import { fragmentOf, initialOptionsFromLocation } from '../../src/store/url-sync';
import { lessonById } from '../../src/lessons/library';
import { lessonScenarioAt } from '../../src/lessons/check';

const lesson = lessonById('raft-election')!;

describe('lesson slice', () => {
  test('opening a lesson loads its scenario paused at the first step', () => {
    const store = createAppStore();
    expect(store.getState().startLesson('raft-election')).toBe(true);
    const state = store.getState();
    expect(state.lesson).toEqual({ id: 'raft-election', step: 0, answers: {} });
    expect(state.scenario).toEqual(lessonScenarioAt(lesson, 0));
    expect(state.time).toBe(lesson.steps[0].at);
    expect(onScript(state)).toBe(true);
    expect(store.getState().startLesson('no-such-lesson')).toBe(false);
  });

  test('Next and Back seek to the steps’ times; an answer is kept', () => {
    const store = createAppStore();
    store.getState().startLesson('raft-election');
    store.getState().answerQuestion(4);
    store.getState().goToStep(1);
    expect(store.getState().time).toBe(lesson.steps[1].at);
    store.getState().goToStep(0);
    expect(store.getState().time).toBe(lesson.steps[0].at);
    expect(store.getState().lesson!.answers).toEqual({ 0: 4 });
  });

  test('acting forks off the script; Back to the lesson restores scenario and step', () => {
    const store = createAppStore();
    store.getState().startLesson('raft-election', 2);
    const before = store.getState().scenario;
    store.getState().act({ do: 'crash', node: 5 });
    expect(onScript(store.getState())).toBe(false);
    store.getState().backToLesson();
    expect(store.getState().scenario).toEqual(before);
    expect(store.getState().time).toBe(lesson.steps[2].at);
    expect(onScript(store.getState())).toBe(true);
  });

  test('switching protocol closes the lesson', () => {
    const store = createAppStore();
    store.getState().startLesson('raft-election');
    store.getState().setProtocol('paxos');
    expect(store.getState().lesson).toBeNull();
  });

  test('the share link carries the lesson and its step, and opens there', () => {
    const store = createAppStore();
    store.getState().startLesson('raft-election', 3);
    const fragment = fragmentOf(store.getState());
    expect(fragment).toMatch(/&lesson=raft-election&step=4$/);
    const reopened = createAppStore(initialOptionsFromLocation(fragment));
    expect(reopened.getState().lesson).toEqual({ id: 'raft-election', step: 3, answers: {} });
    expect(reopened.getState().time).toBe(lesson.steps[3].at);
    expect(onScript(reopened.getState())).toBe(true);
    // An unknown lesson or step in a link is ignored; the scenario still opens.
    expect(initialOptionsFromLocation(fragment.replace('step=4', 'step=99')).lesson).toBeNull();
  });
});
