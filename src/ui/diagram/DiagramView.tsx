// The space-time diagram panel: a toolbar (fit, follow, downloads) and the plot, whose SVG a
// DiagramRenderer owns. The store drives it without React re-rendering each frame: a subscription
// hands the run, playhead, selection and "hide the future" to renderer.update(); clicks come back
// as store actions (setTime, selectMessage, selectNode). The plot is one element with role "img"
// named "Space-time diagram" (a stable name that outside checks look for).

import { useCallback, useEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { t } from '../../i18n/translate';
import { useAppStore, useAppStoreApi } from '../store-context';
import { DiagramRenderer } from './renderer';
import { diagramSvg } from './export-svg';
import { downloadText } from './download';
import { fateText, laneLabel, networkLabel } from './labels';
import { runJson } from '../../export/run-json';
import { shivizLog } from '../../export/shiviz';
import './diagram.css';

export function DiagramView() {
  const store = useAppStoreApi();
  const host = useRef<HTMLDivElement>(null);
  const renderer = useRef<DiagramRenderer | null>(null);
  const [follow, setFollow] = useState(true);
  const [selectedEvent, setSelectedEvent] = useState<number | null>(null);
  const run = useAppStore((s) => s.run);
  const nodes = useAppStore((s) => s.scenario.nodes);
  const hintId = 'diagram-hint';

  // The run changed (a new scenario or a fork): an event index may mean another event now.
  useEffect(() => setSelectedEvent(null), [run.scenario]);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const instance = new DiagramRenderer(element, {
      seek: (time) => store.getState().setTime(time),
      selectMessage: (id) => store.getState().selectMessage(id),
      selectNode: (node) => store.getState().selectNode(node),
      selectEvent: setSelectedEvent,
      userMoved: () => setFollow(false),
    });
    renderer.current = instance;
    return () => {
      instance.destroy();
      renderer.current = null;
    };
  }, [store]);

  useEffect(() => {
    const push = () => {
      const s = store.getState();
      renderer.current?.update({
        run: s.run,
        time: s.time,
        cutoff: s.showWholeRun ? Infinity : s.time,
        playing: s.playing,
        selectedMessage: s.selectedMessage,
        selectedNode: s.selectedNode,
        selectedEvent: selectedEvent !== null && selectedEvent < s.run.trace.count ? selectedEvent : null,
        follow,
      });
    };
    push();
    return store.subscribe(push);
  }, [store, follow, selectedEvent]);

  const onKeyDown = useCallback((event: KeyboardEvent<HTMLDivElement>) => {
    const r = renderer.current;
    if (!r || event.altKey || event.ctrlKey || event.metaKey) return;
    const actions: Record<string, () => void> = {
      ArrowLeft: () => r.panBy(-0.1),
      ArrowRight: () => r.panBy(0.1),
      '+': () => r.zoomBy(1.5),
      '=': () => r.zoomBy(1.5),
      '-': () => r.zoomBy(1 / 1.5),
      '0': () => r.fit(),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault(); // the page's own shortcuts (step, select node) stay out
    action();
  }, []);

  const fileName = (ext: string) => {
    const { scenario } = store.getState();
    return `consensus-lab-${scenario.protocol}-seed${scenario.seed}.${ext}`;
  };
  const shownUntil = () => {
    const s = store.getState();
    return s.showWholeRun ? Infinity : Math.floor(s.time);
  };
  const exportable = () => {
    const s = store.getState();
    return { ...s.run, nodes: s.scenario.nodes };
  };
  const saveSvg = () => {
    const scene = renderer.current?.scene();
    if (!scene) return;
    const s = store.getState();
    const text = diagramSvg(scene, { title: t('diagram.name'), fate: fateText, mark: (i) => laneLabel(s.run, i), network: (i) => networkLabel(s.run, i) }, s.time);
    downloadText(fileName('svg'), 'image/svg+xml', text);
  };
  const saveJson = () => downloadText(fileName('json'), 'application/json', runJson(exportable(), shownUntil()));
  const saveShiviz = () => downloadText(fileName('shiviz.log'), 'text/plain', shivizLog(exportable(), shownUntil()));

  return (
    // The plot keeps a line of text per lane (diagram.css): nine lanes in 54 px wrote their names over each other.
    <div className="diagram" style={{ '--lanes': nodes } as CSSProperties}>
      <div className="diagram-tools" role="toolbar" aria-label={t('diagram.toolbar')}>
        <button type="button" className="small" onClick={() => renderer.current?.fit()}>
          {t('diagram.fit')}
        </button>
        <button type="button" className="small" aria-pressed={follow} onClick={() => setFollow(!follow)}>
          {t('diagram.follow')}
        </button>
        <span className="diagram-downloads" title={t('diagram.exportHint')}>
          <span className="diagram-downloads-label">{t('diagram.exportLabel')}</span>
          <button type="button" className="small" onClick={saveSvg}>
            {t('diagram.exportSvg')}
          </button>
          <button type="button" className="small" onClick={saveJson}>
            {t('diagram.exportJson')}
          </button>
          <button type="button" className="small" onClick={saveShiviz}>
            {t('diagram.exportShiviz')}
          </button>
        </span>
        {selectedEvent !== null && <span className="diagram-causal-note">{t('diagram.causal')}</span>}
      </div>
      <p id={hintId} className="visually-hidden">
        {t('diagram.hint')}
      </p>
      <div ref={host} className="diagram-plot" role="img" aria-label={t('diagram.name')} aria-describedby={hintId} tabIndex={0} onKeyDown={onKeyDown} />
    </div>
  );
}
