// Playback: the one place where wall time becomes simulated time. requestAnimationFrame runs
// only while playing and while the page is visible; paused or hidden, no frame is requested.
// While the run is still computing, playback waits at the edge of the computed part.

import { useEffect } from 'react';
import type { AppStore } from '../../store/app-store';

const PANEL_INTERVAL_MS = 200;

export function usePlayback(store: AppStore): void {
  useEffect(() => {
    let frame = 0;
    let last: number | null = null;
    // The side panels follow a few times a second; the cluster every frame.
    let lastPanel = 0;
    let panelTimer: ReturnType<typeof setTimeout> | null = null;

    const tick = (now: number) => {
      frame = 0;
      const state = store.getState();
      if (!state.playing) return;
      if (last !== null) {
        const wallMs = Math.min(now - last, 250); // a long stall does not jump the run
        const next = state.time + wallMs * 10 ** state.speedLog;
        const { run } = state;
        // The end: the scenario's, or where the budget stopped the run.
        if (run.done && next >= run.computedUntil) {
          state.setTime(run.computedUntil);
          state.pause();
          last = null;
          return;
        }
        state.setTime(Math.min(next, Math.max(0, run.computedUntil)), true);
        if (now - lastPanel >= PANEL_INTERVAL_MS && panelTimer === null) {
          lastPanel = now;
          // In a task of its own, between frames: the panels' update does not lengthen this frame.
          panelTimer = setTimeout(() => {
            panelTimer = null;
            store.getState().syncPanels();
          }, 0);
        }
      }
      last = now;
      frame = requestAnimationFrame(tick);
    };

    const sync = () => {
      const shouldRun = store.getState().playing && document.visibilityState === 'visible';
      if (shouldRun && frame === 0) {
        last = null;
        frame = requestAnimationFrame(tick);
      } else if (!shouldRun && frame !== 0) {
        cancelAnimationFrame(frame);
        frame = 0;
        last = null;
      }
    };

    const unsubscribe = store.subscribe((state, previous) => {
      if (state.playing !== previous.playing) sync();
    });
    document.addEventListener('visibilitychange', sync);
    sync();
    return () => {
      unsubscribe();
      document.removeEventListener('visibilitychange', sync);
      if (frame !== 0) cancelAnimationFrame(frame);
      if (panelTimer !== null) clearTimeout(panelTimer);
    };
  }, [store]);
}
