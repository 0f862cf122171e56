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

// A page script (for page.addInitScript) that records in window.__runStartMs when the page first
// posts a run to a worker ({ kind: 'start' }, see src/worker/protocol.ts): from then on the run
// computes, and the page's tasks are what the user feels while it does.
export const WATCH_RUN_START = `
  (() => {
    window.__runStartMs = null;
    const NativeWorker = window.Worker;
    window.Worker = function (url, options) {
      const worker = new NativeWorker(url, options);
      const post = worker.postMessage.bind(worker);
      worker.postMessage = (message, transfer) => {
        if (window.__runStartMs === null && message && message.kind === 'start') window.__runStartMs = performance.now();
        return post(message, transfer);
      };
      return worker;
    };
  })();
`;
