// Keyboard shortcuts that work wherever focus is, outside text fields: Space and k play/pause
// (a focused button is never pressed by Space: that is how "Crash S5" got pressed twice),
// arrows step (on the timeline too), `.`/PageDown and PageUp go to the next/previous lesson step
// (or step when no lesson is open), p presenter mode, Home/End, digits select a node, Esc
// clears the selection, ? opens help, Ctrl+Z undoes and Ctrl+Shift+Z / Ctrl+Y redo. Widgets that
// own their arrows (tabs, radios, selects, other sliders) keep them; the event log moves with ↑/↓.

import { useEffect } from 'react';
import type { AppStore } from '../../store/app-store';

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA') return true;
  if (tag === 'INPUT') return !['checkbox', 'radio', 'range', 'button', 'submit', 'reset', 'file'].includes((target as HTMLInputElement).type);
  return false;
}

/** Space keeps its own meaning on a checkbox or a switch (it toggles what it names). */
function spaceIsOwned(target: HTMLElement | null): boolean {
  return target?.tagName === 'INPUT' && ['checkbox', 'radio'].includes((target as HTMLInputElement).type);
}

/** Arrows belong to these: a slider other than the timeline, a select, tabs, radios. */
function arrowsAreOwned(target: HTMLElement | null): boolean {
  if (!target) return false;
  if (target.tagName === 'SELECT') return true;
  if (target.tagName === 'INPUT' && (target as HTMLInputElement).type === 'range') return !target.classList.contains('scrubber');
  const role = target.getAttribute('role');
  return role === 'tab' || role === 'radio' || role === 'option';
}

export function useShortcuts(store: AppStore, openHelp: () => void, modalOpen: boolean): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (modalOpen || event.defaultPrevented || event.altKey) return;
      if (isTextField(event.target)) return;
      if (event.ctrlKey || event.metaKey) {
        // Ctrl+Z undoes a change of the scenario; Ctrl+Shift+Z and Ctrl+Y redo (text fields keep their own).
        const key = event.key.toLowerCase();
        if (key === 'z' || key === 'y') {
          event.preventDefault();
          if (key === 'z' && !event.shiftKey) store.getState().undo();
          else store.getState().redo();
        }
        return;
      }
      const target = event.target instanceof HTMLElement || event.target instanceof SVGElement ? (event.target as HTMLElement) : null;
      const state = store.getState();
      const lessonStep = (delta: 1 | -1) => {
        if (state.lesson) state.goToStep(state.lesson.step + delta);
        else if (delta > 0) state.stepForward();
        else state.stepBack();
      };
      switch (event.key) {
        case ' ':
        case 'k':
          if (event.key === ' ' && spaceIsOwned(target)) return;
          if (event.key === 'k' && target?.tagName === 'SELECT') return; // type-ahead in the list
          // preventDefault: no click on the focused button, no page scroll.
          event.preventDefault();
          state.togglePlay();
          return;
        case 'ArrowRight':
        case 'ArrowLeft':
          if (arrowsAreOwned(target)) return;
          event.preventDefault();
          if (event.key === 'ArrowRight') state.stepForward();
          else state.stepBack();
          return;
        case '.':
        case 'PageDown':
          event.preventDefault();
          lessonStep(1);
          return;
        case 'PageUp':
          event.preventDefault();
          lessonStep(-1);
          return;
        case 'p':
          if (target?.tagName === 'SELECT') return; // type-ahead ("Paxos: …")
          event.preventDefault();
          state.togglePresenter();
          return;
        case 'Home':
        case 'End':
          if (arrowsAreOwned(target)) return;
          event.preventDefault();
          state.pause();
          state.setTime(event.key === 'Home' ? 0 : state.scenario.until);
          return;
        case 'Escape':
          state.selectNode(null);
          state.selectViolation(null);
          return;
        case '?':
          event.preventDefault();
          openHelp();
          return;
        default:
          if (/^[1-9]$/.test(event.key) && Number(event.key) <= state.scenario.nodes) {
            state.selectNode(Number(event.key));
          }
      }
    };
    // A button is pressed by Space on key up: swallow that too, so Space only plays.
    const onKeyUp = (event: KeyboardEvent) => {
      if (modalOpen || event.key !== ' ' || isTextField(event.target)) return;
      if (spaceIsOwned(event.target as HTMLElement | null)) return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
    };
  }, [store, openHelp, modalOpen]);
}
