// Entry point: read the share link (if any; off the page's thread when it is long), create the
// app's store with runs computed in a Web Worker, render.
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { optionsFromDecodedLink } from './store/url-sync';
import { decodeLink } from './worker/decode-link';
import { createAppStore } from './store/app-store';
import { createBrowserRunSource } from './worker/browser-source';
import { readShowWholeRun } from './ui/ShowWholeRunSwitch';
import { loadLessons } from './lessons/registry';
import './ui/styles.css';

// The run worker starts loading at once, while the link is read.
const source = createBrowserRunSource();
const hash = window.location.hash;
// A long link decodes in a worker: the page's thread stays free while it inflates and validates.
// A link into a lesson needs the lesson library before the store can open it there.
const [decoded] = await Promise.all([decodeLink(hash), /[#&]lesson=/.test(hash) ? loadLessons().catch(() => undefined) : undefined]);
const store = createAppStore({
  ...optionsFromDecodedLink(hash, decoded),
  source,
  showWholeRun: readShowWholeRun(),
});
const root = createRoot(document.getElementById('root')!);
// A transition: React renders the first frame in slices that yield to the browser, not in one
// long task (the whole app mounts at once).
startTransition(() =>
  root.render(
    <StrictMode>
      <App store={store} />
    </StrictMode>,
  ),
);
