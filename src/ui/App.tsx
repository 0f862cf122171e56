// The app shell: header, settings and invariants on the left, the cluster in the middle with
// playback under it, the inspector and the event log on the right.

import { ClusterView } from './cluster/ClusterView';
import { PlaybackBar } from './PlaybackBar';
import { AppStoreProvider, useAppStoreApi } from './store-context';
import { usePlayback } from './hooks/usePlayback';
import { useUrlSync } from './hooks/useUrlSync';
import type { AppStore } from '../store/app-store';

export function App({ store }: { store?: AppStore }) {
  return (
    <AppStoreProvider store={store}>
      <Shell />
    </AppStoreProvider>
  );
}

function Shell() {
  const store = useAppStoreApi();
  usePlayback(store);
  useUrlSync(store);
  return (
    <div className="app">
      <header className="app-header">
        <h1>Consensus Lab</h1>
      </header>
      <main className="stage">
        <ClusterView />
        <PlaybackBar />
      </main>
    </div>
  );
}
