// The app shell: header; settings and invariants on the left; the cluster in the middle with
// playback under it; the inspector and the event log on the right. In presenter mode and on a
// phone the side panels fold away (one click each) and the lesson sits beside or under the cluster.

import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { ClusterView, NetworkCaption } from './cluster/ClusterView';
import { StageViewSwitch, StageViews, useStageView } from './diagram/StageViews';
import { PlaybackBar } from './PlaybackBar';
import { AppStoreProvider, useAppStore, useAppStoreApi } from './store-context';
import { usePlayback } from './hooks/usePlayback';
import { useUrlSync } from './hooks/useUrlSync';
import { useShortcuts } from './hooks/useShortcuts';
import { useTheme } from './hooks/useTheme';
import { useStagedMount } from './hooks/useStagedMount';
import type { AppStore } from '../store/app-store';
import { Header } from './Header';
import { SettingsPanel } from './SettingsPanel';
import { InvariantsPanel } from './InvariantsPanel';
import { EventLog } from './EventLog';
import { Legend } from './cluster/Legend';
import { t } from '../i18n/translate';
import { ShowWholeRunSwitch } from './ShowWholeRunSwitch';
import { useLessonPacing } from './hooks/useLessonPacing';
import { useMediaQuery } from './hooks/useMediaQuery';
import { PanelSwitcher, type PanelName } from './PanelSwitcher';
import { SkipLink } from './SkipLink';
import { SelectedNodeBar } from './inspector/SelectedNodeBar';
import { ForkNotice, HistoryButtons } from './HistoryButtons';

// Opened on demand, so not in the first load: the help, the partition tool, the action list.
const HelpDialog = lazy(() => import('./HelpDialog').then((m) => ({ default: m.HelpDialog })));
const PartitionTool = lazy(() => import('./PartitionTool').then((m) => ({ default: m.PartitionTool })));
const ActionList = lazy(() => import('./ActionList').then((m) => ({ default: m.ActionList })));
// Fetched with the first frame but not part of it: the inspector, its protocol views and actions
// (the first frame shows the cluster; the inspector is a click away).
const Inspector = lazy(() => import('./inspector/Inspector').then((m) => ({ default: m.Inspector })));
// The lesson panel (and the grading of answers, which runs the engine) comes with the first
// lesson opened, as the lessons themselves do.
const LessonPanel = lazy(() => import('./LessonPanel').then((m) => ({ default: m.LessonPanel })));
// The explorer (random fault search) is a chunk of its own too: most visits never open it.
const ExplorerPanel = lazy(() => import('./ExplorerPanel').then((m) => ({ default: m.ExplorerPanel })));

/** Phone width: one column, the cluster first (styles.css uses the same width). */
const PHONE_QUERY = '(max-width: 760px)';

/**
 * `staged` (the page, not tests): the first frame is the header, the stage and the inspector; the
 * left panel comes a frame later and the action list and event log a frame after it (see
 * useStagedMount), so that the browser lays the page out in three short tasks, not one long one.
 */
export function App({ store, syncUrl = true, staged = false }: { store: AppStore; syncUrl?: boolean; staged?: boolean }) {
  return (
    <AppStoreProvider store={store}>
      <Shell syncUrl={syncUrl} staged={staged} />
    </AppStoreProvider>
  );
}

/** The left panel's contents mount at this stage, the right panel's at the next. */
const LEFT_STAGE = 1;
const RIGHT_STAGE = 2;
/** Stores whose page has come whole once: a remount (a language switch, see LanguageRoot) is not staged again. */
const cameWhole = new WeakSet<AppStore>();

