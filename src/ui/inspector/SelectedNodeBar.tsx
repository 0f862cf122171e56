// The selected node's main actions right under the cluster (one Tab from the node, which is
// drawn last): crash or restart and fire its timeout. The inspector keeps the full set; this bar
// is what presenter mode and a phone, where the inspector is folded, act with.

import { useAppStore } from '../store-context';
import { summarizeNode } from '../protocol-views/summary';
import type { View } from '../protocol-views/fields';
import { focusNode } from '../focus-after-act';
import { t } from '../../i18n/translate';

export function SelectedNodeBar() {
  const id = useAppStore((s) => s.selectedNode);
  const view = useAppStore((s) => (s.selectedNode === null ? undefined : s.panelSnapshot.views[s.selectedNode - 1])) as View | undefined;
  const protocol = useAppStore((s) => s.scenario.protocol);
  const act = useAppStore((s) => s.act);
  if (id === null || !view) return null;
  const crashOrRestart = () => {
    if (act({ do: view.up ? 'crash' : 'restart', node: id })) focusNode(id);
  };
  return (
    <div className="selected-node-bar" role="group" aria-label={t('classroom.nodeActions', { node: id })}>
      <span className="selected-node-name">{summarizeNode(protocol, view).name}</span>
      {/* Distinct keys: the flipped button is a new element, never the one that had focus. */}
      {view.up ? (
        <button key="crash" type="button" className="danger" onClick={crashOrRestart}>
          {t('inspector.crash', { node: id })}
        </button>
      ) : (
        <button key="restart" type="button" className="primary" onClick={crashOrRestart}>
          {t('inspector.restart', { node: id })}
        </button>
      )}
      <button type="button" disabled={!view.up} onClick={() => act({ do: 'timeout', node: id })}>
        {t('inspector.fireTimeout')}
      </button>
    </div>
  );
}
