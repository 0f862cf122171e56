// The app shell: header; settings and invariants on the left; the cluster in the middle with
// playback under it; the inspector and the event log on the right.

import { useCallback, useEffect, useState } from 'react';
import { ClusterView } from './cluster/ClusterView';
import { StageViews } from './diagram/StageViews';
import { PlaybackBar } from './PlaybackBar';
import { AppStoreProvider, useAppStore, useAppStoreApi } from './store-context';
import { usePlayback } from './hooks/usePlayback';
import { useUrlSync } from './hooks/useUrlSync';
import { useShortcuts } from './hooks/useShortcuts';
import { useTheme } from './hooks/useTheme';
import type { AppStore } from '../store/app-store';
import { Header } from './Header';
import { SettingsPanel } from './SettingsPanel';
import { InvariantsPanel } from './InvariantsPanel';
import { Inspector } from './inspector/Inspector';
import { EventLog } from './EventLog';
import { HelpDialog } from './HelpDialog';
import { PartitionTool } from './PartitionTool';
import { Legend } from './cluster/Legend';
import { LessonPanel } from './LessonPanel';
import { t } from '../i18n/translate';
import { ShowWholeRunSwitch } from './ShowWholeRunSwitch';
import { useLessonPacing } from './hooks/useLessonPacing';

export function App({ store, syncUrl = true }: { store?: AppStore; syncUrl?: boolean }) {
  return (
    <AppStoreProvider store={store}>
      <Shell syncUrl={syncUrl} />
    </AppStoreProvider>
  );
}

function Shell({ syncUrl }: { syncUrl: boolean }) {
  const store = useAppStoreApi();
  const [helpOpen, setHelpOpen] = useState(false);
  const [partitionOpen, setPartitionOpen] = useState(false);
  const { theme, toggleTheme } = useTheme();
  const openHelp = useCallback(() => setHelpOpen(true), []);
  usePlayback(store);
  useUrlSync(store, syncUrl);
  useShortcuts(store, openHelp, helpOpen);
  useLessonPacing(store);
  const lessonOpen = useAppStore((s) => s.lesson !== null);
  return (
    <div className={`app${lessonOpen ? ' with-lesson' : ''}`}>
      <Header theme={theme} onToggleTheme={toggleTheme} onHelp={openHelp} />
      <Messages />
      <div className="layout">
        <aside className="left" aria-label="Scenario and invariants">
          {lessonOpen ? (
            <>
              <LessonPanel />
              <details className="settings-fold">
                <summary>{t('app.scenarioSettings')}</summary>
                <SettingsPanel />
              </details>
            </>
          ) : (
            <SettingsPanel />
          )}
          <InvariantsPanel />
        </aside>
        <main className="stage" aria-label="Simulation">
          <div className="stage-tools">
            <button type="button" aria-expanded={partitionOpen} onClick={() => setPartitionOpen(!partitionOpen)}>
              Partition tool
            </button>
            <ShowWholeRunSwitch />
            <Legend />
          </div>
          {partitionOpen && <PartitionTool onClose={() => setPartitionOpen(false)} />}
          <StageViews cluster={<ClusterView />} />
          <PlaybackBar />
        </main>
        <aside className="right" aria-label="Inspector and event log">
          <Inspector />
          <EventLog />
        </aside>
      </div>
      {helpOpen && <HelpDialog onClose={() => setHelpOpen(false)} />}
    </div>
  );
}

const NOTICE_FADES_BELOW = 100;

/** The error alert (bad link, bad file, rejected act) and the notice. */
function Messages() {
  const error = useAppStore((s) => s.error);
  const notice = useAppStore((s) => s.notice);
  const setError = useAppStore((s) => s.setError);
  const setNotice = useAppStore((s) => s.setNotice);
  // Short notices ("Link copied") fade; a lesson's description stays until dismissed.
  useEffect(() => {
    if (!notice || notice.length > NOTICE_FADES_BELOW) return;
    const timer = setTimeout(() => setNotice(null), 8000);
    return () => clearTimeout(timer);
  }, [notice, setNotice]);
  return (
    <div className="messages-bar">
      <div role="alert" className={error ? 'error-banner' : 'visually-hidden'}>
        {error && (
          <>
            <span>{error}</span>
            <button type="button" className="small" onClick={() => setError(null)}>
              Dismiss
            </button>
          </>
        )}
      </div>
      <div role="status" className={notice ? 'notice' : 'visually-hidden'}>
        {notice && (
          <>
            <span>{notice}</span>
            <button type="button" className="small" onClick={() => setNotice(null)}>
              Dismiss
            </button>
          </>
        )}
      </div>
    </div>
  );
}
