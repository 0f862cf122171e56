// Entry point: read the share link (if any), create the app's store with runs computed in a Web
// Worker, render.
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { initialOptionsFromLocation } from './store/url-sync';
import { createAppStore } from './store/app-store';
import { createBrowserRunSource } from './worker/browser-source';
import { readShowWholeRun } from './ui/ShowWholeRunSwitch';
import { loadLessons } from './lessons/registry';
import './ui/styles.css';

// A link into a lesson needs the lesson library before the store can open it there.
if (/[#&]lesson=/.test(window.location.hash)) await loadLessons().catch(() => undefined);

const store = createAppStore({
  ...initialOptionsFromLocation(window.location.hash),
  source: createBrowserRunSource(),
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
