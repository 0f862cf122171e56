// The inspector: what is selected (a node with its actions and protocol state, a link, a
// message in flight) or, with nothing selected, the messages in flight; and a tab with the
// protocol's table of all nodes.

import { useEffect, useMemo, useState } from 'react';
import { viewBeforeCrash } from '../../store/before-crash';
import { useAppStore } from '../store-context';
import { viewsFor } from '../protocol-views';
import type { View } from '../protocol-views/fields';
import { ErrorBoundary } from '../ErrorBoundary';
import { NodeActions } from './NodeActions';
import { LinkActions } from './LinkActions';
import { MessageActions } from './MessageActions';
import { InFlightList } from './InFlightList';
import { t } from '../../i18n/translate';

type Tab = 'selection' | 'cluster';

export function Inspector() {
  const [tab, setTab] = useState<Tab>('selection');
  // Selecting something (on the cluster, by keyboard) brings its details to the front.
  const selection = useAppStore((s) => `${s.selectedNode}:${s.selectedMessage}:${s.selectedLink?.from}-${s.selectedLink?.to}`);
  useEffect(() => setTab('selection'), [selection]);
  return (
    <section className="panel inspector" aria-labelledby="inspector-title">
      <div className="panel-head">
        <h2 id="inspector-title">{t('inspector.title')}</h2>
        <div role="tablist" aria-label={t('inspector.views')} className="tabs">
          <button type="button" role="tab" id="tab-selection" aria-selected={tab === 'selection'} aria-controls="tabpanel-inspector" onClick={() => setTab('selection')}>
            {t('inspector.selection')}
          </button>
          <button type="button" role="tab" id="tab-cluster" aria-selected={tab === 'cluster'} aria-controls="tabpanel-inspector" onClick={() => setTab('cluster')}>
            {t('inspector.allNodes')}
          </button>
        </div>
      </div>
      <div className="panel-body" role="tabpanel" id="tabpanel-inspector" aria-labelledby={tab === 'selection' ? 'tab-selection' : 'tab-cluster'} tabIndex={0}>
        {tab === 'selection' ? <SelectionDetails /> : <ClusterDetails />}
      </div>
    </section>
  );
}

function SelectionDetails() {
  const selectedNode = useAppStore((s) => s.selectedNode);
  const selectedMessage = useAppStore((s) => s.selectedMessage);
  const selectedLink = useAppStore((s) => s.selectedLink);
  if (selectedMessage !== null) return <MessageActions id={selectedMessage} />;
  if (selectedLink !== null) return <LinkActions from={selectedLink.from} to={selectedLink.to} />;
  if (selectedNode !== null) return <NodeDetails id={selectedNode} />;
  return (
    <>
      <p className="hint">{t('inspector.hint')}</p>
      <InFlightList />
    </>
  );
}

function NodeDetails({ id }: { id: number }) {
  const protocol = useAppStore((s) => s.scenario.protocol);
  const view = useAppStore((s) => s.panelSnapshot.views[id - 1]) as View | undefined;
  const run = useAppStore((s) => s.run);
  const time = useAppStore((s) => s.panelTime);
  const before = useMemo(() => (view && !view.up ? viewBeforeCrash(run, id, time) : null), [view, run, id, time]);
  if (!view) return null;
  const { NodeDetails: Details } = viewsFor(protocol);
  return (
    <div className="node-details">
      <NodeActions id={id} up={view.up} />
      <ErrorBoundary label={t('controls.panel.nodeState')} resetKey={view}>
        <Details view={view} before={before} />
      </ErrorBoundary>
    </div>
  );
}

function ClusterDetails() {
  const protocol = useAppStore((s) => s.scenario.protocol);
  const views = useAppStore((s) => s.panelSnapshot.views) as readonly View[];
  const { ClusterTable } = viewsFor(protocol);
  return (
    <ErrorBoundary label={t('controls.panel.clusterTable')} resetKey={views}>
      <ClusterTable views={views} />
    </ErrorBoundary>
  );
}
