// The stage's views: the cluster, the space-time diagram, or both (the diagram under the
// cluster, kept short so that the cluster stays readable at 1366×768), and the switch between
// them (the stage shows it with its tools). The choice is remembered.
// The diagram (with d3's zoom) is its own chunk, loaded after the page's first paint.

import { lazy, Suspense, useState, type ReactNode } from 'react';
import { t } from '../../i18n/translate';

const DiagramView = lazy(() => import('./DiagramView').then((module) => ({ default: module.DiagramView })));

export type StageView = 'cluster' | 'diagram' | 'both';
/** Exported for the catalog test, which enumerates their keys. */
export const VIEWS: readonly StageView[] = ['cluster', 'diagram', 'both'];
const STORAGE_KEY = 'consensus-lab.stageView';

function readView(initial: StageView): StageView {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return (VIEWS as readonly string[]).includes(stored ?? '') ? (stored as StageView) : initial;
  } catch {
    return initial;
  }
}

/**
 * The stage's view and its chooser; `initial`: the view when the user has not chosen one yet
 * (the cluster: at 1366×768 and on tablets it needs the stage's height to stay readable).
 */
export function useStageView(initial: StageView): [StageView, (next: StageView) => void] {
  const [view, setView] = useState<StageView>(() => readView(initial));
  const choose = (next: StageView) => {
    setView(next);
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, next);
    } catch {
      // Storage off: the choice holds for this visit.
    }
  };
  return [view, choose];
}

/**
 * The Cluster / Diagram / Both switch. In the stage's tool rows, after the key: over the cluster's
 * corner it covered the top nodes wherever the cluster fills the stage's width (a 1024-wide
 * screen with 9 nodes), and a row of its own took height the cluster's labels need.
 */
export function StageViewSwitch({ view, onChoose }: { view: StageView; onChoose: (next: StageView) => void }) {
  return (
    <div className="stage-view-switch" role="radiogroup" aria-label={t('diagram.view')}>
      {VIEWS.map((v) => (
        <button key={v} type="button" role="radio" aria-checked={view === v} className="small" onClick={() => onChoose(v)}>
          {t(`diagram.view.${v}`)}
        </button>
      ))}
    </div>
  );
}

export function StageViews({ view, cluster }: { view: StageView; cluster: ReactNode }) {
  return (
    <div className={`stage-views view-${view}`}>
      {view !== 'diagram' && <div className="stage-cluster">{cluster}</div>}
      {view !== 'cluster' && (
        <Suspense fallback={<div className="diagram" />}>
          <DiagramView />
        </Suspense>
      )}
    </div>
  );
}
