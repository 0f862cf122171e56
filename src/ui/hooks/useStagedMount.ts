// Mounts a page in stages, one frame apart: stage 0 renders at once, each later stage after the
// browser has drawn the one before. A heavy first frame (the cluster, the side panels' inputs and
// selects, the event log) is then laid out in a few tasks of ~20 ms rather than one of ~60 ms.
// Contract: returns the stage reached, 0 … stages; disabled, it returns `stages` from the first
// render (tests and in-thread stores see the whole page at once). A hidden page draws no frame:
// a timer moves on without one.

import { startTransition, useEffect, useState } from 'react';

/** Without a frame (a hidden page), the next stage comes after this long, in ms. */
const NO_FRAME_MS = 100;

export function useStagedMount(stages: number, enabled: boolean): number {
  const [stage, setStage] = useState(enabled ? 0 : stages);
  useEffect(() => {
    if (stage >= stages) return;
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const next = () => {
      cancelAnimationFrame(frame);
      if (timer !== null) clearTimeout(timer);
      timer = null;
      // A transition: React renders the stage in slices that yield to the browser.
      startTransition(() => setStage((current) => Math.min(stages, current + 1)));
    };
    // The frame's callback runs before it is drawn: the next stage waits for a task after it.
    frame = requestAnimationFrame(() => {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(next, 0);
    });
    timer = setTimeout(next, NO_FRAME_MS);
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== null) clearTimeout(timer);
    };
  }, [stage, stages]);
  return stage;
}
