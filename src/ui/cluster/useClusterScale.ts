// How many CSS pixels one unit of the cluster's viewBox takes on screen, measured from the
// cluster's box. Text and touch targets are sized in rem and divided by this scale (the CSS
// variable --svg-unit), so that they keep their size in CSS pixels whatever the box: browser
// zoom then makes them larger, never smaller, and a small box never shrinks them below it. The
// box's size in viewBox units tells what is on screen past the viewBox (where the box is wider or
// taller than the viewBox's shape): captions may go there.

import { startTransition, useLayoutEffect, useState, type RefObject } from 'react';
import { VIEW_HEIGHT, VIEW_WIDTH } from './geometry';

export interface ClusterBox {
  /** CSS px per viewBox unit. */
  scale: number;
  /** The box's size in viewBox units (at least the viewBox's). */
  width: number;
  height: number;
}

const INITIAL: ClusterBox = { scale: 1, width: VIEW_WIDTH, height: VIEW_HEIGHT };

export function useClusterScale(box: RefObject<HTMLElement | null>): ClusterBox {
  const [measured, setMeasured] = useState(INITIAL);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    // preserveAspectRatio="xMidYMid meet": the smaller ratio wins.
    const apply = (width: number, height: number) => {
      if (width <= 0 || height <= 0) return;
      const scale = Math.min(width / VIEW_WIDTH, height / VIEW_HEIGHT);
      const next = { scale, width: Math.max(VIEW_WIDTH, width / scale), height: Math.max(VIEW_HEIGHT, height / scale) };
      setMeasured((previous) =>
        Math.abs(previous.scale - next.scale) < 0.001 && Math.abs(previous.width - next.width) < 1 && Math.abs(previous.height - next.height) < 1 ? previous : next,
      );
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
    // A new scale redraws every node, link and message: a transition, rendered in slices and
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
