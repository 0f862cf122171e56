// Acting on a node at the playhead: crash or restart, fire its timeout, send a client request,
// cut or restore its links (each direction).

import { useRef, useState } from 'react';
import { useAppStore } from '../store-context';
import { focusNode } from '../focus-after-act';
import { t } from '../../i18n/translate';

export function NodeActions({ id, up }: { id: number; up: boolean }) {
  const act = useAppStore((s) => s.act);
  const nodes = useAppStore((s) => s.scenario.nodes);
  const protocol = useAppStore((s) => s.scenario.protocol);
  const [value, setValue] = useState(() => (protocol === '2pc' || protocol === '3pc' ? 'T1' : 'x=1'));
  return (
    <div className="node-actions">
      <h3>S{id}</h3>
      <div className="button-row">
        {/* Distinct keys and focus to the node after: the flipped button never keeps focus. */}
        {up ? (
          <button key="crash" type="button" className="danger" onClick={() => act({ do: 'crash', node: id }) && focusNode(id)}>
            {t('inspector.crash', { node: id })}
          </button>
        ) : (
          <button key="restart" type="button" className="primary" onClick={() => act({ do: 'restart', node: id }) && focusNode(id)}>
            {t('inspector.restart', { node: id })}
          </button>
        )}
        <button type="button" disabled={!up} onClick={() => act({ do: 'timeout', node: id })}>
          {t('inspector.fireTimeout')}
        </button>
      </div>
      <form
        className="request-form"
        onSubmit={(event) => {
          event.preventDefault();
          const text = value.trim();
          if (text) act({ do: 'request', node: id, value: text.slice(0, 64) });
        }}
      >
        <label>
          <span>{t('inspector.clientRequest')}</span>
          <input value={value} maxLength={64} onChange={(event) => setValue(event.target.value)} aria-label={t('inspector.requestValue', { node: id })} />
        </label>
        <button type="submit">{t('inspector.sendRequest')}</button>
      </form>
      {nodes > 1 && <LinksOf id={id} />}
    </div>
  );
}

function LinksOf({ id }: { id: number }) {
  const nodes = useAppStore((s) => s.scenario.nodes);
  const cut = useAppStore((s) => s.panelSnapshot.cut);
  const act = useAppStore((s) => s.act);
  const others = Array.from({ length: nodes }, (_, i) => i + 1).filter((n) => n !== id);
  const isCut = (from: number, to: number) => cut[(from - 1) * nodes + (to - 1)] === true;
  const summary = useRef<HTMLElement>(null);
  // "Cut S1 → S2" becomes "Restore S1 → S2": focus moves to the table's summary, so that a
  // second Enter cannot undo the cut by surprise.
  const toggle = (from: number, to: number) => {
    if (act({ do: isCut(from, to) ? 'restore' : 'cut', from, to })) requestAnimationFrame(() => summary.current?.focus());
  };
  return (
    <details className="links-of">
      <summary ref={summary}>{t('inspector.linksOf', { node: id })}</summary>
      <table className="compact">
        <thead>
          <tr>
            <th scope="col">{t('inspector.peer')}</th>
            <th scope="col">{t('inspector.outgoing')}</th>
            <th scope="col">{t('inspector.incoming')}</th>
          </tr>
        </thead>
        <tbody>
          {others.map((peer) => (
            <tr key={peer}>
              <th scope="row">S{peer}</th>
              <td>
                <button type="button" className="small" aria-pressed={isCut(id, peer)} onClick={() => toggle(id, peer)}>
                  {t(isCut(id, peer) ? 'inspector.restoreLink' : 'inspector.cutLink', { from: id, to: peer })}
                </button>
              </td>
              <td>
                <button type="button" className="small" aria-pressed={isCut(peer, id)} onClick={() => toggle(peer, id)}>
                  {t(isCut(peer, id) ? 'inspector.restoreLink' : 'inspector.cutLink', { from: peer, to: id })}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
