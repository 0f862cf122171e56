// Re-renders the whole page when the language changes: its children are keyed by the store's
// language, so a switch remounts them. Every component, memoized event-log lines, d3-drawn diagram
// labels and any other words cached under a component then come back in the new language, with no
// component needing to know. All session state lives in the store, which survives; what a remount
// drops is view-local (an open tab or drawer, a field being typed in). The remount is a
// transition, as the first render is (main.tsx): React builds the new tree in slices that yield
// to the browser instead of one long task.

import { Fragment, startTransition, useEffect, useState, type ReactNode } from 'react';
import type { AppStore } from '../store/app-store';

export function LanguageRoot({ store, children }: { store: AppStore; children: ReactNode }) {
  const [language, setLanguage] = useState(() => store.getState().language);
  useEffect(() => {
    const follow = () => {
      const next = store.getState().language;
      startTransition(() => setLanguage(next));
    };
    follow();
    return store.subscribe((state, previous) => {
      if (state.language !== previous.language) follow();
    });
  }, [store]);
  return <Fragment key={language}>{children}</Fragment>;
}
