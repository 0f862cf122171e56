// Keyboard shortcuts: space play/pause, arrows step, Home/End, digits select a node, Esc clears
// the selection, ? opens help. Keys typed into form fields and buttons keep their usual meaning.

import { useEffect } from 'react';
import type { AppStore } from '../../store/app-store';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return !['checkbox', 'radio', 'range'].includes((target as HTMLInputElement).type);
  return false;
}

export function useShortcuts(store: AppStore, openHelp: () => void, modalOpen: boolean): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (modalOpen || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (isEditable(event.target)) return;
      const target = event.target as HTMLElement | null;
      const onButton = target?.tagName === 'BUTTON' || target?.getAttribute?.('role') === 'button';
      // A slider keeps its own arrows, Home and End.
      const onSlider = target?.tagName === 'INPUT' && (target as HTMLInputElement).type === 'range';
      if (onSlider && event.key !== ' ' && event.key !== '?' && event.key !== 'Escape') return;
      const state = store.getState();
      switch (event.key) {
        case ' ':
          if (onButton) return; // space presses the focused button
          event.preventDefault();
          state.togglePlay();
          return;
        case 'ArrowRight':
          event.preventDefault();
          state.stepForward();
          return;
        case 'ArrowLeft':
          event.preventDefault();
          state.stepBack();
          return;
        case 'Home':
          event.preventDefault();
          state.pause();
          state.setTime(0);
          return;
        case 'End':
          event.preventDefault();
          state.pause();
          state.setTime(state.scenario.until);
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
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store, openHelp, modalOpen]);
}
