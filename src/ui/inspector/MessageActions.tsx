// Acting on a message in flight: drop, duplicate or delay it.
import { useState } from 'react';
import { describeMessage } from '../../store/run';
import { useAppStore } from '../store-context';
import { plainText } from '../protocol-views/fields';
import { t } from '../../i18n/translate';
import type { MessageRecord } from '../../engine/types';

/** What became of a message: delivered, on its way, or lost (and how). */
function fateText(m: MessageRecord): string {
  if (m.fate === 'delivered') return t('inspector.deliveredAt', { at: m.deliverAt });
  if (m.fate === 'in-flight') return t('inspector.arrivesAt', { at: m.deliverAt });
  return t('inspector.lostAt', { fate: t(`inspector.fate.${m.fate}`), at: m.endAt });
}

export function MessageActions({ id }: { id: number }) {
  const run = useAppStore((s) => s.run);
  const time = useAppStore((s) => s.panelTime);
  const actOnMessage = useAppStore((s) => s.actOnMessage);
  const selectMessage = useAppStore((s) => s.selectMessage);
  const [delayMs, setDelayMs] = useState(100);
  if (id < 0 || id >= run.messages.count) return null;
  const m = run.messages.get(id);
  const { label } = describeMessage(run.protocol, m.payload);
  const inFlight = m.sentAt <= time && time < m.endAt;
  return (
    <div className="message-actions">
      <h3>{t('inspector.message', { id: m.id, from: m.from, to: m.to })}</h3>
      <p className="mono">{label}</p>
      <p className="muted">
        {t('inspector.sentAt', { at: m.sentAt, fate: fateText(m) })}
        {m.duplicateOf !== undefined ? t('inspector.copyOf', { id: m.duplicateOf }) : ''}
      </p>
      <details>
        <summary>{t('inspector.payload')}</summary>
        <pre className="payload">{plainText(m.payload, 600)}</pre>
      </details>
      <div className="button-row">
        <button type="button" className="danger" disabled={!inFlight} onClick={() => actOnMessage('drop', id)}>
          {t('inspector.drop')}
        </button>
        <button type="button" disabled={!inFlight} onClick={() => actOnMessage('duplicate', id)}>
          {t('inspector.duplicate')}
        </button>
      </div>
      <div className="button-row">
        <label>
          <span>{t('inspector.delayBy')}</span>
          <input type="number" min={1} max={60000} value={delayMs} onChange={(event) => setDelayMs(Math.max(1, Math.min(60000, Math.round(Number(event.target.value)) || 1)))} />
        </label>
        <button type="button" disabled={!inFlight} onClick={() => actOnMessage('delay', id, delayMs)}>
          {t('inspector.delay')}
        </button>
      </div>
      {!inFlight && <p className="muted">{t('inspector.notInFlight')}</p>}
      <button type="button" className="small" onClick={() => selectMessage(null)}>
        {t('controls.close')}
      </button>
    </div>
  );
}
