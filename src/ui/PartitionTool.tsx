// The partition tool: put each node in group A, B or C, apply the partition at the playhead,
// or heal the network.

import { useEffect, useState } from 'react';
import { useAppStore } from './store-context';

const GROUPS = ['A', 'B', 'C'] as const;

export function PartitionTool({ onClose }: { onClose(): void }) {
  const nodes = useAppStore((s) => s.scenario.nodes);
  const act = useAppStore((s) => s.act);
  const [groupOf, setGroupOf] = useState<number[]>(() => Array.from({ length: nodes }, (_, i) => (i < Math.ceil(nodes / 2) ? 0 : 1)));
  useEffect(() => setGroupOf(Array.from({ length: nodes }, (_, i) => (i < Math.ceil(nodes / 2) ? 0 : 1))), [nodes]);
  const groups = GROUPS.map((_, g) => groupOf.map((group, i) => (group === g ? i + 1 : 0)).filter((id) => id > 0)).filter((g) => g.length > 0);
  return (
    <div className="partition-tool" role="group" aria-labelledby="partition-title">
      <h2 id="partition-title">Partition</h2>
      <div className="partition-nodes">
        {groupOf.map((group, i) => (
          <div key={i} role="group" aria-label={`S${i + 1} group`}>
            <span className="partition-node">S{i + 1}</span>
            {GROUPS.map((name, g) => (
              <button
                key={name}
                type="button"
                className="small group-button"
                aria-pressed={group === g}
                aria-label={`S${i + 1} in group ${name}`}
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
          Apply partition
        </button>
        <button type="button" className="primary" onClick={() => act({ do: 'heal' })}>
          Heal network
        </button>
        <button type="button" className="small" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
