// The legend: each message type of this run with its colour (fixed per protocol) and its paper
// name, glossed in the current language ("RequestVote 请求投票"), and a key that explains node
// colours, outlines, the timer ring and cut links.

import { useMemo, type ReactNode } from 'react';
import type { ProtocolName } from '../../protocols/registry';
import { t } from '../../i18n/translate';
import { useAppStore } from '../store-context';
import { messageColorScale } from './message-colors';
import { messageGloss } from '../value-words';

/** Each protocol's roles in the key (exported for the catalog test, which enumerates their keys). */
export const ROLES: Record<ProtocolName, readonly string[]> = {
  raft: ['follower', 'candidate', 'leader'],
  paxos: ['acceptor', 'proposer', 'learned'],
  '2pc': ['working', 'prepared', 'committed', 'aborted'],
  '3pc': ['working', 'prepared', 'precommitted', 'committed', 'aborted'],
};

/** `children`: what follows the key on its row (the stage's view switch). */
export function Legend({ children }: { children?: ReactNode }) {
  const types = useAppStore((s) => s.run.messageTypes);
  const declared = useAppStore((s) => s.run.protocol.messageTypes);
  const protocol = useAppStore((s) => s.scenario.protocol);
  const color = useMemo(() => messageColorScale(declared, types), [declared, types]);
  return (
    <div className="legend-wrap">
      {types.length > 0 && (
        <ul className="legend" aria-label={t('legend.messages')}>
          {types.slice(0, 12).map((type) => (
            <li key={type}>
              <span className="swatch" style={{ background: color(type) }} aria-hidden="true" />
              {type}
              <Gloss protocol={protocol} type={type} />
            </li>
          ))}
        </ul>
      )}
      <details className="legend-key">
        <summary title={t('legend.keyTitle')}>{t('legend.key')}</summary>
        <ul className="plain">
          {ROLES[protocol].map((role) => (
            <li key={role}>
              <span className={`key-node role-${role}`} aria-hidden="true" />
              {t(`legend.role.${role}`)}
            </li>
          ))}
          <li>
            <span className="key-ring" aria-hidden="true" />
            {t('legend.timerRing')}
          </li>
          <li>
            <span className="key-node crashed" aria-hidden="true" />
            {t('legend.crashed')}
          </li>
          {(protocol === '2pc' || protocol === '3pc') && (
            <li>
              <span className="key-node blocked" aria-hidden="true" />
              {t('legend.blocked')}
            </li>
          )}
          <li>
            <span className="key-cut" aria-hidden="true" />
            {t('legend.cut')}
          </li>
        </ul>
      </details>
      {children}
    </div>
  );
}

/** A message type's gloss after its name; nothing for a type the catalog does not know. */
function Gloss({ protocol, type }: { protocol: string; type: string }) {
  const gloss = messageGloss(protocol, type);
  return gloss ? <span className="legend-gloss">{gloss}</span> : null;
}
