// Re-renders the whole page when the language changes: its children are keyed by the store's
// language, so a switch remounts them. Every component, memoized event-log lines, d3-drawn diagram
// labels and any other words cached under a component then come back in the new language, with no
// component needing to know. All session state lives in the store, which survives; what a remount
// drops is view-local (an open tab or drawer, a field being typed in).

import { Fragment, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AppStore } from '../store/app-store';

export function LanguageRoot({ store, children }: { store: AppStore; children: ReactNode }) {
  const language = useStore(store, (s) => s.language);
  return <Fragment key={language}>{children}</Fragment>;
}
