// What the open lesson's current step points at (nodes, links, message types), while the run on
// the page is the lesson's script; nothing otherwise.

import type { Highlight } from '../../lessons/types';
import { lessonById } from '../../lessons/registry';
import { onScript } from '../../store/lesson-slice';
import type { AppState } from '../../store/app-store';

const NONE: Highlight = {};

export function lessonHighlight(state: AppState): Highlight {
  if (!state.lesson || !onScript(state)) return NONE;
  return lessonById(state.lesson.id)?.steps[state.lesson.step]?.highlight ?? NONE;
}
