// Presenter mode in the store and in the share link: `&present=1` opens the page the way it was
// projected, with the same scenario, playhead and lesson step; without it the page opens as usual.

import { beforeAll, describe, expect, test } from 'vitest';
import { loadLessons } from '../../src/lessons/registry';
import { createAppStore } from '../fixtures/app-store';
import { fragmentOf, initialOptionsFromLocation, presenterFromFragment } from '../../src/store/url-sync';

// The lesson library is a chunk of its own; the page loads it before it opens a lesson.
beforeAll(() => loadLessons());

describe('presenter mode', () => {
  test('toggles, and rides in the link with the lesson step', () => {
    const store = createAppStore();
    expect(store.getState().presenter).toBe(false);
    expect(store.getState().startLesson('raft-election', 2)).toBe(true);
    store.getState().togglePresenter();
    expect(store.getState().presenter).toBe(true);
    const fragment = fragmentOf(store.getState());
    expect(fragment).toMatch(/&lesson=raft-election&step=3&present=1$/);
    const reopened = createAppStore(initialOptionsFromLocation(fragment));
    expect(reopened.getState().presenter).toBe(true);
    expect(reopened.getState().lesson?.step).toBe(2);
    expect(reopened.getState().run.traceHash).toBe(store.getState().run.traceHash);
    store.getState().setPresenter(false);
    const plain = fragmentOf(store.getState());
    expect(plain).not.toContain('present');
    expect(createAppStore(initialOptionsFromLocation(plain)).getState().presenter).toBe(false);
  });

  test('only `present=1` turns it on', () => {
    expect(presenterFromFragment('#s=1.x&present=1')).toBe(true);
    expect(presenterFromFragment('#s=1.x&present=0')).toBe(false);
    expect(presenterFromFragment('#s=1.x&presenter=1')).toBe(false);
  });
});
