// Lesson pacing: while a lesson is open and the run is its script, playback stops at the next
// step's time and the panel moves to that step (as if Next had been pressed at the right moment).

import { useEffect } from 'react';
import type { AppStore } from '../../store/app-store';
import { lessonById } from '../../lessons/registry';
import { onScript } from '../../store/lesson-slice';

export function useLessonPacing(store: AppStore): void {
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (!state.playing || !state.lesson || state.time <= previous.time) return;
        const lesson = lessonById(state.lesson.id);
        const next = lesson?.steps[state.lesson.step + 1];
        if (!next || previous.time >= next.at || state.time < next.at || !onScript(state)) return;
        state.pause();
        state.goToStep(state.lesson.step + 1);
      }),
    [store],
  );
}
