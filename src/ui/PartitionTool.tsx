// The partition tool: put each node in group A, B or C, apply the partition at the playhead,
// or heal the network.

import { useEffect, useState } from 'react';
import { useAppStore } from './store-context';
import { t } from '../i18n/translate';

const GROUPS = ['A', 'B', 'C'] as const;

export function PartitionTool({ onClose }: { onClose(): void }) {
  const nodes = useAppStore((s) => s.scenario.nodes);
  const act = useAppStore((s) => s.act);
  const [groupOf, setGroupOf] = useState<number[]>(() => Array.from({ length: nodes }, (_, i) => (i < Math.ceil(nodes / 2) ? 0 : 1)));
  useEffect(() => setGroupOf(Array.from({ length: nodes }, (_, i) => (i < Math.ceil(nodes / 2) ? 0 : 1))), [nodes]);
  const groups = GROUPS.map((_, g) => groupOf.map((group, i) => (group === g ? i + 1 : 0)).filter((id) => id > 0)).filter((g) => g.length > 0);
  return (
    <div className="partition-tool" role="group" aria-labelledby="partition-title">
      <h2 id="partition-title">{t('controls.partition')}</h2>
      <div className="partition-nodes">
        {groupOf.map((group, i) => (
          <div key={i} role="group" aria-label={t('controls.partition.group', { node: i + 1 })}>
            <span className="partition-node">S{i + 1}</span>
            {GROUPS.map((name, g) => (
              <button
                key={name}
                type="button"
                className="small group-button"
                aria-pressed={group === g}
                aria-label={t('controls.partition.inGroup', { node: i + 1, group: name })}
                onClick={() => setGroupOf(groupOf.map((old, k) => (k === i ? g : old)))}
              >
                {name}
              </button>
            ))}
          </div>
        ))}
      </div>
      <p className="muted partition-summary">{groups.map((g) => '{' + g.map((id) => `S${id}`).join(', ') + '}').join(' | ')}</p>
      <div className="button-row">
        <button type="button" className="danger" disabled={groups.length < 2} onClick={() => act({ do: 'partition', groups })}>
          {t('controls.partition.apply')}
        </button>
        <button type="button" className="primary" onClick={() => act({ do: 'heal' })}>
          {t('controls.partition.heal')}
        </button>
        <button type="button" className="small" onClick={onClose}>
          {t('controls.close')}
        </button>
      </div>
    </div>
  );
}
