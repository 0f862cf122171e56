// The stage's views: the cluster, the space-time diagram, or both (the diagram under the
// cluster, kept short so that the cluster stays readable at 1366×768). The choice is remembered.
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

/** `initial`: the view when the user has not chosen one yet (presenter mode and phones: the cluster). */
export function StageViews({ cluster, initial = 'both' }: { cluster: ReactNode; initial?: StageView }) {
  const [view, setView] = useState<StageView>(() => readView(initial));
  const choose = (next: StageView) => {
    setView(next);
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, next);
    } catch {
      // Storage off: the choice holds for this visit.
    }
  };
  return (
    <div className={`stage-views view-${view}`}>
      <div className="stage-view-switch" role="radiogroup" aria-label={t('diagram.view')}>
        {VIEWS.map((v) => (
          <button key={v} type="button" role="radio" aria-checked={view === v} className="small" onClick={() => choose(v)}>
            {t(`diagram.view.${v}`)}
          </button>
        ))}
      </div>
      {view !== 'diagram' && <div className="stage-cluster">{cluster}</div>}
      {view !== 'cluster' && (
        <Suspense fallback={<div className="diagram" />}>
          <DiagramView />
        </Suspense>
      )}
    </div>
  );
}
