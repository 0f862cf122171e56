// The cluster's box in CSS px, measured. ClusterView draws into it at a scale (CSS px per viewBox
// unit) it derives from this (geometry.ts fitBesideOverlay); text and touch targets are sized in
// rem and divided by that scale (the CSS variable --svg-unit), so that they keep their size in CSS
// pixels whatever the box: browser zoom then makes them larger, never smaller, and a small box
// never shrinks them below it. The box past the drawing is on screen too: captions may go there.

import { startTransition, useLayoutEffect, useState, type RefObject } from 'react';
import { VIEW_HEIGHT, VIEW_WIDTH } from './geometry';

export interface ClusterBox {
  width: number;
  height: number;
}

/** Before the first measure: the viewBox at scale 1. */
const INITIAL: ClusterBox = { width: VIEW_WIDTH, height: VIEW_HEIGHT };

export function useClusterBox(box: RefObject<HTMLElement | null>): ClusterBox {
  const [measured, setMeasured] = useState(INITIAL);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const apply = (width: number, height: number) => {
      if (width <= 0 || height <= 0) return;
      setMeasured((previous) => (Math.abs(previous.width - width) < 0.5 && Math.abs(previous.height - height) < 0.5 ? previous : { width, height }));
    };
    if (typeof ResizeObserver === 'undefined') {
      const { width, height } = element.getBoundingClientRect();
      apply(width, height);
      return;
    }
    // No measure on mount: reading the box here would lay the whole page out inside React's
    // commit, in one long task with the first render (~100 ms of layout on a slow machine). The
    // observer reports the first size (the border box, as getBoundingClientRect measures it)
    // after the browser's own layout.
    // A new size redraws every node, link and message: a transition, rendered in slices and
    // apart from the store's updates (the first frame's scale comes as the run's first growth is
    // published: together they made one long task).
    const observer = new ResizeObserver(([entry]) => {
      const box = entry.borderBoxSize?.[0];
      startTransition(() => {
        if (box) apply(box.inlineSize, box.blockSize);
        else apply(entry.contentRect.width, entry.contentRect.height);
      });
    });
    observer.observe(element, { box: 'border-box' });
    return () => observer.disconnect();
  }, [box]);
  return measured;
}

/** The root font size in CSS px (1rem), read once per call; 16 where there is no document. */
export function remPx(): number {
  if (typeof document === 'undefined') return 16;
  const size = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(size) && size > 0 ? size : 16;
}
