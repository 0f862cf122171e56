// Decoding a share link without holding the page's thread: a short fragment decodes in place
// (well under a millisecond, once the link module has loaded), a long one in a worker of its own (decode-worker.ts), so that
// inflating and validating a scenario of thousands of actions is never one long main-thread task.
// Same result as decodeShareFragment; a worker that fails or takes too long is a link error.

import type { LinkResult } from '../scenario/link';
import { failure, fieldProblem } from '../scenario/validate';

/** Fragments up to this many characters decode in place. */
export const INLINE_FRAGMENT_CHARS_MAX = 4096;

/** A worker that has not answered by then has met a link it cannot read. */
const DECODE_WAIT_MS = 10_000;

export function decodeLink(fragment: string): Promise<LinkResult> {
  // No link: nothing to load or decode (what decodeShareFragment answers for an empty fragment).
  if (fragment.replace(/^#/, '').trim() === '') return Promise.resolve({ ok: true, scenario: null, time: null });
  // The link module (and its inflater) is a chunk of its own, not part of the first load.
  if (fragment.length <= INLINE_FRAGMENT_CHARS_MAX || typeof Worker === 'undefined') return import('../scenario/link').then((link) => link.decodeShareFragment(fragment));
  return new Promise((done) => {
    const worker = new Worker(new URL('./decode-worker.ts', import.meta.url), { type: 'module', name: 'link' });
    const finish = (result: LinkResult) => {
      clearTimeout(timer);
      worker.terminate();
      done(result);
    };
    const timer = setTimeout(() => finish(failure(fieldProblem('link', 'link.error.slow'))), DECODE_WAIT_MS);
    worker.onmessage = (event: MessageEvent<LinkResult>) => finish(event.data);
    worker.onerror = () => finish(failure(fieldProblem('link', 'link.error.corrupt')));
    worker.postMessage(fragment);
  });
}
