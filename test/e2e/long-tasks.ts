// A page script (for page.addInitScript, before the app's own) that records every long task of
// the main thread in window.__watch: the longest, the count, and [startTime, duration] of each.
export const WATCH_LONG_TASKS = `
  (() => {
    const watch = { longestTaskMs: 0, tasks: 0, entries: [] };
    window.__watch = watch;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        watch.tasks++;
        watch.longestTaskMs = Math.max(watch.longestTaskMs, entry.duration);
        watch.entries.push([entry.startTime, entry.duration]);
      }
    }).observe({ type: 'longtask', buffered: true });
  })();
`;
