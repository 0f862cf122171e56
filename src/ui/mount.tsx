// Renders the app into #root. Loaded by main.tsx with a dynamic import, so that React and the
// views are evaluated in a task of their own rather than in one long start-up task with the rest
// of the entry (the store, the language, the link): on a slow machine each is ~100 ms.
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { LanguageRoot } from './LanguageRoot';
import type { AppStore } from '../store/app-store';

export function mount(store: AppStore, element: HTMLElement): void {
  const root = createRoot(element);
  // A transition: React renders the first frame in slices that yield to the browser, not in one
  // long task (the whole app mounts at once).
  startTransition(() =>
    root.render(
      <StrictMode>
        <LanguageRoot store={store}>
          <App store={store} staged />
        </LanguageRoot>
      </StrictMode>,
    ),
  );
}