function Shell({ syncUrl, staged }: { syncUrl: boolean; staged: boolean }) {
  const store = useAppStoreApi();
  const [helpOpen, setHelpOpen] = useState(false);
  const [partitionOpen, setPartitionOpen] = useState(false);
  // The cluster alone until the user asks for the diagram (one click).
  const [stageView, chooseStageView] = useStageView('cluster');
  const [openPanel, setOpenPanel] = useState<PanelName | null>(null);
  const [explorerOpen, setExplorerOpen] = useState(false);
  const { theme, toggleTheme } = useTheme();
  const openHelp = useCallback(() => setHelpOpen(true), []);
  usePlayback(store);
  useUrlSync(store, syncUrl);
  useShortcuts(store, openHelp, helpOpen);
  useLessonPacing(store);
  // The first frame is on screen (effects run after the first commit): the run may come in, in
  // a task of its own (its first growth re-renders the cluster; not on top of the effects).
  useEffect(() => {
    const timer = setTimeout(() => store.getState().viewsShown(), 0);
    return () => clearTimeout(timer);
  }, [store]);
  const lessonOpen = useAppStore((s) => s.lesson !== null);
  const presenter = useAppStore((s) => s.presenter);
  const phone = useMediaQuery(PHONE_QUERY);
  const mounted = useStagedMount(RIGHT_STAGE, staged && !cameWhole.has(store));
  useEffect(() => {
    if (mounted >= RIGHT_STAGE) cameWhole.add(store);
  }, [mounted, store]);
  // Presenter mode and a phone fold the side panels: the lesson gets its own place beside (or
  // under) the cluster, and each panel is one click away in the switcher.
  const folded = presenter || phone;
  // In presenter mode the switcher sits in the header, clear of the drawers it opens.
  const switcher = <PanelSwitcher open={openPanel} onOpen={setOpenPanel} />;
  const lessonPanel = (
    <Suspense fallback={null}>
      <LessonPanel />
    </Suspense>
  );
  const left = (
    <aside className={`left${openPanel === 'left' ? ' open' : ''}`} id="panel-left" aria-label={t('controls.region.left')}>
      {mounted < LEFT_STAGE ? null : lessonOpen && !folded ? (
        <>
          {lessonPanel}
          <details className="settings-fold">
            <summary>{t('app.scenarioSettings')}</summary>
            <SettingsPanel />
          </details>
        </>
      ) : (
        <>
          <SettingsPanel />
          <InvariantsPanel />
        </>
      )}
    </aside>
  );
  const right = (
    <aside className={`right${openPanel === 'right' ? ' open' : ''}`} id="panel-right" aria-label={t('controls.region.right')}>
      {/* With a lesson open the invariants move here, one line each: the lesson takes the left column. */}
      {mounted >= RIGHT_STAGE && lessonOpen && !folded && <InvariantsPanel />}
      {/* The inspector is light and mounts with the first frame (its chunk arrives meanwhile): a
          node selected at once finds its actions there. */}
      <Suspense fallback={<InspectorPlaceholder />}>
        <Inspector />
      </Suspense>
      {mounted >= RIGHT_STAGE && (
        <>
          <Suspense fallback={null}>
            <ActionList />
          </Suspense>
          <EventLog />
        </>
      )}
    </aside>
  );
  const stage = (
    <main className="stage" aria-label={t('controls.region.stage')}>
      <div className="stage-tools">
        <button type="button" aria-expanded={partitionOpen} onClick={() => setPartitionOpen(!partitionOpen)}>
          {t('controls.partitionTool')}
        </button>
        <HistoryButtons />
        <ShowWholeRunSwitch />
        {phone && switcher}
        <Legend>
          <NetworkCaption />
          <StageViewSwitch view={stageView} onChoose={chooseStageView} />
        </Legend>
      </div>
      {partitionOpen && (
        <Suspense fallback={null}>
          <PartitionTool onClose={() => setPartitionOpen(false)} />
        </Suspense>
      )}
      <StageViews view={stageView} cluster={<ClusterView />} />
      {folded && openPanel !== 'right' && <SelectedNodeBar />}
      <PlaybackBar />
    </main>
  );
  return (
    <div className={`app${lessonOpen ? ' with-lesson' : ''}${presenter ? ' presenter' : ''}${phone ? ' phone' : ''}${folded ? ' folded' : ''}`}>
      <SkipLink />
      <Header
        theme={theme}
        onToggleTheme={toggleTheme}
        onHelp={openHelp}
        tools={presenter && !phone ? switcher : undefined}
        explorerOpen={explorerOpen}
        onExplorer={() => setExplorerOpen(!explorerOpen)}
      />
      <Messages />
      {folded ? (
        <div className="layout">
          {stage}
          {lessonOpen && (
            <div className="lesson-column">
              {lessonPanel}
            </div>
          )}
          {left}
          {right}
        </div>
      ) : (
        <div className="layout">
          {left}
          {stage}
          {right}
        </div>
      )}
      {explorerOpen && (
        <Suspense fallback={null}>
          <ExplorerPanel onClose={() => setExplorerOpen(false)} />
        </Suspense>
      )}
      {helpOpen && (
        <Suspense fallback={null}>
          <HelpDialog onClose={() => setHelpOpen(false)} />
        </Suspense>
      )}
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
              {t('controls.dismiss')}
            </button>
          </>
        )}
      </div>
      <ForkNotice />
      <div role="status" className={notice ? 'notice' : 'visually-hidden'}>
        {notice && (
          <>
            <span>{notice}</span>
            <button type="button" className="small" onClick={() => setNotice(null)}>
              {t('controls.dismiss')}
            </button>
          </>
        )}
      </div>
    </div>
  );
}

/** The inspector's frame while its code arrives: the same heading, so the column does not jump. */
function InspectorPlaceholder() {
  return (
    <section className="panel inspector" aria-label={t('inspector.title')}>
      <div className="panel-head">
        <h2>{t('inspector.title')}</h2>
      </div>
    </section>
  );
}
